/**
 * Loading and lookups for the industrial-plan data (public/data/). The fetch functions
 * validate what they load; the lookups are pure.
 */
import type { LayoutElement, Plan, PlanIndex, Taxonomy, Target, UnitGroup } from './planSchema';
import { UNITS } from './planSchema';
import { validatePlan, validatePlanIndex, validateTaxonomy, type Validated } from './validate';

export class PlanDataError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.slice(0, 5).join('\n'));
  }
}

async function load<T>(url: string, check: (file: string, json: unknown) => Validated<T>): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new PlanDataError([`${url}: HTTP ${response.status}`]);
  const result = check(url, await response.json());
  if (!result.ok) throw new PlanDataError(result.errors);
  return result.data;
}

/** `base` is the URL of public/data/, e.g. `${import.meta.env.BASE_URL}data/`. */
export const fetchPlanIndex = (base: string) => load(`${base}plans/index.json`, validatePlanIndex);
export const fetchTaxonomy = (base: string) => load(`${base}taxonomy.json`, validateTaxonomy);
export const fetchPlan = (base: string, file: string) => load(`${base}${file}`, validatePlan);

/** Taxonomy ids of a layout element, through its industries. */
export function elementCategories(plan: Plan, element: LayoutElement): string[] {
  const byId = new Map(plan.industries.map((i) => [i.id, i.taxonomy]));
  return [...new Set(element.industries.flatMap((id) => byId.get(id) ?? []))].sort();
}

/** A target's value in the base unit of its group (yuan, yuan per mu, percent, count). */
export function baseValue(t: Pick<Target, 'value' | 'unit'>): number {
  return t.value * UNITS[t.unit].factor;
}

export type { Plan, PlanIndex, Taxonomy, UnitGroup };
