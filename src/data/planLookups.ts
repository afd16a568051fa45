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
