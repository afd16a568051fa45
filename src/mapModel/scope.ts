/**
 * Which regions a scope draws: the children of the displayed parents solid and clickable, other
 * prefectures and new areas faint underneath, counties only where displayed; new areas over the
 * prefectures they lie in (Xiong'an over Baoding).
 */
import type { RegionData, RegionFeatureCollection, RegionLayer } from '../data/regions';

export interface ScopeRegions {
  /** Faint regions underneath (clickable, not in the tab order), then the displayed ones on top. */
  faint: string[];
  /** Children of the displayed parents, new areas last (drawn on top). */
  displayed: string[];
}

/** Region layers drawn only under the displayed parents; the others are drawn everywhere (faint outside). */
export const DISPLAYED_ONLY_LAYERS: readonly RegionLayer[] = ['counties'];
/** Region layers in drawing order, bottom first (new areas over prefectures and counties). */
export const REGION_DRAW_ORDER: readonly RegionLayer[] = ['prefectures', 'counties', 'newareas'];

/** True for a region whose parent is one of the displayed parents. */
export function isDisplayed(parent: string | null | undefined, parents: readonly string[]): boolean {
  return parent != null && parents.includes(parent);
}

const scopeCache = new WeakMap<RegionData, Map<string, ScopeRegions>>();

/** Which regions are drawn for these displayed parents; memoised per pack and scope. */
export function scopeRegions(data: RegionData, parents: readonly string[]): ScopeRegions {
  const key = [...parents].sort().join(',');
  let perPack = scopeCache.get(data);
  if (!perPack) scopeCache.set(data, (perPack = new Map()));
  const cached = perPack.get(key);
  if (cached) return cached;
  const displayed = parents.flatMap((p) => (data.children.get(p) ?? []).map((r) => r.code));
  const shown = new Set(displayed);
  const faint = REGION_DRAW_ORDER.filter((layer) => !DISPLAYED_ONLY_LAYERS.includes(layer))
    .flatMap((layer) => codes(data.layers[layer]))
    .filter((code) => !shown.has(code));
  // A stable sort: siblings keep their order, new areas go last (on top).
  const onTop = (code: string) => Number(data.regions.get(code)?.layer === 'newareas');
  displayed.sort((a, b) => onTop(a) - onTop(b));
  const result = { faint, displayed };
  perPack.set(key, result);
  return result;
}

const codes = (fc: RegionFeatureCollection) => fc.features.map((f) => f.properties.code);
