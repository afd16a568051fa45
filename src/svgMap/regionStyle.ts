/**
 * What the fallback map draws for the current scope and how, pure. Same rules as the WebGL map
 * (src/map/layerStyle.ts): the children of the displayed parents are solid and clickable, other
 * prefectures and new areas faint, and the filter's match strengths light regions up.
 */
import { REGION_COLOURS } from '../map/layerStyle';
import { MATCH, MATCH_FILL, type MatchState, type MatchStrength } from '../filter/matchStyle';
import type { RegionData, RegionFeatureCollection } from '../data/regions';

export type { MatchState } from '../filter/matchStyle';

export interface ScopeRegions {
  /** Faint regions underneath (clickable, not in the tab order), then the displayed ones on top. */
  faint: string[];
  displayed: string[];
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
  // As on the WebGL map: prefectures and new areas are always drawn, counties only when displayed.
  const faint = [...data.layers.prefectures.features, ...data.layers.newareas.features]
    .map((f) => f.properties.code)
    .filter((code) => !shown.has(code));
  // New areas last, so Xiong'an lies over Baoding as on the WebGL map.
  const newareas = new Set(codes(data.layers.newareas));
  displayed.sort((a, b) => Number(newareas.has(a)) - Number(newareas.has(b)));
  const result = { faint, displayed };
  perPack.set(key, result);
  return result;
}

const codes = (fc: RegionFeatureCollection) => fc.features.map((f) => f.properties.code);

/** Fill colour by the code's province prefix, new areas in their own colour. */
export function regionColour(code: string, level: string): string {
  if (level === 'newarea') return REGION_COLOURS.newarea;
  const prefix = code.slice(0, 2);
  return prefix === '22' ? REGION_COLOURS.jilin : prefix === '13' ? REGION_COLOURS.hebei : prefix === '33' ? REGION_COLOURS.zhejiang : REGION_COLOURS.other;
}

/** The filter state of a region: none without a filter, else its strength or unmatched. */
export function matchState(matches: ReadonlyMap<string, MatchStrength> | null, code: string): MatchState {
  if (!matches) return MATCH.none;
  return matches.get(code) ?? MATCH.unmatched;
}

export const MATCH_NAMES: Record<MatchState, string> = {
  [MATCH.none]: 'none',
  [MATCH.own]: 'own',
  [MATCH.viaParent]: 'via-parent',
  [MATCH.interpretation]: 'interpretation',
  [MATCH.unmatched]: 'unmatched',
};

/** The same opacities as the WebGL map's `fill-opacity` expression (hover is drawn as an overlay). */
export function fillOpacity(displayed: boolean, match: MatchState): number {
  return MATCH_FILL[match][displayed ? 0 : 1];
}
