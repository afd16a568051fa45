/**
 * The full plan data as one JSON file: the index, the taxonomy and every plan, as the app
 * loaded and validated them. Its shape is checked by the plan schema's own parts.
 */
import { z } from 'zod';
import { plan, planIndex, taxonomy, type Plan, type PlanIndex, type Taxonomy } from '../data/planSchema';

export const planDataExport = z.object({
  schema: z.literal('plan-data-export/1'),
  /** yyyy-mm-dd */
  exported: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  index: planIndex,
  taxonomy,
  plans: z.array(plan),
});
export type PlanDataExport = z.infer<typeof planDataExport>;

export function planDataJson(data: { index: PlanIndex; taxonomy: Taxonomy; plans: Plan[] }, exported: string): string {
  const out: PlanDataExport = { schema: 'plan-data-export/1', exported, index: data.index, taxonomy: data.taxonomy, plans: data.plans };
  return JSON.stringify(out, null, 2) + '\n';
}
