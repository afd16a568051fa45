/**
 * What the pointer means, as a pure function over what lies under it: a region's name, else a
 * layout element (within a few pixels), else the displayed region, else the top-most region.
 * Names win so that belts running through a city never make the city itself unreachable.
 */
import type { RegionLayer } from '../data/regions';

/** What is under the pointer: a region, or a layout element. */
export type MapTarget = { type: 'region'; code: string } | { type: 'element'; key: string; name: { zh: string; en: string } };

/** One key per target, to tell whether the hover changed. */
export const targetKey = (target: MapTarget | null) => (target ? (target.type === 'region' ? target.code : target.key) : null);

/** Region fill layers that can be hovered and clicked, top-most first. */
export const REGION_HIT_LAYERS: readonly RegionLayer[] = ['newareas', 'counties', 'prefectures'];
/** How near (px) the pointer must come to a belt or corridor line to hit it (symbols and names: under the pointer, as drawn). */
export const ELEMENT_HIT_TOLERANCE_PX = 6;

export interface ElementHit {
  key: string;
  name: { zh: string; en: string };
}

/** Everything under the pointer, each list top-most first, as a renderer found it. */
export interface PointerHits {
  /** codes of the region names under the pointer */
  labels: readonly string[];
  /** layout elements under the pointer (symbols, names) or within ELEMENT_HIT_TOLERANCE_PX (lines) */
  elements: readonly ElementHit[];
  /** codes of the region fills under the pointer */
  regions: readonly string[];
}

export interface HitScope {
  /** a selectable region of the data (not a context province, not a stale feature) */
  isRegion(code: string): boolean;
  /** a child of a displayed parent */
  isDisplayed(code: string): boolean;
}

export function pickTarget(hits: PointerHits, scope: HitScope): MapTarget | null {
  const label = hits.labels[0];
  if (label !== undefined && scope.isRegion(label)) return { type: 'region', code: label };
  const element = hits.elements[0];
  if (element) return { type: 'element', key: element.key, name: element.name };
  const code = hits.regions.find((c) => scope.isDisplayed(c)) ?? hits.regions[0];
  return code !== undefined && scope.isRegion(code) ? { type: 'region', code } : null;
}
