/**
 * Which plans cover a region, and how: directly (the plan is the region's own) or only
 * through an ancestor (a county in a provincial plan). Pure.
 */
import type { PlanIndex } from '../data/planSchema';
import type { RegionData, RegionLevel } from '../data/regions';

export interface CoveringPlan {
  planId: string;
  /** the region whose plan it is (the region itself or an ancestor) */
  viaCode: string;
  /** true when the plan's figures are the region's own */
  own: boolean;
  /** level of `viaCode`, for "provincial figures" vs "city-level figures" */
  viaLevel: RegionLevel | null;
}

export interface RegionAppearance {
  planId: string;
  elements: string[];
  industries: string[];
}

export interface RegionCoverage {
  covering: CoveringPlan[];
  /** where the region itself is named (layout elements, host of industries) */
  appearances: RegionAppearance[];
  /** every plan id needed to show the region */
  planIds: string[];
}

/** The region and its ancestors, nearest first. */
export function ancestry(regions: RegionData, code: string): string[] {
  const out: string[] = [];
  let cur: string | null | undefined = code;
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = regions.regions.get(cur)?.parent ?? regions.context.get(cur)?.parent ?? null;
  }
  return out;
}

export function regionCoverage(index: PlanIndex, regions: RegionData, code: string): RegionCoverage {
  const covering: CoveringPlan[] = [];
  for (const via of ancestry(regions, code)) {
    for (const entry of index.byRegion[via] ?? []) {
      if (!entry.roles.includes('plan') || covering.some((c) => c.planId === entry.plan)) continue;
      const level = regions.regions.get(via)?.level ?? regions.context.get(via)?.level ?? null;
      covering.push({ planId: entry.plan, viaCode: via, own: via === code, viaLevel: level });
    }
  }
  const appearances = (index.byRegion[code] ?? [])
    .filter((e) => (e.elements?.length ?? 0) > 0 || (e.industries?.length ?? 0) > 0)
    .map((e) => ({ planId: e.plan, elements: e.elements ?? [], industries: e.industries ?? [] }));
  const planIds = [...new Set([...covering.map((c) => c.planId), ...appearances.map((a) => a.planId)])];
  return { covering, appearances, planIds };
}

/** Plans of 2021 and later are the current ones; older ones are shown apart. */
export const isEarlierPlan = (period: { start: number; end: number }) => period.end < 2021;
