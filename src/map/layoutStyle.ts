/**
 * Layer specs for the plans' spatial layouts (drawn above the regions), generated from the map
 * model's layout style: kinds, plan colours, dimming, widths per look and names.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/strings';
import { DEFAULT_PLAN_COLOUR, KIND_STYLE, PLAN_COLOURS } from '../layouts/symbols';
import {
  DASHED_LINE_KINDS,
  DESK_LOOK,
  FALLBACK_SHAPE,
  HATCH,
  HATCHED_KINDS,
  LAYOUT_DASHES,
  SOLID_LINE_KINDS,
  TINTED_KINDS,
  elementOpacity,
  layoutPaint,
  type ElementPart,
  type LayoutView,
  type MapLook,
} from '../mapModel';
import { dimmedExpression, ifElse, matchTable } from './expressions';

export type { LayoutView } from '../mapModel';

export const LAYOUT_SOURCES = { points: 'layout-points', lines: 'layout-lines', areas: 'layout-areas' } as const;
/**
 * Every layout layer goes below the region names (maplibre places the top-most layer first): region
 * names are placed first and never give way to a symbol or a belt; then the symbols (always drawn)
 * and the keep-out marks, then the elements' names, which keep clear of all of them.
 */
export const LAYOUT_POINT_LAYER = 'layout-points';
/** The elements' names: placed last, beside their symbols. */
export const LAYOUT_NAME_LAYER = 'layout-names';
/** Invisible marks along belts and corridors that element names keep clear of (drawn as nothing, never a hit target). */
export const LAYOUT_KEEPOUT_LAYER = 'layout-line-keepout';
export const KEEPOUT_IMAGE = 'layout-keepout';
export const LAYOUT_LINE_LAYER = 'layout-lines';
export const LAYOUT_CORRIDOR_LAYER = 'layout-corridors';
export const LAYOUT_AREA_FILL_LAYER = 'layout-area-fill';
/** Layers a pointer can hit, top-most first. */
export const LAYOUT_CLICKABLE_LAYERS = [LAYOUT_POINT_LAYER, LAYOUT_NAME_LAYER, LAYOUT_LINE_LAYER, LAYOUT_CORRIDOR_LAYER] as const;
/** Layers whose features are elements drawn (for the test handle). */
export const LAYOUT_ELEMENT_LAYERS = [LAYOUT_POINT_LAYER, LAYOUT_LINE_LAYER, LAYOUT_CORRIDOR_LAYER, LAYOUT_AREA_FILL_LAYER] as const;

const planColour = matchTable(['get', 'plan'], Object.entries(PLAN_COLOURS), DEFAULT_PLAN_COLOUR) as ExpressionSpecification;
const shapeOfKind = matchTable(
  ['get', 'kind'],
  Object.entries(KIND_STYLE).map(([kind, style]) => [kind, style.shape] as const),
  FALLBACK_SHAPE,
) as ExpressionSpecification;

const kindIn = (kinds: readonly string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', [...kinds]]];
const isInterpretation: ExpressionSpecification = ['==', ['get', 'status'], 'interpretation'];

function visibleFilter(view: LayoutView): ExpressionSpecification {
  return ['!', ['in', ['get', 'plan'], ['literal', [...view.hiddenPlans]]]];
}

/** A part's opacity, lower for elements the filter dims (feature-state `dimmed`). */
const emphasis = (part: ElementPart) =>
  ifElse(dimmedExpression, elementOpacity(part, true), elementOpacity(part, false)) as ExpressionSpecification;

/** An element's name, broken into lines by the model (elementLabelProps: never before punctuation). */
export function layoutLabel(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'label_zh' : 'label_en'];
}

const ROUND = { 'line-join': 'round', 'line-cap': 'round' } as const;

function areaLayers(
  visible: ExpressionSpecification,
  isSelected: ExpressionSpecification,
  paint: ReturnType<typeof layoutPaint>,
): LayerSpecification[] {
  return [
    {
      // Hatching only for the selected zone (the model's isHatchShown): the others read from outline, symbol and name.
      id: LAYOUT_AREA_FILL_LAYER,
      type: 'fill',
      source: LAYOUT_SOURCES.areas,
      filter: ['all', visible, kindIn(HATCHED_KINDS), isSelected],
      paint: {
        'fill-pattern': ['concat', 'hatch-', ['get', 'plan'], '-', ['to-string', ['%', ['get', 'pattern'], HATCH.count]]],
        'fill-opacity': emphasis('hatch'),
      },
    },
    {
      id: 'layout-belt-tint',
      type: 'fill',
      source: LAYOUT_SOURCES.areas,
      filter: ['all', visible, kindIn(TINTED_KINDS)],
      paint: { 'fill-color': planColour, 'fill-opacity': emphasis('tint') },
    },
    {
      id: 'layout-area-line-stated',
      type: 'line',
      source: LAYOUT_SOURCES.areas,
      filter: ['all', visible, ['!', isInterpretation], ['!', kindIn(TINTED_KINDS)]],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': planColour, 'line-width': paint.areaOutlineWidth, 'line-opacity': emphasis('outline') },
    },
    {
      id: 'layout-area-line-interpretation',
      type: 'line',
      source: LAYOUT_SOURCES.areas,
      filter: ['all', visible, isInterpretation],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': planColour,
        'line-width': paint.areaOutlineWidth,
        'line-dasharray': [...LAYOUT_DASHES.interpretationOutline],
        'line-opacity': emphasis('outline'),
      },
    },
  ];
}

function lineLayers(
  visible: ExpressionSpecification,
  isSelected: ExpressionSpecification,
  paint: ReturnType<typeof layoutPaint>,
): LayerSpecification[] {
  // The selected belt is the strongest line: a casing in the selection colour under a wider line in its plan's colour.
  const width = ['case', isSelected, paint.selectedLine.width, paint.lineWidth] as ExpressionSpecification;
  return [
    {
      id: 'layout-line-casing',
      type: 'line',
      source: LAYOUT_SOURCES.lines,
      filter: visible,
      layout: ROUND,
      paint: { 'line-color': paint.halo, 'line-width': paint.casingWidth, 'line-opacity': emphasis('casing') },
    },
    {
      id: 'layout-selected-line',
      type: 'line',
      source: LAYOUT_SOURCES.lines,
      filter: ['all', visible, isSelected],
      layout: ROUND,
      paint: { 'line-color': paint.selection, 'line-width': paint.selectedLine.casingWidth },
    },
    {
      id: LAYOUT_LINE_LAYER,
      type: 'line',
      source: LAYOUT_SOURCES.lines,
      filter: ['all', visible, kindIn(SOLID_LINE_KINDS)],
      layout: ROUND,
      paint: { 'line-color': planColour, 'line-width': width, 'line-opacity': emphasis('line') },
    },
    {
      id: LAYOUT_CORRIDOR_LAYER,
      type: 'line',
      source: LAYOUT_SOURCES.lines,
      filter: ['all', visible, kindIn(DASHED_LINE_KINDS)],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': planColour,
        'line-width': width,
        'line-dasharray': [...LAYOUT_DASHES.corridor],
        'line-opacity': emphasis('line'),
      },
    },
  ];
}

/** Names and symbols: placed after the region names; symbols (and the keep-out marks along lines) first, then these names. */
function pointLayers(
  visible: ExpressionSpecification,
  isSelected: ExpressionSpecification,
  lang: Lang,
  paint: ReturnType<typeof layoutPaint>,
): LayerSpecification[] {
  return [
    {
      id: LAYOUT_NAME_LAYER,
      type: 'symbol',
      source: LAYOUT_SOURCES.points,
      filter: visible,
      layout: {
        'text-field': layoutLabel(lang),
        'text-size': paint.nameSize,
        // Lines are broken by the model; maplibre only keeps them.
        'text-max-width': 40,
        // Beside its symbol: right, left, below or above, whichever is free (offsets from layoutFeatures).
        'text-variable-anchor-offset': ['get', 'nameAnchors'],
        'text-justify': 'auto',
        'text-padding': 2,
        'symbol-sort-key': ['case', isSelected, 0, 1],
      },
      paint: {
        // Under a filter, names of elements that do not match are hidden to keep the map legible.
        'text-opacity': emphasis('name'),
        'text-color': planColour,
        'text-halo-color': paint.halo,
        'text-halo-width': paint.nameHaloWidth,
      },
    },
    {
      id: LAYOUT_KEEPOUT_LAYER,
      type: 'symbol',
      source: LAYOUT_SOURCES.lines,
      filter: visible,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': KEEPOUT_SPACING_PX,
        'icon-image': KEEPOUT_IMAGE,
        'icon-size': paint.symbolSize,
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'icon-rotation-alignment': 'viewport',
      },
    },
    {
      id: LAYOUT_POINT_LAYER,
      type: 'symbol',
      source: LAYOUT_SOURCES.points,
      filter: visible,
      layout: {
        'icon-image': ['concat', 'layout-', shapeOfKind, '-', ['get', 'plan']],
        'icon-size': ['case', isSelected, paint.selectedSymbolSize, paint.symbolSize],
        'icon-offset': ['get', 'offset'],
        // Always drawn, and names (placed after) keep clear of them.
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
      },
      paint: { 'icon-opacity': emphasis('symbol') },
    },
  ];
}

/** Spacing (px) of the keep-out marks along a line; each is a KEEPOUT_SIZE_PX square. */
export const KEEPOUT_SPACING_PX = 6;
export const KEEPOUT_SIZE_PX = 6;

export function layoutLayers(view: LayoutView, lang: Lang, look: MapLook = DESK_LOOK): LayerSpecification[] {
  const visible = visibleFilter(view);
  const paint = layoutPaint(look);
  const isSelected: ExpressionSpecification = ['==', ['get', 'key'], view.selectedElement ?? ''];
  return [
    ...areaLayers(visible, isSelected, paint),
    ...lineLayers(visible, isSelected, paint),
    {
      id: 'layout-selected-area',
      type: 'line',
      source: LAYOUT_SOURCES.areas,
      filter: isSelected,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': paint.selection, 'line-width': paint.selectedAreaWidth },
    },
    ...pointLayers(visible, isSelected, lang, paint),
  ];
}

/** Paint and filter values that change with the view, applied without rebuilding layers. */
export function layoutViewUpdates(view: LayoutView, lang: Lang, look: MapLook = DESK_LOOK) {
  return layoutLayers(view, lang, look).map((layer) => ({
    id: layer.id,
    filter: 'filter' in layer ? layer.filter : undefined,
    paint: ('paint' in layer ? layer.paint : {}) as Record<string, unknown>,
    layout: ('layout' in layer ? layer.layout : {}) as Record<string, unknown>,
  }));
}
