/**
 * The shipped briefings, built from the plan data (pure: plans + index + taxonomy + regions in,
 * Briefing[] out). One briefing per plan document — overview, headline targets, industries by
 * planned scale, one step per layout element placed on the map, sources and caveats — and one
 * comparison of the three regions through the industry filter.
 *
 * Every number written into a title or note is a value the plan data holds (a target as the
 * app formats it, a year, a quote, a count of listed items); tests/data/briefings.test.ts
 * audits that. Text the documents do not say is called an interpretation, as in the data.
 */
import type { Briefing } from '../briefings/briefingSchema';
import { COMPARISON_ID, comparisonBriefing } from './briefings/comparison';
import type { BriefingInput } from './briefings/input';
import { planBriefing } from './briefings/planBriefing';
import { withRenderings } from './briefings/text';

export type { BriefingInput } from './briefings/input';
export { COMPARISON_ID };

export function buildBriefings(input: BriefingInput): Briefing[] {
  return withRenderings(input.renderings, () => [comparisonBriefing(input), ...input.plans.map((p) => planBriefing(p, input))]);
}
