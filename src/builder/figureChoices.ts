/**
 * The figure cards a step may show: the targets of the panel it opens. A region's panel shows the
 * targets of every plan that covers it (its own and its ancestors'); a layout element's panel
 * belongs to one plan, whose targets it offers. Pure.
 */
import type { BriefingStep } from '../briefings/briefingSchema';
import type { Plan, Target } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import { ancestry } from '../plans/shapeCoverage';

export interface FigureChoice {
  /** `planId/targetId`, as a step's `figures` name it */
  ref: string;
  plan: Plan;
  target: Target;
}

export function figureChoices(step: Pick<BriefingStep, 'region' | 'element'>, plans: readonly Plan[], regions: RegionData): FigureChoice[] {
  const choose = (plan: Plan, keep: (t: Target) => boolean) =>
    plan.targets.filter(keep).map((target) => ({ ref: `${plan.id}/${target.id}`, plan, target }));
  if (step.element) {
    const plan = plans.find((p) => p.id === step.element!.split('/')[0]);
    return plan ? choose(plan, () => true) : [];
  }
  if (step.region) {
    const codes = new Set(ancestry(regions, step.region));
    return plans.flatMap((plan) => choose(plan, (t) => codes.has(t.regionCode)));
  }
  return [];
}
