/**
 * Loading the industrial-plan data (public/data/): every fetch validates what it loads.
 * This module brings the zod schema with it, so the app imports it lazily.
 */
import type { Plan, PlanIndex, Taxonomy, UnitGroup } from './planSchema';
import { validatePlan, validatePlanIndex, validateTaxonomy, type Validated } from './validate';
import { fetchJson } from '../loading/dataFile';

export class PlanDataError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.slice(0, 5).join('\n'));
  }
}

export async function loadValidated<T>(url: string, check: (file: string, json: unknown) => Validated<T>): Promise<T> {
  let json: unknown;
  try {
    json = await fetchJson(url);
  } catch (error) {
    throw new PlanDataError([error instanceof Error ? error.message : String(error)]);
  }
  const result = check(url, json);
  if (!result.ok) throw new PlanDataError(result.errors);
  return result.data;
}

/** `base` is the URL of public/data/, e.g. `${import.meta.env.BASE_URL}data/`. */
export const fetchPlanIndex = (base: string) => loadValidated(`${base}plans/index.json`, validatePlanIndex);
export const fetchTaxonomy = (base: string) => loadValidated(`${base}taxonomy.json`, validateTaxonomy);
export const fetchPlan = (base: string, file: string) => loadValidated(`${base}${file}`, validatePlan);

export type { Plan, PlanIndex, Taxonomy, UnitGroup };
