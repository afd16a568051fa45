/**
 * The region layers as typed maplibre specs, their paint generated from the map model
 * (src/mapModel): colour, opacity by scope, filter and hover, outlines per look, name order.
 * No maplibre calls here; the region layers module applies them.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/strings';
import type { RegionLayer } from '../data/regions';
import {
  DESK_LOOK,
  DISPLAYED_ONLY_LAYERS,
  LABEL_AREA_CEILING,
  PROVINCE_COLOURS,
  REGION_COLOURS,
  REGION_HIT_LAYERS,
  LINE_JOIN,
  interpretationOutlineOpacity,
  labelProperty,
  labelRank,
  labelStyle,
  regionFillOpacity,
  regionPaint,
  type MapLook,
  type Stroke,
} from '../mapModel';
import { byMatchState, hoveredExpression, ifElse, matchTable } from './expressions';

export { MATCH } from '../filter/matchStyle';
/** Until the SVG map reads the model: it imports the colours from here. */
export { REGION_COLOURS } from '../mapModel';

/** Layers whose fills can be hovered and clicked, top-most first. */
export const INTERACTIVE_LAYERS = REGION_HIT_LAYERS;
export const fillLayerId = (layer: RegionLayer) => `${layer}-fill`;
export const lineLayerId = (layer: RegionLayer) => `${layer}-line`;
export const interpretationLayerId = (layer: RegionLayer) => `${layer}-interpretation`;
export const LABEL_LAYER_ID = 'region-labels';
export const LABEL_SOURCE_ID = 'region-labels';
/** The selected region's outline has a source of its own: one small feature, not every region drawn at width 0. */
export const SELECTION_SOURCE_ID = 'selection';
export const SELECTION_LAYER_ID = 'selection-line';

/** The region layers whose matches can be only our interpretation: each gets a dashed outline layer, shown by feature-state. */
export const INTERPRETATION_OUTLINE_LAYERS = INTERACTIVE_LAYERS.map(interpretationLayerId);
/** Layers of a source drawn only under the displayed parents (counties), filtered by scope. */
export const SCOPED_LAYER_IDS = DISPLAYED_ONLY_LAYERS.flatMap((layer) => [
  fillLayerId(layer),
  lineLayerId(layer),
  interpretationLayerId(layer),
]);

/** True for features whose parent is one of the displayed parents. */
export function displayedExpression(parents: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'parent'], ['literal', [...parents]]];
}

/** Fill colour from the code's province prefix. */
const provinceColour = matchTable(['slice', ['get', 'code'], 0, 2], Object.entries(PROVINCE_COLOURS), REGION_COLOURS.other);

/**
 * Fill opacity by hover, filter match (feature-state, so a filter change restyles on the main
 * thread without re-tiling the sources) and scope: the model's function at every state.
 */
export function fillOpacity(parents: readonly string[], look: MapLook = DESK_LOOK): ExpressionSpecification {
  const displayed = displayedExpression(parents);
  const at = (hovered: boolean) =>
    byMatchState((match) =>
      ifElse(
        displayed,
        regionFillOpacity({ hovered, match, displayed: true }, look),
        regionFillOpacity({ hovered, match, displayed: false }, look),
      ),
    );
  return ['case', hoveredExpression, at(true), at(false)] as ExpressionSpecification;
}

export const interpretationOpacity = byMatchState(interpretationOutlineOpacity) as ExpressionSpecification;

export function labelField(lang: Lang): ExpressionSpecification {
  return ['get', labelProperty(lang)];
}

/** The model's label rank (new areas first, then larger regions) as maplibre's symbol-sort-key. */
export const labelSortKey = [
  'case',
  ['==', ['get', 'level'], 'newarea'],
  labelRank({ level: 'newarea', areaKm2: 0 }),
  ['-', LABEL_AREA_CEILING, ['get', 'area_km2']],
] as ExpressionSpecification;

export function baseStyle(look: MapLook = DESK_LOOK): StyleSpecification {
  // No `glyphs`: maplibre then draws labels with the system's fonts, so nothing is fetched.
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': regionPaint(look).background } }],
  };
}

/** Round joins and caps on every outline (the model's LINE_JOIN): no spikes where a wide line bends. */
const ROUND_LINE = { 'line-join': LINE_JOIN, 'line-cap': 'round' } as const;
/** Dashed outlines keep butt caps: round ones would close the gaps. */
const lineLayout = (stroke: Stroke) => (stroke.dash ? ({ 'line-join': LINE_JOIN } as const) : ROUND_LINE);

const strokePaint = (stroke: Stroke) => ({
  'line-color': stroke.colour,
  'line-width': stroke.width,
  ...(stroke.dash ? { 'line-dasharray': [...stroke.dash] } : {}),
});

export function regionLayers(parents: readonly string[], look: MapLook = DESK_LOOK): LayerSpecification[] {
  const paint = regionPaint(look);
  const scoped = (layer: RegionLayer): ExpressionSpecification =>
    DISPLAYED_ONLY_LAYERS.includes(layer) ? displayedExpression(parents) : ['all'];
  const regionFill = (layer: RegionLayer, colour: ExpressionSpecification | string): LayerSpecification => ({
    id: fillLayerId(layer),
    type: 'fill',
    source: layer,
    filter: scoped(layer),
    paint: { 'fill-color': colour, 'fill-opacity': fillOpacity(parents, look) },
  });
  const outline = (layer: RegionLayer, stroke: Stroke): LayerSpecification => ({
    id: lineLayerId(layer),
    type: 'line',
    source: layer,
    filter: scoped(layer),
    layout: lineLayout(stroke),
    paint: strokePaint(stroke),
  });
  // Drawn over every fill of its source, so a neighbour's outline never covers half of it.
  const interpretationOutline = (layer: RegionLayer): LayerSpecification => ({
    id: interpretationLayerId(layer),
    type: 'line',
    source: layer,
    filter: scoped(layer),
    layout: { 'line-join': LINE_JOIN } as const,
    paint: { ...strokePaint(paint.interpretation), 'line-opacity': interpretationOpacity },
  });
  return [
    { id: 'context-fill', type: 'fill', source: 'context', paint: { 'fill-color': paint.contextFill } },
    { id: 'context-line', type: 'line', source: 'context', layout: ROUND_LINE, paint: strokePaint(paint.context) },
    regionFill('prefectures', provinceColour as ExpressionSpecification),
    regionFill('counties', provinceColour as ExpressionSpecification),
    outline('counties', paint.counties),
    outline('prefectures', paint.prefectures),
    interpretationOutline('prefectures'),
    interpretationOutline('counties'),
    regionFill('newareas', REGION_COLOURS.newarea),
    outline('newareas', paint.newareas),
    interpretationOutline('newareas'),
    outline('provinces', paint.provinces),
    { id: SELECTION_LAYER_ID, type: 'line', source: SELECTION_SOURCE_ID, layout: ROUND_LINE, paint: strokePaint(paint.selection) },
  ];
}

/**
 * Region names. Added once the regions are first drawn: building the text shader and the CJK
 * glyphs is the costliest part of a first frame without a GPU, and shapes without names are
 * already a useful map.
 */
export function labelLayer(parents: readonly string[], lang: Lang, look: MapLook = DESK_LOOK): LayerSpecification {
  const style = labelStyle(look);
  return {
    id: LABEL_LAYER_ID,
    type: 'symbol',
    source: LABEL_SOURCE_ID,
    filter: displayedExpression(parents),
    layout: {
      'text-field': labelField(lang),
      'text-size': labelSize(look),
      'text-max-width': style.maxWidthEm,
      'text-padding': style.paddingPx,
      // Placed before every layout mark (layoutStyle), so never dropped for one; which names show and
      // their moves off the marks are the model's, set at the end of each move (nameOffsets.ts).
      // Xiong'an first, then larger regions: small neighbours give way rather than the reverse.
      'symbol-sort-key': labelSortKey,
    },
    paint: { 'text-color': style.colour, 'text-halo-color': style.halo, 'text-halo-width': style.haloWidth },
  };
}

export function labelSize(look: MapLook): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...labelStyle(look).sizeStops.flat()] as ExpressionSpecification;
}

/** Paint and filter updates for a new set of displayed parents (drilling). */
export function scopeUpdates(parents: readonly string[], look: MapLook = DESK_LOOK) {
  return {
    fillOpacity: fillOpacity(parents, look),
    scopedFilter: displayedExpression(parents),
    labelFilter: displayedExpression(parents),
  };
}
