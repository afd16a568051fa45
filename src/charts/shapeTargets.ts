/**
 * Chart data for a plan's targets: comparable charts (money, intensity, shares, counts of
 * like things, multiples), the plan-structure counts apart, and the derived yearly path of a
 * share target that states a yearly rate. Pure; every bar keeps its target for its source.
 */
import type { Plan, Source, Target, UnitGroup } from '../data/planSchema';
import { UNITS } from '../data/planVocabulary';
import { baseValue } from '../data/planLookups';

export interface TargetChart {
  /** money | intensity | share | multiple | count:<countOf> | count:mixed */
  key: string;
  group: UnitGroup;
  countOf?: Target['countOf'];
  /** bars in the group's base unit (yuan, yuan per mu, percent, count, times) */
  bars: { target: Target; base: number }[];
}

export interface PathPoint {
  year: number;
  value: number;
  /** the stated end point, not derived */
  stated: boolean;
}

export interface DerivedPath {
  target: Target;
  points: PathPoint[];
  source: Source;
}

export interface PlanTargets {
  charts: TargetChart[];
  structure: Target[];
  paths: DerivedPath[];
}

const GROUP_ORDER: UnitGroup[] = ['money', 'intensity', 'share', 'count', 'multiple'];

/** Goal targets that go in the goal charts: not plan structure, not a part of a total. */
export const isChartGoal = (t: Target) => t.kind === 'goal' && !t.partOf;

export function shapeTargetCharts(targets: Target[]): TargetChart[] {
  const goals = targets.filter(isChartGoal);
  const charts: TargetChart[] = [];
  for (const group of GROUP_ORDER) {
    const inGroup = goals.filter((t) => t.group === group);
    if (inGroup.length === 0) continue;
    const bar = (t: Target) => ({ target: t, base: baseValue(t) });
    if (group !== 'count') {
      charts.push({ key: group, group, bars: inGroup.map(bar) });
      continue;
    }
    // Counts compare like with like: one chart per thing counted when it has two or more
    // figures; the single figures share one "other counts" chart, each bar naming its thing.
    const byKind = new Map<string, Target[]>();
    for (const t of inGroup) byKind.set(t.countOf ?? 'other', [...(byKind.get(t.countOf ?? 'other') ?? []), t]);
    const singles: Target[] = [];
    for (const [kind, list] of byKind) {
      if (list.length >= 2 && kind !== 'other') charts.push({ key: `count:${kind}`, group, countOf: list[0].countOf, bars: list.map(bar) });
      else singles.push(...list);
    }
    if (singles.length === 1 && singles[0].countOf)
      charts.push({ key: `count:${singles[0].countOf}`, group, countOf: singles[0].countOf, bars: singles.map(bar) });
    else if (singles.length > 0) charts.push({ key: 'count:mixed', group, bars: singles.map(bar) });
  }
  return charts;
}

/**
 * A share target with a stated yearly rate, as its path over the plan period:
 * from the baseline forward when one is stated, otherwise back from the target value
 * (value − rate × years before the target year). Skipped when the data lacks what is needed.
 */
export function derivePath(t: Target, period: { start: number; end: number }): DerivedPath | null {
  if (t.group !== 'share' || !t.rate || t.year === null) return null;
  if (t.rate.per !== 'year' || UNITS[t.rate.unit].group !== 'share') return null;
  if (t.unit !== 'percent' || t.rate.unit !== 'percentage-point') return null;
  const rate = t.rate.value;
  const round = (v: number) => Number(v.toFixed(6));
  const b = t.baseline;
  // The stated figure the path is anchored on: the baseline when given, else the target itself.
  const anchor = b && b.year !== null && b.unit === 'percent' ? { year: b.year, value: b.value } : { year: t.year, value: t.value };
  const first = anchor.year === t.year ? Math.min(period.start, t.year) : anchor.year;
  const points: PathPoint[] = [];
  for (let y = first; y <= t.year; y++)
    points.push({ year: y, value: round(anchor.value + rate * (y - anchor.year)), stated: y === anchor.year });
  return {
    target: t,
    points,
    source: {
      ...t.rate.source,
      status: 'derived',
      formula: anchor.year === t.year ? `${t.value} − ${rate} × (${t.year} − year)` : `${anchor.value} + ${rate} × (year − ${anchor.year})`,
    },
  };
}

export function shapePlanTargets(plan: Plan): PlanTargets {
  return {
    charts: shapeTargetCharts(plan.targets),
    structure: plan.targets.filter((t) => t.kind === 'structure'),
    paths: plan.targets.map((t) => derivePath(t, plan.period)).filter((p): p is DerivedPath => p !== null),
  };
}
