/**
 * The per-feature states the map's paint reads (see layerStyle / layoutStyle): a region's filter
 * match and hover, a layout element's dimming. Feature-state only: no source, layer or paint change.
 */
import type * as maplibregl from 'maplibre-gl';
import { MATCH, type MatchState, type MatchStrength } from '../filter/matchStyle';
import { LAYOUT_SOURCES } from './layoutStyle';
import type { FeatureRef } from './regionLayers';

export class FeatureStates {
  /** Each region's filter state as last set (codes absent = MATCH.none). */
  private matchStates = new Map<string, MatchState>();
  private hovered: FeatureRef | null = null;
  private dimmedElements = new Set<string>();

  constructor(
    private readonly map: maplibregl.Map,
    private readonly featureRef: (code: string) => FeatureRef | null,
  ) {}

  /**
   * Lights regions by filter match (MATCH: planned there, through a wider plan, only our
   * interpretation) and dims the rest while a filter is on.
   */
  setFilterMatch(codes: Iterable<string>, active: boolean, strengths: ReadonlyMap<string, MatchStrength>) {
    const next = new Map<string, MatchState>();
    if (active) for (const code of codes) next.set(code, strengths.get(code) ?? MATCH.unmatched);
    for (const code of this.matchStates.keys()) {
      if (!next.has(code)) this.setRegionState(code, { match: MATCH.none });
    }
    for (const [code, state] of next) {
      if (this.matchStates.get(code) !== state) this.setRegionState(code, { match: state });
    }
    this.matchStates = next;
  }

  setHovered(ref: FeatureRef | null) {
    if (this.hovered) this.map.setFeatureState(this.hovered, { hover: false });
    this.hovered = ref;
    if (ref) this.map.setFeatureState(ref, { hover: true });
  }

  /** Dims the layout elements that do not match the filter (null: no filter, nothing dimmed). */
  setElementMatches(ids: ReadonlyMap<string, number>, matched: ReadonlySet<string> | null) {
    const dimmed = new Set(matched ? [...ids.keys()].filter((key) => !matched.has(key)) : []);
    for (const [key, id] of ids) {
      if (dimmed.has(key) === this.dimmedElements.has(key)) continue;
      for (const source of Object.values(LAYOUT_SOURCES)) {
        if (this.map.getSource(source)) this.map.setFeatureState({ source, id }, { dimmed: dimmed.has(key) });
      }
    }
    this.dimmedElements = dimmed;
  }

  private setRegionState(code: string, state: Record<string, unknown>) {
    const ref = this.featureRef(code);
    if (ref) this.map.setFeatureState(ref, state);
  }
}
