/**
 * Merging packs into the built-in data: the real boundary pack and plan data plus the example
 * pack (public/data/example-pack.json), validated as the app does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoundaryPack } from '../../../src/data/regions';
import type { Plan, PlanIndex, Taxonomy } from '../../../src/data/planSchema';
import { derivePlanIndex, mergePlans, mergeRegionData, mergeTaxonomy, packPlan, takenIds } from '../../../src/data/mergePack';
import { validatePackFile, type Pack } from '../../../src/packs/validatePack';
import { displayedParents, isDisplayed, naturalScope, topRegions } from '../../../src/state/drill';
import { regionCoverage } from '../../../src/plans/shapeCoverage';
import { searchRegions } from '../../../src/nav/searchRegions';
import { BUILT_IN_CODES, TAXONOMY_IDS } from './packFixture';

const base = parseBoundaryPack(JSON.parse(readFileSync('public/geo/regions.topo.json', 'utf8')), 'regions.topo.json');
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const index = read('public/data/plans/index.json') as PlanIndex;
const taxonomy = read('public/data/taxonomy.json') as Taxonomy;
const plans = index.plans.map((p) => read(`public/data/${p.file}`) as Plan);

function examplePack(): Pack {
  const result = validatePackFile(readFileSync('public/data/example-pack.json'), 'example.pack.json', BUILT_IN_CODES, {
    taxonomyIds: TAXONOMY_IDS,
    planIds: index.plans.map((p) => p.id),
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.pack;
}

describe('mergeRegionData', () => {
  it('gives back the built-in data itself when there is no pack', () => {
    expect(mergeRegionData(base, [])).toBe(base);
  });

  it('adds the pack regions to their layer, the lookups, the children and the frame, leaving the built-in data untouched', () => {
    const before = base.layers.prefectures.features.length;
    const merged = mergeRegionData(base, [examplePack()]);
    expect(merged.layers.prefectures.features).toHaveLength(before + 2);
    expect(base.layers.prefectures.features).toHaveLength(before);
    expect(merged.layers.counties).toBe(base.layers.counties);
    const a = merged.regions.get('379901')!;
    expect(a).toMatchObject({
      name: { zh: '示例甲市（测试）', en: 'Example City A (test)' },
      level: 'prefecture',
      parent: '370000',
      layer: 'prefectures',
      label: [117, 35.1],
    });
    expect(a.bbox).toEqual([116.5, 34.6, 117.5, 35.6]);
    expect(base.regions.has('379901')).toBe(false);
    expect(merged.children.get('370000')?.map((r) => r.code)).toEqual(['379901', '379902']);
    expect(merged.bbox[1]).toBeLessThanOrEqual(34.6);
    expect(searchRegions(merged.regions.values(), 'example city').map((r) => r.code)).toEqual(['379901', '379902']);
  });

  it('shows a lone pack city under a context province at the top, clickable, without changing the built-in view', () => {
    const merged = mergeRegionData(base, [examplePack()]);
    expect(topRegions(merged).map((r) => r.code)).toEqual(expect.arrayContaining(['379901', '379902']));
    expect(isDisplayed(merged, null, '379901')).toBe(true);
    expect(naturalScope(merged, '379902')).toBeNull();
    const builtIn = displayedParents(base, null);
    expect(displayedParents(merged, null)).toEqual(expect.arrayContaining(builtIn));
    expect(isDisplayed(merged, null, '220100')).toBe(true);
    expect(isDisplayed(merged, null, '220102')).toBe(false);
  });
});

describe('merged plans', () => {
  const all = { index, taxonomy, plans };

  it('gives back the built-in plans themselves when no pack has plans', () => {
    expect(mergePlans(all, [])).toBe(all);
  });

  it('lists the pack plan after the built-in ones and indexes its region, members and categories', () => {
    const merged = mergePlans(all, [examplePack()]);
    expect(merged.plans.map((p) => p.id)).toEqual([...plans.map((p) => p.id), 'example-test-plan']);
    expect(merged.index.plans.at(-1)).toMatchObject({
      id: 'example-test-plan',
      regionCode: '379901',
      kind: 'action-plan',
      period: { start: 2024, end: 2028 },
    });
    expect(merged.index.byRegion['379901']).toEqual([{ plan: 'example-test-plan', roles: ['plan'], taxonomy: ['new-materials'] }]);
    expect(merged.index.byRegion['379902']).toEqual([
      { plan: 'example-test-plan', roles: ['member'], elements: ['ex-l1'], taxonomy: ['new-materials'] },
    ]);
    expect(merged.index.byRegion['220000']).toEqual(index.byRegion['220000']);
    expect(merged.taxonomy).toBe(taxonomy);
    const regions = mergeRegionData(base, [examplePack()]);
    expect(regionCoverage(merged.index, regions, '379901').covering).toEqual([
      { planId: 'example-test-plan', viaCode: '379901', own: true, viaLevel: 'prefecture' },
    ]);
  });

  it('derives the same index as the committed one from the built-in plans', () => {
    const derived = derivePlanIndex(plans);
    for (const [code, entries] of Object.entries(index.byRegion)) {
      for (const entry of entries) {
        const mine = derived.byRegion[code]?.find((e) => e.plan === entry.plan);
        expect(mine, `${code} ${entry.plan}`).toBeDefined();
        expect(mine!.roles).toEqual(entry.roles);
        expect([...(mine!.elements ?? [])].sort()).toEqual([...(entry.elements ?? [])].sort());
      }
    }
  });

  it('adds only the categories of a pack taxonomy that the built-in one lacks', () => {
    const extra = { ...taxonomy.categories[0], id: 'pack-only' };
    const pack = { ...examplePack(), taxonomy: { ...taxonomy, categories: [taxonomy.categories[0], extra] } };
    const merged = mergeTaxonomy(taxonomy, [pack]);
    expect(merged.categories.map((c) => c.id)).toEqual([...taxonomy.categories.map((c) => c.id), 'pack-only']);
  });

  it('finds a pack plan by id, and what a further pack may not reuse', () => {
    const pack = examplePack();
    expect(packPlan([pack], 'example-test-plan')?.title.en).toMatch(/fictional/);
    expect(packPlan([pack], 'jilin-sei-2022')).toBeUndefined();
    const taken = takenIds(mergeRegionData(base, [pack]), [pack], ['jilin-sei-2022']);
    expect(taken.codes).toEqual(expect.arrayContaining(['379901', '220000', '370000']));
    expect(taken.planIds).toEqual(['jilin-sei-2022', 'example-test-plan']);
  });

  it('refuses the same pack loaded twice, naming the taken codes and plan id', () => {
    const pack = examplePack();
    const taken = takenIds(
      mergeRegionData(base, [pack]),
      [pack],
      index.plans.map((p) => p.id),
    );
    const again = validatePackFile(readFileSync('public/data/example-pack.json'), 'example.pack.json', taken.codes, {
      taxonomyIds: TAXONOMY_IDS,
      planIds: taken.planIds,
    });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.problems).toEqual(
      expect.arrayContaining([
        'example.pack.json: boundaries.features[0].properties.code: code "379901" is already a built-in region; a pack can only add new regions',
        'example.pack.json: plans[0].id: plan id "example-test-plan" is already loaded; expected a new id',
      ]),
    );
  });
});
