import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { RegionPanel } from '../../../src/panel/RegionPanel';
import { planHeadline } from '../../../src/plans/PlanHeadlines';
import { useUi } from '../../../src/state/store';
import { filledClient, plan, regions } from './planFixtures';

function openPanel(code: string, lang: 'zh' | 'en') {
  act(() => useUi.getState().setLang(lang));
  const onSelectElement = vi.fn();
  render(
    <QueryClientProvider client={filledClient()}>
      <RegionPanel
        region={regions.regions.get(code)!}
        data={regions}
        onClose={vi.fn()}
        onDrill={vi.fn()}
        onSelect={vi.fn()}
        onSelectElement={onSelectElement}
      />
    </QueryClientProvider>,
  );
  return { onSelectElement };
}

/** The headline block, as the panel shows it when opened: nothing to expand, nothing to scroll to. */
const headlines = (name: string) => screen.getByRole('region', { name });
/** Its text without the source buttons' marks (i, Σ, ?). */
function words(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.source-button').forEach((b) => b.remove());
  return copy.textContent ?? '';
}

describe('headline concepts on the first screen of a panel', () => {
  it('Hebei: the “4+4+3+N” industrial system with its groups and the “one core, two poles, four zones, multiple clusters” pattern, visible at once', async () => {
    const user = userEvent.setup();
    const { onSelectElement } = openPanel('130000', 'zh');
    const block = headlines('规划核心提法');
    const system = within(block).getByText('“4+4+3+N”产业体系');
    const pattern = within(block).getByRole('button', { name: '查看布局要素：“一核、两极、四区、多集群”' });
    expect(system).toBeVisible();
    expect(pattern).toBeVisible();
    expect(system.closest('details')).toBeNull();
    expect(pattern.closest('details')).toBeNull();
    expect(words(block)).toContain('“4+4+3+N”产业体系：传统优势产业（4）、战略性新兴产业（4）、高潜力产业（3）、未来产业（N）');
    // It comes before every other plan section of the panel.
    const firstSection = screen.getByRole('heading', { name: '目标' });
    expect(block.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Each concept has its source; the pattern opens its layout element.
    expect(within(block).getAllByRole('button', { name: /^来源：/ }).length).toBe(5);
    await user.click(pattern);
    expect(onSelectElement).toHaveBeenCalledWith('hebei-manufacturing-14fyp', 'hb-pattern');
  });

  it('Hebei in English', () => {
    openPanel('130000', 'en');
    const block = headlines('Headline concepts');
    expect(words(block)).toContain('“4+4+3+N” industrial system: Traditional advantage industries (4), Strategic emerging industries (4)');
    expect(
      within(block).getByRole('button', { name: 'Open layout element: “One core, two poles, four zones and multiple clusters”' }),
    ).toBeVisible();
  });

  it('Lishui: the five leading industrial clusters and the “1315” chains', () => {
    openPanel('331100', 'zh');
    const block = headlines('规划核心提法');
    expect(words(block)).toContain('五大主导产业集群：半导体全链条产业、精密制造产业、健康医药产业、时尚产业、数字经济');
    expect(words(block)).toContain('1315特色产业链：特色产业（16）');
  });

  it('Jilin: each current plan’s concepts under its title, and not the 2013 plan’s', () => {
    openPanel('220000', 'en');
    const block = headlines('Headline concepts');
    expect(block).toHaveTextContent('Jilin modern industrial system');
    expect(
      within(block).getByRole('button', {
        name: 'Open layout element: Petrochemical “one core, two expansions, three extensions” pattern',
      }),
    ).toBeVisible();
    expect(block).toHaveTextContent(plan('jilin-industry-14fyp').title.en);
    expect(block).not.toHaveTextContent('2017');
    expect(planHeadline(plan('jilin-clusters-2013'))).toBeNull();
    expect(planHeadline(plan('jilin-sei-2022'))).toBeNull();
  });

  it('a prefecture covered only through its province shows none (its panel is about the province’s figures)', () => {
    openPanel('130600', 'zh');
    expect(screen.queryByRole('region', { name: '规划核心提法' })).toBeNull();
  });
});
