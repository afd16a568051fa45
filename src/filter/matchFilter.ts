/**
 * Which regions and layout elements a taxonomy filter lights up, and why. Pure: works on the
 * plan index (region → plans → categories) and the loaded plans, which tell which of a region's
 * links are only our interpretation (a layout member or industry host marked so; the index
 * keeps no status).
 */
import type { Plan, PlanIndex } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import { elementCategories } from '../data/planLookups';
import { elementKey } from '../layouts/layoutFeatures';
import { MATCH, type MatchStrength } from './matchStyle';

export type { MatchStrength } from './matchStyle';

export interface MatchReason {
  plan: string;
  categories: string[];
  /** how `from` appears in the plan: the region it covers, a named member, a host of industries */
  roles: ('plan' | 'member' | 'host')[];
  /** the region whose entry matched: the region itself or an ancestor whose plan covers it */
  from: string;
  /** true when every link of `from` to these categories in this plan is our interpretation */
  interpretation: boolean;
}

export interface FilterMatch {
  regions: Map<string, { strength: MatchStrength; reasons: MatchReason[] }>;
  elements: Map<string, string[]>;
  /**
   * The regions (provinces, cities) whose own plan lists a chosen kind and so covers every region
   * below them, widest first, each with how many regions below it that plan covers.
   */
  covering: { code: string; below: number }[];
  /** How many regions some province's or city's plan covers from above (each counted once). */
  coveredBelow: number;
}

const statedCache = new WeakMap<readonly Plan[], Map<string, Set<string>>>();

/**
 * `${plan} ${region}` → the categories the plan links to the region by a link that is not an
 * interpretation: the plan's own region (all its industries), stated layout members, stated hosts.
 */
function statedLinks(plans: readonly Plan[]): Map<string, Set<string>> {
  const cached = statedCache.get(plans);
  if (cached) return cached;
  const stated = new Map<string, Set<string>>();
  const add = (plan: Plan, code: string, ids: readonly string[]) => {
    const key = `${plan.id} ${code}`;
    const set = stated.get(key) ?? new Set<string>();
    stated.set(key, set);
    ids.forEach((id) => set.add(id));
  };
  for (const plan of plans) {
    add(
      plan,
      plan.region.code,
      plan.industries.flatMap((i) => i.taxonomy),
    );
    const links = [
      ...plan.layout.map((e) => ({ ids: elementCategories(plan, e), regions: e.members })),
      ...plan.industries.map((i) => ({ ids: i.taxonomy, regions: i.hostRegions ?? [] })),
    ];
    for (const link of links) for (const m of link.regions) if (m.status !== 'interpretation') add(plan, m.code, link.ids);
  }
  statedCache.set(plans, stated);
  return stated;
}

export function matchFilter(categories: readonly string[], index: PlanIndex, plans: Plan[], regions: RegionData): FilterMatch {
  const wanted = new Set(categories);
  const result: FilterMatch = { regions: new Map(), elements: new Map(), covering: [], coveredBelow: 0 };
  if (wanted.size === 0) return result;
  const hits = (ids: readonly string[]) => ids.filter((id) => wanted.has(id));

  // What each indexed region matches in its own right, and whether only by our interpretation
  // (a plan not loaded has no status to read: its links count as stated).
  const stated = statedLinks(plans);
  const loaded = new Set(plans.map((p) => p.id));
  const own = new Map<string, MatchReason[]>();
  for (const [code, entries] of Object.entries(index.byRegion)) {
    const reasons = entries.flatMap((e) => {
      const matched = hits(e.taxonomy);
      if (matched.length === 0) return [];
      const interpretation = loaded.has(e.plan) && !matched.some((id) => stated.get(`${e.plan} ${code}`)?.has(id));
      return [{ plan: e.plan, categories: matched, roles: e.roles, from: code, interpretation } satisfies MatchReason];
    });
    if (reasons.length > 0) own.set(code, reasons);
  }

  // Every region inherits plan-wide matches from its ancestors (a province's plan covers its counties).
  // A stated link of its own beats our interpretation, which beats a wider plan's coverage.
  const below = new Map<string, Set<string>>();
  for (const region of regions.regions.values()) {
    const reasons = [...(own.get(region.code) ?? [])];
    let strength: MatchStrength | null =
      reasons.length === 0 ? null : reasons.some((r) => !r.interpretation) ? MATCH.own : MATCH.interpretation;
    for (let parent = region.parent; parent; parent = regions.regions.get(parent)?.parent ?? null) {
      for (const r of own.get(parent) ?? []) {
        if (!r.roles.includes('plan')) continue;
        reasons.push(r);
        below.set(parent, (below.get(parent) ?? new Set()).add(region.code));
        strength ??= MATCH.viaParent;
      }
    }
    if (strength !== null) result.regions.set(region.code, { strength, reasons });
  }

  result.covering = [...below]
    .map(([code, set]) => ({ code, below: set.size }))
    .sort((a, b) => b.below - a.below || a.code.localeCompare(b.code));
  result.coveredBelow = new Set([...below.values()].flatMap((set) => [...set])).size;

  for (const plan of plans) {
    for (const element of plan.layout) {
      const matched = hits(elementCategories(plan, element));
      if (matched.length > 0) result.elements.set(elementKey(plan.id, element.id), matched);
    }
  }
  return result;
}

/** For each category, how many regions plan it in their own right (shown beside the filter). */
export function categoryCounts(index: PlanIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entries of Object.values(index.byRegion)) {
    for (const id of new Set(entries.flatMap((e) => e.taxonomy))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
