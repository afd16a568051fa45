/**
 * Built-in data + loaded packs → the data the app shows. Pure: the same inputs give the same
 * output, and with no packs the built-in objects come back unchanged (so nothing re-renders).
 * Pack regions join the layer of their level, the region lookups, the children lists and the
 * overall frame; pack plans join the plan list, the index (derived from the plans themselves)
 * and the taxonomy (categories of a pack taxonomy that the built-in one does not have).
 */
import { elementCategories } from './planLookups';
import type { Plan, PlanIndex, Taxonomy } from './planSchema';
import {
  childrenByParent,
  toRegion,
  unionBbox,
  type Region,
  type RegionData,
  type RegionFeatureCollection,
  type RegionLayer,
  type RegionLevel,
} from './regions';
import type { Pack } from '../packs/validatePack';

const LAYER_OF_LEVEL: Record<RegionLevel, RegionLayer> = {
  province: 'provinces',
  prefecture: 'prefectures',
  county: 'counties',
  newarea: 'newareas',
};

/** The region data with every pack's regions added (packs never redefine a code: the validator refuses that). */
export function mergeRegionData(base: RegionData, packs: readonly Pack[]): RegionData {
  const features = packs.flatMap((p) => p.boundaries.features);
  if (features.length === 0) return base;
  const layers = { ...base.layers };
  const regions = new Map(base.regions);
  const added: Region[] = [];
  for (const f of features) {
    const layer = LAYER_OF_LEVEL[f.properties.level];
    const region = toRegion(f.properties, f.geometry, layer);
    regions.set(region.code, region);
    added.push(region);
  }
  for (const layer of new Set(added.map((r) => r.layer))) {
    const extra = features.filter((f) => LAYER_OF_LEVEL[f.properties.level] === layer);
    layers[layer] = { type: 'FeatureCollection', features: [...base.layers[layer].features, ...extra] } satisfies RegionFeatureCollection;
  }
  return {
    layers,
    regions,
    context: base.context,
    children: childrenByParent(regions.values()),
    bbox: unionBbox([base.bbox, ...added.map((r) => r.bbox)]),
  };
}

/** The file name a pack plan gets in the merged index: not a URL, so nothing is ever fetched for it. */
export const packPlanFile = (planId: string) => `pack:${planId}`;
export const isPackPlanFile = (file: string) => file.startsWith('pack:');

type Entry = PlanIndex['byRegion'][string][number];
const ROLE_ORDER = ['plan', 'member', 'host'] as const;

/**
 * The plan index of some plans, worked out from the plans: each plan's own region, the members
 * of its layout elements and the hosts of its industries, with the taxonomy reachable from each.
 */
export function derivePlanIndex(plans: readonly Plan[]): PlanIndex {
  const byRegion: PlanIndex['byRegion'] = {};
  for (const plan of plans) {
    const entries = new Map<
      string,
      { roles: Set<Entry['roles'][number]>; elements: string[]; industries: string[]; taxonomy: Set<string> }
    >();
    const at = (code: string) => {
      let e = entries.get(code);
      if (!e) entries.set(code, (e = { roles: new Set(), elements: [], industries: [], taxonomy: new Set() }));
      return e;
    };
    const own = at(plan.region.code);
    own.roles.add('plan');
    plan.industries.forEach((i) => i.taxonomy.forEach((t) => own.taxonomy.add(t)));
    for (const element of plan.layout) {
      const categories = elementCategories(plan, element);
      for (const m of element.members) {
        const e = at(m.code);
        e.roles.add('member');
        if (!e.elements.includes(element.id)) e.elements.push(element.id);
        categories.forEach((t) => e.taxonomy.add(t));
      }
    }
    for (const industry of plan.industries) {
      for (const m of industry.hostRegions ?? []) {
        const e = at(m.code);
        e.roles.add('host');
        if (!e.industries.includes(industry.id)) e.industries.push(industry.id);
        industry.taxonomy.forEach((t) => e.taxonomy.add(t));
      }
    }
    for (const [code, e] of entries) {
      const entry: Entry = { plan: plan.id, roles: ROLE_ORDER.filter((r) => e.roles.has(r)), taxonomy: [...e.taxonomy].sort() };
      if (e.elements.length) entry.elements = e.elements;
      if (e.industries.length) entry.industries = e.industries;
      (byRegion[code] ??= []).push(entry);
    }
  }
  return {
    schema: 'plan-index/1',
    plans: plans.map((p) => ({
      id: p.id,
      file: packPlanFile(p.id),
      title: { zh: p.title.zh, en: p.title.en },
      period: { start: p.period.start, end: p.period.end },
      regionCode: p.region.code,
      kind: p.kind.value,
    })),
    byRegion,
  };
}

/** The built-in index with the packs' plans listed and indexed after the built-in ones. */
export function mergeIndex(base: PlanIndex, packs: readonly Pack[]): PlanIndex {
  const plans = packs.flatMap((p) => p.plans);
  if (plans.length === 0) return base;
  const extra = derivePlanIndex(plans);
  const byRegion = { ...base.byRegion };
  for (const [code, entries] of Object.entries(extra.byRegion)) byRegion[code] = [...(byRegion[code] ?? []), ...entries];
  return { ...base, plans: [...base.plans, ...extra.plans], byRegion };
}

/** The built-in taxonomy plus the categories of pack taxonomies it lacks (a built-in id keeps its built-in meaning). */
export function mergeTaxonomy(base: Taxonomy, packs: readonly Pack[]): Taxonomy {
  const known = new Set(base.categories.map((c) => c.id));
  const extra = packs.flatMap((p) => p.taxonomy?.categories ?? []).filter((c) => !known.has(c.id) && (known.add(c.id), true));
  if (extra.length === 0) return base;
  const standards = { ...base.standards };
  for (const p of packs) for (const [k, v] of Object.entries(p.taxonomy?.standards ?? {})) standards[k] ??= v;
  return { ...base, standards, categories: [...base.categories, ...extra] };
}

export interface AllPlans {
  index: PlanIndex;
  taxonomy: Taxonomy;
  plans: Plan[];
}

export function mergePlans(base: AllPlans, packs: readonly Pack[]): AllPlans {
  if (packs.every((p) => p.plans.length === 0 && !p.taxonomy)) return base;
  return {
    index: mergeIndex(base.index, packs),
    taxonomy: mergeTaxonomy(base.taxonomy, packs),
    plans: [...base.plans, ...packs.flatMap((p) => p.plans)],
  };
}

/** The pack plan with this id, if a pack has one. */
export function packPlan(packs: readonly Pack[], id: string | null | undefined): Plan | undefined {
  if (!id) return undefined;
  for (const p of packs) for (const plan of p.plans) if (plan.id === id) return plan;
  return undefined;
}

/** Every admin code already on the map and every plan id already loaded: what a new pack may not reuse. */
export function takenIds(data: RegionData, packs: readonly Pack[], builtInPlanIds: readonly string[]) {
  return {
    codes: [...data.regions.keys(), ...data.context.keys()],
    planIds: [...builtInPlanIds, ...packs.flatMap((p) => p.plans.map((plan) => plan.id))],
  };
}
