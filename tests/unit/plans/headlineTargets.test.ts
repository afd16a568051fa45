import { describe, expect, it } from 'vitest';
import { headlineTargets, rankedGoals } from '../../../src/plans/headlineTargets';
import { plan } from './planFixtures';

const ids = (list: ReturnType<typeof headlineTargets>) => list.map((h) => `${h.plan.id}/${h.target.id}`);

describe('headline figures of a panel', () => {
  it('Lishui: one of each kind first — a total in money, a share, an intensity, a count', () => {
    expect(ids(headlineTargets([plan('lishui-clusters-2022')]))).toEqual([
      'lishui-clusters-2022/ls-t01',
      'lishui-clusters-2022/ls-t06',
      'lishui-clusters-2022/ls-t03',
      'lishui-clusters-2022/ls-t07',
    ]);
  });

  it('Jilin: the two current plans in turn, never the 2013 plan’s figures beside them', () => {
    const picked = headlineTargets([plan('jilin-industry-14fyp'), plan('jilin-sei-2022'), plan('jilin-clusters-2013')]);
    expect(ids(picked)).toEqual([
      'jilin-industry-14fyp/jind-t03',
      'jilin-sei-2022/jsei-t03',
      'jilin-industry-14fyp/jind-t04',
      'jilin-sei-2022/jsei-t01',
    ]);
  });

  it('the earlier plan leads only where no current plan has a figure; a plan without goals has none', () => {
    expect(ids(headlineTargets([plan('hebei-manufacturing-14fyp'), plan('jilin-clusters-2013')]))[0]).toBe(
      'jilin-clusters-2013/j13-t-output',
    );
    expect(headlineTargets([plan('hebei-manufacturing-14fyp')])).toEqual([]);
  });

  it('leaves out parts of a total and plan-structure counts', () => {
    for (const p of ['lishui-clusters-2022', 'jilin-clusters-2013'])
      for (const t of rankedGoals(plan(p))) {
        expect(t.kind).toBe('goal');
        expect(t.partOf).toBeUndefined();
      }
  });
});
