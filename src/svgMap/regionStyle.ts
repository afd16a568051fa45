/**
 * The map model's region rules as SVG paint: every colour, width and opacity comes from
 * src/mapModel (as on the WebGL map); only the unit changes (dashes in pixels, CSS custom properties).
 */
import type { CSSProperties } from 'react';
import { MATCH, type MatchState } from '../filter/matchStyle';
import { regionColour, regionFillOpacity, regionPaint, labelStyle, type MapLook, type RegionPaintState, type Stroke } from '../mapModel';

/** The filter state as the region's data-match attribute. */
export const MATCH_NAMES: Record<MatchState, string> = {
  [MATCH.none]: 'none',
  [MATCH.own]: 'own',
  [MATCH.viaParent]: 'via-parent',
  [MATCH.interpretation]: 'interpretation',
  [MATCH.unmatched]: 'unmatched',
};

export interface RegionFill {
  colour: string;
  opacity: number;
}

/** A region's fill, not hovered. */
export function regionFill(code: string, level: string, state: Omit<RegionPaintState, 'hovered'>, look: MapLook): RegionFill {
  return { colour: regionColour(code, level), opacity: regionFillOpacity({ ...state, hovered: false }, look) };
}

/**
 * The hover is drawn as a second fill of the same colour over the region's own, so that the
 * two together have the hovered opacity of the model: a over o gives o + a(1 − o).
 */
export function hoverOverlayOpacity(state: Omit<RegionPaintState, 'hovered'>, look: MapLook): number {
  const under = regionFillOpacity({ ...state, hovered: false }, look);
  const hovered = regionFillOpacity({ ...state, hovered: true }, look);
  return under >= 1 ? 0 : Math.max(0, (hovered - under) / (1 - under));
}

/** A dash pattern in pixels: the model counts dashes in line widths, as maplibre does. */
export const dashPx = (stroke: Stroke) => stroke.dash?.map((d) => +(d * stroke.width).toFixed(2)).join(' ');

/** The look as CSS custom properties on the map, read by svgMap.css. */
export function lookVariables(look: MapLook): CSSProperties {
  const paint = regionPaint(look);
  const label = labelStyle(look);
  const stroke = (name: string, s: Stroke) => ({ [`--svg-${name}-line`]: s.colour, [`--svg-${name}-width`]: `${s.width}px` });
  return {
    '--svg-background': paint.background,
    '--svg-context-fill': paint.contextFill,
    ...stroke('context', paint.context),
    ...stroke('county', paint.counties),
    ...stroke('prefecture', paint.prefectures),
    ...stroke('province', paint.provinces),
    ...stroke('newarea', paint.newareas),
    '--svg-newarea-dash': dashPx(paint.newareas),
    ...stroke('selection', paint.selection),
    '--svg-label': label.colour,
    '--svg-halo': label.halo,
    // The halo reaches haloWidth beyond the glyph; an SVG stroke reaches half its width.
    '--svg-halo-width': `${2 * label.haloWidth}px`,
  } as CSSProperties;
}
