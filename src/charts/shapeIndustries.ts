/**
 * A plan's industries grouped by planned scale (tier) and by role, coloured by taxonomy
 * category, and the cluster structure (targets that are parts of a total) with the
 * discrepancies recorded on them. Pure.
 */
import type { Discrepancy, Industry, Plan, Role, Taxonomy, Target, Tier } from '../data/planSchema';
import { TIERS } from '../data/planVocabulary';

export type TierKey = Tier | 'untiered';
export const TIER_ORDER: TierKey[] = [...(Object.keys(TIERS) as Tier[]), 'untiered'];

export interface ShapedIndustry {
  industry: Industry;
  /** first taxonomy category: the colour */
  category: string;
  color: string;
  /** taxonomy ids that match the current filter */
  matches: string[];
}

export interface TierGroup {
  tier: TierKey;
  industries: ShapedIndustry[];
}

export interface RoleGroup {
  role: Role;
  industries: ShapedIndustry[];
}

const FALLBACK_COLOR = '#999999';

export function categoryColor(taxonomy: Taxonomy | undefined, id: string): string {
  return taxonomy?.categories.find((c) => c.id === id)?.color ?? FALLBACK_COLOR;
}

export function shapeIndustry(ind: Industry, taxonomy: Taxonomy | undefined, highlight: readonly string[] = []): ShapedIndustry {
  const category = ind.taxonomy[0];
  return { industry: ind, category, color: categoryColor(taxonomy, category), matches: ind.taxonomy.filter((t) => highlight.includes(t)) };
}

/**
 * Industries by tier. Tiered industries are listed whatever their nesting; untiered ones only
 * when they are top-level (the fields of a broader industry would swamp the list).
 */
export function industriesByTier(plan: Plan, taxonomy?: Taxonomy, highlight: readonly string[] = []): TierGroup[] {
  const groups: TierGroup[] = [];
  for (const tier of TIER_ORDER) {
    const list = plan.industries.filter((i) => (tier === 'untiered' ? !i.tier && !i.parent : i.tier?.level === tier));
    if (list.length) groups.push({ tier, industries: list.map((i) => shapeIndustry(i, taxonomy, highlight)) });
  }
  return groups;
}

/** Industries by the role the plan gives them, in order of first appearance. */
export function industriesByRole(plan: Plan, taxonomy?: Taxonomy, highlight: readonly string[] = []): RoleGroup[] {
  const groups: RoleGroup[] = [];
  for (const ind of plan.industries) {
    for (const r of ind.roles) {
      let g = groups.find((x) => x.role === r.role);
      if (!g) groups.push((g = { role: r.role, industries: [] }));
      if (!g.industries.some((s) => s.industry.id === ind.id)) g.industries.push(shapeIndustry(ind, taxonomy, highlight));
    }
  }
  return groups;
}

/** Industries of the plan that match the filter categories. */
export function matchingIndustries(plan: Plan, highlight: readonly string[]): Industry[] {
  if (highlight.length === 0) return [];
  return plan.industries.filter((i) => i.taxonomy.some((t) => highlight.includes(t)));
}

export interface ClusterBreakdown {
  by: 'size' | 'industry';
  parts: Target[];
  sum: number;
}

export interface ClusterStructure {
  total: Target;
  breakdowns: ClusterBreakdown[];
  discrepancies: Discrepancy[];
}

/** Totals with parts (partOf), each breakdown summed, with the discrepancies that name them. */
export function clusterStructures(plan: Plan): ClusterStructure[] {
  const out: ClusterStructure[] = [];
  for (const total of plan.targets) {
    const parts = plan.targets.filter((t) => t.partOf?.target === total.id);
    if (parts.length === 0) continue;
    const breakdowns: ClusterBreakdown[] = [];
    for (const by of ['size', 'industry'] as const) {
      const list = parts.filter((p) => p.partOf?.by === by);
      if (list.length) breakdowns.push({ by, parts: list, sum: list.reduce((s, p) => s + p.value, 0) });
    }
    const ids = new Set([total.id, ...parts.map((p) => p.id)]);
    const discrepancies = plan.discrepancies.filter((d) => d.refs.some((r) => ids.has(r)));
    out.push({ total, breakdowns, discrepancies });
  }
  return out;
}
