/**
 * The map's style as typed constants: colours, layer specs and the expressions that
 * depend on the drill scope and language. No maplibre calls here; MapController applies them.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/strings';
import type { RegionLayer } from '../data/regions';
import { INTERPRETATION_LINE, MATCH, MATCH_FILL } from '../filter/matchStyle';

export { MATCH } from '../filter/matchStyle';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const REGION_COLOURS = {
  jilin: '#0072B2',
  hebei: '#D55E00',
  zhejiang: '#009E73',
  newarea: '#CC79A7',
  other: '#999999',
} as const;

/** Fill colour from the code's province prefix (22 Jilin, 13 Hebei, 33 Zhejiang). */
const provinceColour: ExpressionSpecification = [
  'match',
  ['slice', ['get', 'code'], 0, 2],
  '22', REGION_COLOURS.jilin,
  '13', REGION_COLOURS.hebei,
  '33', REGION_COLOURS.zhejiang,
  REGION_COLOURS.other,
];

/** Layers whose fills can be hovered and clicked, top-most first. */
export const INTERACTIVE_LAYERS: readonly RegionLayer[] = ['newareas', 'counties', 'prefectures'];
export const fillLayerId = (layer: RegionLayer) => `${layer}-fill`;
export const LABEL_LAYER_ID = 'region-labels';
export const LABEL_SOURCE_ID = 'region-labels';
/** The selected region's outline has a source of its own: one small feature, not every region drawn at width 0. */
export const SELECTION_SOURCE_ID = 'selection';

/** True for features whose parent is one of the displayed parents. */
export function displayedExpression(parents: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'parent'], ['literal', [...parents]]];
}

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/**
 * Filter match as feature-state `match` (the numbers of MATCH: planned there, through a wider
 * plan, only our interpretation, filter on but not matched, no filter). Keeping the filter in
 * feature-state (not in the paint expression) means a filter change restyles on the main thread
 * without re-tiling the sources.
 */
const match: ExpressionSpecification = ['number', ['feature-state', 'match'], MATCH.none];
const matchIs = (state: number): ExpressionSpecification => ['==', match, state];

/** Displayed regions are solid, others faint; under a filter, matches stand out and the rest dim (MATCH_FILL). */
function fillOpacity(parents: readonly string[], strength = 1): ExpressionSpecification {
  const displayed = displayedExpression(parents);
  // `strength` > 1 (high contrast) deepens the tints; the unmatched stay faint so matches stand out.
  const o = (value: number) => Math.min(0.95, value * strength);
  const byState = (state: typeof MATCH.own | typeof MATCH.viaParent | typeof MATCH.interpretation) => [
    matchIs(state),
    ['case', displayed, o(MATCH_FILL[state][0]), o(MATCH_FILL[state][1])],
  ];
  return [
    'case',
    hovered, ['case', matchIs(MATCH.none), o(0.85), o(0.9)],
    ...byState(MATCH.own),
    ...byState(MATCH.interpretation),
    ...byState(MATCH.viaParent),
    matchIs(MATCH.unmatched), MATCH_FILL[MATCH.unmatched][0],
    displayed, o(MATCH_FILL[MATCH.none][0]),
    o(MATCH_FILL[MATCH.none][1]),
  ] as ExpressionSpecification;
}

/** The region layers whose matches can be only our interpretation: each gets a dashed outline layer, shown by feature-state. */
export const INTERPRETATION_OUTLINE_LAYERS = INTERACTIVE_LAYERS.map((layer) => `${layer}-interpretation`);

export function labelField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}

export function baseStyle(): StyleSpecification {
  // No `glyphs`: maplibre then draws labels with the system's fonts, so nothing is fetched.
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dfe7ec' } }],
  };
}

export function regionLayers(parents: readonly string[]): LayerSpecification[] {
  const regionFill = (layer: RegionLayer, colour: ExpressionSpecification | string): LayerSpecification => ({
    id: fillLayerId(layer),
    type: 'fill',
    source: layer,
    filter: layer === 'counties' ? displayedExpression(parents) : ['all'],
    paint: { 'fill-color': colour, 'fill-opacity': fillOpacity(parents) },
  });
  const outline = (layer: RegionLayer, colour: string, width: number, dashed = false): LayerSpecification => ({
    id: `${layer}-line`,
    type: 'line',
    source: layer,
    filter: layer === 'counties' ? displayedExpression(parents) : ['all'],
    paint: {
      'line-color': colour,
      'line-width': width,
      ...(dashed ? { 'line-dasharray': [2, 1] } : {}),
    },
  });
  // Drawn over every fill of its source, so a neighbour's outline never covers half of it.
  const interpretationOutline = (layer: RegionLayer): LayerSpecification => ({
    id: `${layer}-interpretation`,
    type: 'line',
    source: layer,
    filter: layer === 'counties' ? displayedExpression(parents) : ['all'],
    paint: {
      'line-color': INTERPRETATION_LINE.colour,
      'line-width': INTERPRETATION_LINE.width,
      'line-dasharray': [...INTERPRETATION_LINE.dash],
      'line-opacity': ['case', matchIs(MATCH.interpretation), 1, 0],
    },
  });
  return [
    { id: 'context-fill', type: 'fill', source: 'context', paint: { 'fill-color': '#f4f2ee' } },
    { id: 'context-line', type: 'line', source: 'context', paint: { 'line-color': '#b8b3aa', 'line-width': 0.8 } },
    regionFill('prefectures', provinceColour),
    regionFill('counties', provinceColour),
    outline('counties', '#ffffff', 0.8),
    outline('prefectures', '#ffffff', 1.6),
    interpretationOutline('prefectures'),
    interpretationOutline('counties'),
    regionFill('newareas', REGION_COLOURS.newarea),
    outline('newareas', '#6d2f5a', 2, true),
    interpretationOutline('newareas'),
    outline('provinces', '#3b3b3b', 2.2),
    { id: 'selection-line', type: 'line', source: SELECTION_SOURCE_ID, paint: { 'line-color': '#111111', 'line-width': 4 } },
  ];
}

/**
 * Region names. Added once the regions are first drawn: building the text shader and the CJK
 * glyphs is the costliest part of a first frame without a GPU, and shapes without names are
 * already a useful map.
 */
export function labelLayer(parents: readonly string[], lang: Lang): LayerSpecification {
  return {
    id: LABEL_LAYER_ID,
    type: 'symbol',
    source: LABEL_SOURCE_ID,
    filter: displayedExpression(parents),
    layout: {
      'text-field': labelField(lang),
      'text-size': ['interpolate', ['linear'], ['zoom'], 4, 13, 8, 17],
      'text-max-width': 8,
      'text-padding': 3,
      // Xiong'an first, then larger regions: small neighbours give way rather than the reverse.
      'symbol-sort-key': ['case', ['==', ['get', 'level'], 'newarea'], 0, ['-', 1e7, ['get', 'area_km2']]],
    },
    paint: { 'text-color': '#1b1b1b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
  };
}

/** Paint and filter updates for a new set of displayed parents (drilling). */
export function scopeUpdates(parents: readonly string[], strength = 1) {
  return {
    fillOpacity: fillOpacity(parents, strength),
    countyFilter: displayedExpression(parents),
    labelFilter: displayedExpression(parents),
  };
}
