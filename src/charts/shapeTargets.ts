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

/** Bars on one axis differ by at most this factor; beyond it the small ones would vanish. */
export const MAGNITUDE_SPAN = 10;

/**
 * Bars split into charts of one magnitude each: the largest bar opens a chart that takes every bar
 * within MAGNITUDE_SPAN of it; the rest start the next. Order within a chart is the data's.
 */
export function splitByMagnitude<T extends { base: number }>(bars: T[]): T[][] {
  const left = [...bars];
  const charts: T[][] = [];
  while (left.length > 0) {
    const top = Math.max(...left.map((b) => Math.abs(b.base)));
    const band = left.filter((b) => Math.abs(b.base) * MAGNITUDE_SPAN >= top);
    charts.push(band);
    for (const b of band) left.splice(left.indexOf(b), 1);
  }
  return charts;
}

/**
 * Charts of comparable targets: one group (money, intensity, share, multiple) or one thing counted
 * per chart, one magnitude per axis. A chart of a single bar is shown as a figure card (TargetBarChart).
 */
export function shapeTargetCharts(targets: Target[]): TargetChart[] {
  const goals = targets.filter(isChartGoal);
  const charts: TargetChart[] = [];
  const bar = (t: Target) => ({ target: t, base: baseValue(t) });
  const push = (key: string, group: UnitGroup, list: Target[], countOf?: Target['countOf']) =>
    splitByMagnitude(list.map(bar)).forEach((bars, i) =>
      charts.push({ key: i === 0 ? key : `${key}:${i + 1}`, group, ...(countOf ? { countOf } : {}), bars }),
    );
  for (const group of GROUP_ORDER) {
    const inGroup = goals.filter((t) => t.group === group);
    if (group !== 'count') {
      if (inGroup.length > 0) push(group, group, inGroup);
      continue;
    }
    // Counts compare like with like: one chart per thing counted (a count of no stated thing stands alone).
    const byKind = new Map<string, Target[]>();
    for (const t of inGroup) {
      const kind = t.countOf ?? `other:${t.id}`;
      byKind.set(kind, [...(byKind.get(kind) ?? []), t]);
    }
    for (const [kind, list] of byKind) push(`count:${kind}`, group, list, list[0].countOf);
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
