/**
 * Region names on the WebGL map are the ones the SVG map shows, where it shows them: at the end of
 * each move the model's placement (placeMapNames) picks the names and moves one that sits on a
 * layout symbol or belt line just off it; maplibre takes the choice as the label layer's filter and
 * each move as the name's text-offset. During a move maplibre's own collision, in the same order
 * (labelRank), keeps the names from piling up.
 */
import type * as maplibregl from 'maplibre-gl';
import type { RegionData } from '../data/regions';
import type { Lang } from '../i18n/strings';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import {
  labelSize,
  labelStyle,
  layoutPaint,
  linePlaces,
  placeMapNames,
  regionNameOffsets,
  regionNamePoints,
  scopeRegions,
  symbolBox,
  symbolPlaces,
  type Box,
  type LayoutView,
  type MapLook,
  type ScreenProjection,
} from '../mapModel';

export interface NamePlacementInput {
  data: RegionData;
  parents: readonly string[];
  lang: Lang;
  look: MapLook;
  layouts: LayoutCollections | null;
  layoutView: LayoutView;
  /** boxes of what stands over the map: no name under them */
  overlays: readonly Box[];
}

export interface NamePlacement {
  /** codes of the regions whose names show */
  shown: string[];
  /** each moved name's offset in ems */
  offsets: Map<string, [number, number]>;
  /** the names' size (px) it was made for */
  fontPx: number;
}

/** Which region names show and how far each moves off its point, at the map's camera now. */
export function namePlacementOnMap(map: maplibregl.Map, input: NamePlacementInput): NamePlacement {
  const { data, parents, lang, look, layouts, layoutView, overlays } = input;
  const project: ScreenProjection = (lngLat) => {
    const p = map.project(lngLat as [number, number]);
    return [p.x, p.y];
  };
  const fontPx = labelSize(map.getZoom(), look);
  const regions = regionNamePoints(data, scopeRegions(data, parents).displayed, project, lang);
  const container = map.getContainer();
  const placed = placeMapNames({
    regions,
    regionFontPx: fontPx,
    symbols: layouts ? symbolPlaces(layouts, layoutView, project, look).map(symbolBox) : [],
    lines: layouts ? linePlaces(layouts, layoutView, project).map((l) => l.points) : [],
    lineWidthPx: layoutPaint(look).lineWidth,
    screen: { width: container.clientWidth, height: container.clientHeight },
    overlays,
    gap: labelStyle(look).paddingPx,
  });
  return { shown: placed.regions.map((r) => r.code).sort(), offsets: regionNameOffsets(regions, placed.regions, fontPx), fontPx };
}

/** The label layer's filter for these names: the model's choice, within the displayed regions it was made for. */
export function shownNamesFilter(shown: readonly string[]): maplibregl.FilterSpecification {
  return ['in', ['to-string', ['get', 'code']], ['literal', shown]];
}

/** The label layer's text-offset for these moves: a match on the region code, no move for the rest. */
export function textOffsetValue(
  offsets: ReadonlyMap<string, [number, number]>,
): maplibregl.DataDrivenPropertyValueSpecification<[number, number]> {
  if (!offsets.size) return [0, 0];
  const cases = [...offsets].sort(([a], [b]) => a.localeCompare(b)).flatMap(([code, offset]) => [code, ['literal', offset]]);
  return [
    'match',
    ['to-string', ['get', 'code']],
    ...cases,
    ['literal', [0, 0]],
  ] as unknown as maplibregl.DataDrivenPropertyValueSpecification<[number, number]>;
}
