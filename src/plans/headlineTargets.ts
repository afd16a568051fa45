/**
 * The few targets a panel leads with, as figure cards: what a plan says about a place in numbers.
 * Pure. Only goals that stand alone (not a part of another total), the current plans' before the
 * earlier (2013–2017) plan's, which leads only where no current plan has a figure (so its 2017
 * figures never sit beside a 2021–2025 plan's). Within a plan one figure of each kind first — a
 * total in money, a share, an intensity, a count, a multiple — then the rest in that order; across
 * plans one at a time in turn, so each plan of a region is heard.
 */
import type { Plan, Target } from '../data/planSchema';
import type { UnitGroup } from '../data/planVocabulary';
import { isEarlierPlan } from './shapeCoverage';

export const HEADLINE_MAX = 4;

const GROUP_ORDER: readonly UnitGroup[] = ['money', 'share', 'intensity', 'count', 'multiple'];

export interface HeadlineTarget {
  plan: Plan;
  target: Target;
}

/** A plan's goals in the order they lead: one of each kind first, then the rest. */
export function rankedGoals(plan: Plan): Target[] {
  const goals = plan.targets.filter((t) => t.kind === 'goal' && !t.partOf);
  const byGroup = (t: Target) => GROUP_ORDER.indexOf(t.group);
  const sorted = [...goals].sort((a, b) => byGroup(a) - byGroup(b));
  const firsts = GROUP_ORDER.map((g) => sorted.find((t) => t.group === g)).filter((t): t is Target => !!t);
  return [...firsts, ...sorted.filter((t) => !firsts.includes(t))];
}

/** Up to `max` headline figures of these plans (in the order given), taken in turn from each plan. */
export function headlineTargets(plans: readonly Plan[], max = HEADLINE_MAX): HeadlineTarget[] {
  const current = plans.filter((p) => !isEarlierPlan(p.period));
  const withGoals = (list: readonly Plan[]) => list.map((plan) => ({ plan, goals: rankedGoals(plan) })).filter((x) => x.goals.length);
  const queues = withGoals(current).length ? withGoals(current) : withGoals(plans);
  const out: HeadlineTarget[] = [];
  for (let round = 0; out.length < max && queues.some((q) => q.goals.length > round); round++) {
    for (const q of queues) {
      if (out.length >= max) break;
      const target = q.goals[round];
      if (target) out.push({ plan: q.plan, target });
    }
  }
  return out;
}
