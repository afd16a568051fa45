/**
 * The shipped briefings as files (node only: reads the committed plan data and boundary pack).
 * Used by `npm run briefings:build` to write them and by the data test to prove the committed
 * files are exactly what the generator makes from the current plan data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseBoundaryPack } from '../data/regions';
import { validatePlan, validatePlanIndex, validateTaxonomy, validateWith, type Validated } from '../data/validate';
import { renderings as renderingsSchema, sourceIndex } from '../data/sourceSchema';
import { indexDoc, renderingLookup, renderingsFileOf, type DocRenderings } from '../data/quoteRendering';
import type { BriefingIndex } from '../briefings/briefingSchema';
import { buildBriefings, type BriefingInput } from './buildBriefings';

export const BRIEFINGS_DIR = 'public/data/briefings';

function must<T>(r: Validated<T>): T {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
}

const readJson = (root: string, rel: string) => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8')) as unknown;

export const SOURCES_DIR = 'public/data/sources';

/**
 * The quote renderings of every document in the source index, validated. A document whose file is
 * not there has none (the generator then stops at its first quote that needs one, naming the file).
 */
export function loadRenderings(root: string): DocRenderings[] {
  const index = must(validateWith(sourceIndex, `${SOURCES_DIR}/index.json`, readJson(root, `${SOURCES_DIR}/index.json`)));
  return index.documents.flatMap((d) => {
    const rel = `${SOURCES_DIR}/renderings/${renderingsFileOf(d.file)}`;
    if (!fs.existsSync(path.join(root, rel))) return [];
    return [indexDoc(must(validateWith(renderingsSchema, rel, readJson(root, rel))))];
  });
}

/** The plan data, taxonomy, boundary pack and quote renderings of the repository at `root`, validated as the app does. */
export function loadBriefingInput(root: string): BriefingInput {
  const read = (rel: string) => readJson(root, rel);
  const index = must(validatePlanIndex('public/data/plans/index.json', read('public/data/plans/index.json')));
  const plans = index.plans.map((p) => must(validatePlan(`public/data/${p.file}`, read(`public/data/${p.file}`))));
  const taxonomy = must(validateTaxonomy('public/data/taxonomy.json', read('public/data/taxonomy.json')));
  const regions = parseBoundaryPack(read('public/geo/regions.topo.json'), 'public/geo/regions.topo.json');
  return { plans, index, taxonomy, regions, renderings: renderingLookup(loadRenderings(root)) };
}

/** File path (relative to the repository) → exact text: one file per briefing plus index.json. */
export function briefingFiles(input: BriefingInput): Map<string, string> {
  const briefings = buildBriefings(input);
  const files = new Map<string, string>();
  const serialise = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const index: BriefingIndex = {
    version: 1,
    briefings: briefings.map((b) => ({ id: b.id, file: `briefings/${b.id}.json`, title: b.title })),
  };
  files.set(`${BRIEFINGS_DIR}/index.json`, serialise(index));
  for (const b of briefings) files.set(`${BRIEFINGS_DIR}/${b.id}.json`, serialise(b));
  return files;
}
