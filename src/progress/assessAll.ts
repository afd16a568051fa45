/**
 * Every tracked target's progress from the loaded observations, and each region's status. Pure.
 * Observations are converted to the target's unit; a target's base year is the year before its plan period.
 */
import type { Plan, Target } from '../data/planSchema';
import { assess, worstStatus, type Assessment, type Method, type StatusId, type Thresholds } from './method';
import type { Observation } from './observation';
import { convert } from './units';

export interface TargetProgress {
  plan: Plan;
  target: Target;
  assessment: Assessment;
  /** the observation behind the latest figure (its source, data date and unit as given) */
  latest: Observation | null;
  baseline: Observation | null;
  observations: Observation[];
}

export interface ProgressView {
  targets: TargetProgress[];
  byTarget: Map<string, TargetProgress>;
  regions: Map<string, StatusId>;
}

export const targetKey = (planId: string, targetId: string) => `${planId}\u0000${targetId}`;

export function assessAll(
  plans: readonly Plan[],
  observations: readonly Observation[],
  method: Method,
  thresholds: Thresholds,
  asOfYear: number,
): ProgressView {
  const grouped = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = targetKey(o.planId, o.targetId);
    grouped.set(key, [...(grouped.get(key) ?? []), o]);
  }
  const targets: TargetProgress[] = [];
  for (const plan of plans)
    for (const target of plan.targets) {
      const own = grouped.get(targetKey(plan.id, target.id));
      if (!own || target.kind !== 'goal') continue;
      const figures = own.flatMap((o) => {
        const value = convert(o.value, o.unit, target.unit);
        return value === null ? [] : [{ year: o.year, value, dataDate: o.dataDate, from: o }];
      });
      const assessment = assess({ target, figures, baseYear: plan.period.start - 1, asOfYear, method, thresholds });
      const find = (f: { year: number; dataDate: string } | undefined) =>
        f ? (figures.find((x) => x.year === f.year && x.dataDate === f.dataDate)?.from ?? null) : null;
      targets.push({ plan, target, assessment, latest: find(assessment.latest), baseline: find(assessment.baseline), observations: own });
    }
  const perRegion = new Map<string, StatusId[]>();
  for (const t of targets) perRegion.set(t.target.regionCode, [...(perRegion.get(t.target.regionCode) ?? []), t.assessment.status]);
  const regions = new Map<string, StatusId>();
  for (const [code, statuses] of perRegion) {
    const worst = worstStatus(statuses);
    if (worst) regions.set(code, worst);
  }
  return { targets, byTarget: new Map(targets.map((t) => [targetKey(t.plan.id, t.target.id), t])), regions };
}
