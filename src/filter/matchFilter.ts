/**
 * Which regions and layout elements a taxonomy filter lights up, and why. Pure: works on the
 * plan index (region → plans → categories) and the loaded plans' layout elements.
 */
import type { Plan, PlanIndex } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import { elementCategories } from '../data/planLookups';
import { elementKey } from '../layouts/layoutFeatures';

/** 2: the region itself plans that kind of industry (its own plan, or named in one);
 *  1: only covered by a province- or city-wide plan of an ancestor that plans it. */
export type MatchStrength = 1 | 2;

export interface MatchReason {
  plan: string;
  categories: string[];
  /** how `from` appears in the plan: the region it covers, a named member, a host of industries */
  roles: ('plan' | 'member' | 'host')[];
  /** the region whose entry matched: the region itself or an ancestor whose plan covers it */
  from: string;
}

export interface FilterMatch {
  regions: Map<string, { strength: MatchStrength; reasons: MatchReason[] }>;
  elements: Map<string, string[]>;
}

export function matchFilter(categories: readonly string[], index: PlanIndex, plans: Plan[], regions: RegionData): FilterMatch {
  const wanted = new Set(categories);
  const result: FilterMatch = { regions: new Map(), elements: new Map() };
  if (wanted.size === 0) return result;
  const hits = (ids: readonly string[]) => ids.filter((id) => wanted.has(id));

  // What each indexed region matches in its own right.
  const own = new Map<string, MatchReason[]>();
  for (const [code, entries] of Object.entries(index.byRegion)) {
    const reasons = entries.flatMap((e) => {
      const matched = hits(e.taxonomy);
      if (matched.length === 0) return [];
      return [{ plan: e.plan, categories: matched, roles: e.roles, from: code } satisfies MatchReason];
    });
    if (reasons.length > 0) own.set(code, reasons);
  }

  // Every region inherits plan-wide matches from its ancestors (a province's plan covers its counties).
  for (const region of regions.regions.values()) {
    const reasons: MatchReason[] = [];
    let strength: MatchStrength | 0 = 0;
    for (const r of own.get(region.code) ?? []) {
      reasons.push(r);
      strength = 2;
    }
    for (let parent = region.parent; parent; parent = regions.regions.get(parent)?.parent ?? null) {
      for (const r of own.get(parent) ?? []) {
        if (!r.roles.includes('plan')) continue;
        reasons.push(r);
        strength = Math.max(strength, 1) as MatchStrength;
      }
    }
    if (strength > 0) result.regions.set(region.code, { strength: strength as MatchStrength, reasons });
  }

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
