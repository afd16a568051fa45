/** The real plan data from public/data, validated, plus a small boundary pack covering it. */
import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { validatePlan, validatePlanIndex, validateTaxonomy } from '../../../src/data/validate';
import type { Plan, PlanIndex, Taxonomy } from '../../../src/data/planSchema';
import { parseBoundaryPack } from '../../../src/data/regions';
import { planKeys } from '../../../src/data/usePlanData';
import { sourceIndex as sourceIndexSchema, type SourceIndex } from '../../../src/data/sourceSchema';
import { sourceKeys } from '../../../src/data/useSources';
import { renderingsKey } from '../../../src/data/useRenderings';
import { indexDoc } from '../../../src/data/quoteRendering';
import type { Renderings } from '../../../src/data/sourceSchema';
import { fixtureTopology, SQUARES } from '../fixtures';

function must<T>(r: { ok: true; data: T } | { ok: false; errors: string[] }): T {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
}

const read = (path: string) => JSON.parse(readFileSync(`public/data/${path}`, 'utf8'));

export const index: PlanIndex = must(validatePlanIndex('index.json', read('plans/index.json')));
export const taxonomy: Taxonomy = must(validateTaxonomy('taxonomy.json', read('taxonomy.json')));
export const plans: Plan[] = index.plans.map((p) => must(validatePlan(p.file, read(p.file))));
export const plan = (id: string) => plans.find((p) => p.id === id)!;
export const sourceIndex: SourceIndex = sourceIndexSchema.parse(read('sources/index.json'));

type Square = (typeof SQUARES)[number];
const extra: Square[] = [
  { layer: 'provinces', code: '220000', zh: '吉林省', en: 'Jilin', level: 'province', parent: null, at: [124, 42, 4] },
  { layer: 'prefectures', code: '220100', zh: '长春市', en: 'Changchun', level: 'prefecture', parent: '220000', at: [125, 43, 1] },
  { layer: 'prefectures', code: '220200', zh: '吉林市', en: 'Jilin City', level: 'prefecture', parent: '220000', at: [126, 43, 1] },
  { layer: 'counties', code: '220112', zh: '双阳区', en: 'Shuangyang District', level: 'county', parent: '220100', at: [125, 43, 0.5] },
  { layer: 'counties', code: '331121', zh: '青田县', en: 'Qingtian County', level: 'county', parent: '331100', at: [120, 28, 0.5] },
];
export const regions = parseBoundaryPack(fixtureTopology([...SQUARES, ...extra]), 'fixture.json');

/**
 * A query client whose cache already holds everything the plan hooks ask for. Quote renderings:
 * the given ones, and none for every other document of the plans (as when a file is missing).
 */
export function filledClient(renderings: readonly Renderings[] = []): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(planKeys.index, index);
  client.setQueryData(planKeys.taxonomy, taxonomy);
  for (const p of plans) client.setQueryData(planKeys.plan(p.id), p);
  client.setQueryData(sourceKeys.index, sourceIndex);
  for (const doc of new Set(plans.map((p) => p.doc))) client.setQueryData(renderingsKey(doc), null);
  for (const r of renderings) client.setQueryData(renderingsKey(r.doc), indexDoc(r));
  return client;
}
