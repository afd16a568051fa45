/** Pure lookups on loaded plan data. */
import type { LayoutElement, Plan, Target } from './planSchema';
import { UNITS } from './planVocabulary';

/** Taxonomy ids of a layout element, through its industries. */
export function elementCategories(plan: Plan, element: LayoutElement): string[] {
  const byId = new Map(plan.industries.map((i) => [i.id, i.taxonomy]));
  return [...new Set(element.industries.flatMap((id) => byId.get(id) ?? []))].sort();
}

/** A target's value in the base unit of its group (yuan, yuan per mu, percent, count). */
export function baseValue(t: Pick<Target, 'value' | 'unit'>): number {
  return t.value * UNITS[t.unit].factor;
}

/** Earliest and latest document date of the plans (ISO or partial ISO dates sort as text). */
export function dataDates(plans: readonly Plan[]): { from: string; to: string } | null {
  const dates = plans.map((p) => p.date.value).sort();
  return dates.length ? { from: dates[0], to: dates[dates.length - 1] } : null;
}
