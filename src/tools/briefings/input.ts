import type { Plan, PlanIndex, Taxonomy } from '../../data/planSchema';
import type { RegionData } from '../../data/regions';
import type { RenderingLookup } from '../../data/quoteRendering';

export interface BriefingInput {
  /** in the index's order */
  plans: readonly Plan[];
  index: PlanIndex;
  taxonomy: Taxonomy;
  regions: RegionData;
  /** the app's renderings of quotes in the other language: speaker notes quote in their own language */
  renderings: RenderingLookup;
}

export type Lang = 'zh' | 'en';
export type Text = { zh: string; en: string };
