import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { FigureCards } from '../../../src/present/FigureCards';
import { PLAN_DATA_BASE } from '../../../src/data/usePlanData';
import { useFigures, type FigureSet } from '../../../src/progress/figuresStore';
import { useUi } from '../../../src/state/store';
import type { Plan } from '../../../src/data/planSchema';

const read = (file: string) => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
const index = read('plans/index.json');
const plans: Plan[] = index.plans.map((p: { file: string }) => read(p.file));
const plan = plans.find((p) => p.id === 'jilin-industry-14fyp')!;
const target = plan.targets.find((t) => t.id === 'jind-t03')!;

const observation = (year: number, value: number) => ({
  planId: plan.id,
  targetId: target.id,
  regionCode: '220000',
  year,
  value,
  unit: target.unit,
  source: `Test bulletin ${year}`,
  dataDate: `${year + 1}-03-01`,
});

function show() {
  const client = new QueryClient();
  client.setQueryData(['all-plans', PLAN_DATA_BASE], { index, taxonomy: read('taxonomy.json'), plans });
  render(
    <QueryClientProvider client={client}>
      <FigureCards refs={[`${plan.id}/${target.id}`]} plans={plans} />
    </QueryClientProvider>,
  );
}

afterEach(() => useFigures.setState({ sets: [] }));

describe('a presentation step’s figure cards', () => {
  it('show the plan’s figure alone while no actual figures are loaded', () => {
    useUi.setState({ lang: 'en' });
    show();
    expect(screen.getByText(target.label.en)).toBeInTheDocument();
    expect(screen.queryByText(/supplied by the user/)).toBeNull();
  });

  it('add the status and the latest actual, marked as the user’s with its source, when figures are loaded', () => {
    useUi.setState({ lang: 'en' });
    const set: FigureSet = {
      id: 'f1',
      label: 'mine.csv',
      observations: [observation(2020, 10000), observation(2023, 12000)],
      file: { name: 'mine.csv', data: new Uint8Array() },
      kept: false,
      example: false,
    };
    useFigures.setState({ sets: [set] });
    show();
    expect(screen.getByText(/Latest actual \(2023\)/)).toBeInTheDocument();
    expect(screen.getByText(/supplied by the user; source: Test bulletin 2023/)).toBeInTheDocument();
    expect(screen.queryByText(/EXAMPLE|fictional/i)).toBeNull();
  });
});
