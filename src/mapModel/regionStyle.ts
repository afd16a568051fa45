/**
 * How a region is painted: its colour, its fill opacity by (displayed, filter match, hover, look)
 * and its outlines per look. One function per rule; the WebGL map's expressions are generated
 * from these, and the SVG map calls them directly.
 */
import { INTERPRETATION_LINE, MATCH, MATCH_FILL, MATCH_FILL_MAX, type MatchState, type MatchStrength } from '../filter/matchStyle';
import { PALETTES, fillStrength, outlineWidth, type MapLook } from './look';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const REGION_COLOURS = {
  jilin: '#0072B2',
  hebei: '#D55E00',
  zhejiang: '#009E73',
  newarea: '#CC79A7',
  other: '#999999',
} as const;

/** Fill colour by the code's province prefix (22 Jilin, 13 Hebei, 33 Zhejiang); `other` for the rest. */
export const PROVINCE_COLOURS: Readonly<Record<string, string>> = {
  '22': REGION_COLOURS.jilin,
  '13': REGION_COLOURS.hebei,
  '33': REGION_COLOURS.zhejiang,
};

/** Fill colour of a region: new areas in their own colour, the rest by province (`level`: a RegionLevel or a feature's level string). */
export function regionColour(code: string, level: string): string {
  if (level === 'newarea') return REGION_COLOURS.newarea;
  return PROVINCE_COLOURS[code.slice(0, 2)] ?? REGION_COLOURS.other;
}

/** The filter state of a region: none without a filter, else its strength or unmatched. */
export function matchState(matches: ReadonlyMap<string, MatchStrength> | null, code: string): MatchState {
  if (!matches) return MATCH.none;
  return matches.get(code) ?? MATCH.unmatched;
}

/** Every state a region's fill can be in (for generating and testing renderers' styles). */
export interface RegionPaintState {
  /** A child of a displayed parent: solid and clickable; otherwise faint. */
  displayed: boolean;
  match: MatchState;
  hovered: boolean;
}

export const MATCH_STATES: readonly MatchState[] = [MATCH.none, MATCH.unmatched, MATCH.viaParent, MATCH.own, MATCH.interpretation];

/** Fill opacity under the pointer: without a filter, and with one (any match state). */
export const HOVER_FILL = { plain: 0.85, filtered: 0.9 } as const;
/** No tint is more opaque than this, however strong the theme makes it. */
const MAX_FILL = 0.95;

/**
 * Displayed regions are solid, others faint; under a filter, every match reads as planned (named
 * here darkest, covered from above a step lighter, both stronger than the unfiltered map) and the
 * rest dim. High contrast deepens the tints up to each state's ceiling (MATCH_FILL_MAX), so the
 * steps stay apart; the dimmed unmatched stay faint.
 */
export function regionFillOpacity(state: RegionPaintState, look: MapLook): number {
  const strength = fillStrength(look);
  if (state.hovered) return Math.min(MAX_FILL, (state.match === MATCH.none ? HOVER_FILL.plain : HOVER_FILL.filtered) * strength);
  const [displayed, faint] = MATCH_FILL[state.match];
  const value = state.displayed ? displayed : faint;
  return Math.min(MAX_FILL, MATCH_FILL_MAX[state.match], value * strength);
}

/** The dashed outline drawn over a match that is only our interpretation: shown (1) or not (0). */
export const interpretationOutlineOpacity = (match: MatchState) => (match === MATCH.interpretation ? 1 : 0);

export interface Stroke {
  colour: string;
  width: number;
  /** dash and gap in line widths (maplibre's unit); SVG multiplies by the width */
  dash?: readonly number[];
}

/** Outline widths on a desk in the default theme (px). */
export const REGION_LINE_WIDTHS = { context: 0.8, counties: 0.8, prefectures: 1.6, provinces: 2.2, selection: 4 } as const;
/** New areas' own dashed outline; the same in every look. */
export const NEWAREA_OUTLINE: Stroke = { colour: '#6d2f5a', width: 2, dash: [2, 1] };

export interface RegionPaint {
  background: string;
  contextFill: string;
  context: Stroke;
  counties: Stroke;
  prefectures: Stroke;
  provinces: Stroke;
  newareas: Stroke;
  selection: Stroke;
  interpretation: Stroke;
}

/**
 * Outlines are drawn with round joins and caps on both maps (SVG: stroke-linejoin; WebGL: line-join):
 * a wide line with mitred joins along a detailed boundary draws a spike at every bend, the saw-tooth
 * the selection showed in high contrast and dark.
 */
export const LINE_JOIN = 'round';

/**
 * The selection's width: the room's scale, but only part of high contrast's boost (at 1.8× a 4 px line
 * became 11 px in a room, wider than the boundary's detail, so every bend showed).
 */
export const selectionWidth = (look: MapLook) =>
  REGION_LINE_WIDTHS.selection * look.scale * Math.min(PALETTES[look.theme].lineBoost, SELECTION_MAX_BOOST);
export const SELECTION_MAX_BOOST = 1.25;

/** Ground, context and every region outline for a look. */
export function regionPaint(look: MapLook): RegionPaint {
  const p = PALETTES[look.theme];
  const w = (width: number) => outlineWidth(look, width);
  return {
    background: p.background,
    contextFill: p.contextFill,
    context: { colour: p.contextLine, width: w(REGION_LINE_WIDTHS.context) },
    counties: { colour: p.regionLine, width: w(REGION_LINE_WIDTHS.counties) },
    prefectures: { colour: p.regionLine, width: w(REGION_LINE_WIDTHS.prefectures) },
    provinces: { colour: p.provinceLine, width: w(REGION_LINE_WIDTHS.provinces) },
    newareas: NEWAREA_OUTLINE,
    selection: { colour: p.selection, width: selectionWidth(look) },
    interpretation: { colour: p.provinceLine, width: w(INTERPRETATION_LINE.width), dash: INTERPRETATION_LINE.dash },
  };
}
