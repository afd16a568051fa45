import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plans } from '../plans/planFixtures';
import { assessAll } from '../../../src/progress/assessAll';
import { checkRows } from '../../../src/progress/checkRows';
import { DEFAULT_THRESHOLDS } from '../../../src/progress/method';
import { readTable } from '../../../src/progress/readTable';
import { targetRefs } from '../../../src/progress/table';

describe('the example figures (public/data/example-figures.csv)', () => {
  it('are marked fictional in every source and note, import cleanly and give each status the README describes', async () => {
    const read = await readTable('example-figures.csv', readFileSync('public/data/example-figures.csv'));
    if (!read.ok) throw new Error(read.problem.key);
    const result = checkRows('example-figures.csv', read.grid, targetRefs(plans));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    for (const o of result.observations) {
      expect(o.source).toMatch(/示例（虚构）.*EXAMPLE \(fictional\)/);
      expect(o.note).toMatch(/fictional/);
    }
    const view = assessAll(plans, result.observations, 'schedule', DEFAULT_THRESHOLDS, 2026);
    const status = Object.fromEntries(view.targets.map((t) => [t.target.id, t.assessment.status]));
    expect(status).toEqual({
      'jind-t03': 'behind', // 2024 revised to 13,500 (latest data date): 50 % of the way at 80 % of the time
      'jind-t04': 'on-track',
      'jsei-t03': 'achieved',
      'ls-t01': 'on-track',
      'ls-t06': 'cannot-assess', // no baseline
      'ls-t09': 'on-track',
    });
    expect(view.byTarget.get('lishui-clusters-2022\u0000ls-t06')?.assessment.reason).toBe('baseline-needed');
    expect(Object.fromEntries(view.regions)).toEqual({ '220000': 'behind', '331100': 'on-track' });
  });
});
