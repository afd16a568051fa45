/**
 * Drill-down rules, as pure functions of the region data. The map shows the children of the
 * "displayed parents": at the top, the children of every top-level region (Jilin's and
 * Hebei's prefectures and Xiong'an, Lishui's counties); inside a region, its own children.
 */
import type { Region, RegionData } from '../data/regions';

const tops = new WeakMap<RegionData, Region[]>();

/** Regions without a parent in the pack (Jilin, Hebei, Lishui; or the provinces of a national pack). */
export function topRegions(data: RegionData): Region[] {
  let list = tops.get(data);
  if (!list) {
    list = [...data.regions.values()].filter((r) => !r.parent || !data.regions.has(r.parent));
    tops.set(data, list);
  }
  return list;
}

/** Above this many top regions, the header's jump buttons list only the regions that have plans. */
const MAX_JUMPS = 6;

/**
 * The header's jump targets: the top regions when they are few, else the regions the plans are
 * about (known once the plan index has loaded), so a national pack does not get 31 buttons.
 */
export function jumpTargets(data: RegionData, planRegionCodes: readonly string[] | undefined): Region[] {
  const top = topRegions(data);
  if (top.length <= MAX_JUMPS) return top;
  const codes = [...new Set(planRegionCodes ?? [])];
  return codes.map((code) => data.regions.get(code)).filter((r): r is Region => !!r);
}

/**
 * The parents whose children the map shows. At the top, a top region without children of its
 * own (a data pack's lone city under a context province) is shown itself, through its parent.
 */
export function displayedParents(data: RegionData, scope: string | null): string[] {
  if (scope && data.children.has(scope)) return [scope];
  const top = topRegions(data);
  const leafParents = top.filter((r) => r.parent && !data.children.has(r.code)).map((r) => r.parent!);
  return [...new Set([...top.map((r) => r.code), ...leafParents])];
}

export function isDisplayed(data: RegionData, scope: string | null, code: string): boolean {
  const parent = data.regions.get(code)?.parent;
  return parent != null && displayedParents(data, scope).includes(parent);
}

/** The scope that shows a region among its siblings, used when it is chosen from outside the view. */
export function naturalScope(data: RegionData, code: string): string | null {
  const region = data.regions.get(code);
  if (!region) return null;
  const isTop = !region.parent || !data.regions.has(region.parent);
  if (data.children.has(code) && (region.level === 'province' || isTop)) return code;
  if (isDisplayed(data, null, code)) return null;
  return region.parent;
}

export function canDrillInto(data: RegionData, code: string): boolean {
  return (data.children.get(code)?.length ?? 0) > 0;
}
