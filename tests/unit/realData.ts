/** The committed boundary pack and plan data, loaded and validated as the app does. */
import { readFileSync } from 'node:fs';
import { parseBoundaryPack } from '../../src/data/regions';
import { validatePlan, validatePlanIndex, validateTaxonomy } from '../../src/data/validate';

function load<T>(file: string, check: (file: string, json: unknown) => { ok: true; data: T } | { ok: false; errors: string[] }): T {
  const result = check(file, JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
}

export const regions = parseBoundaryPack(JSON.parse(readFileSync('public/geo/regions.topo.json', 'utf8')), 'regions.topo.json');
export const index = load('public/data/plans/index.json', validatePlanIndex);
export const taxonomy = load('public/data/taxonomy.json', validateTaxonomy);
export const plans = index.plans.map((p) => load(`public/data/${p.file}`, validatePlan));
