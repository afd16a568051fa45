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
  ELEMENT_NAME_SUFFIX,
  FALLBACK_SHAPE,
  HATCH,
  HATCHED_KINDS,
  LAYOUT_DASHES,
  OLD_PLAN_YEAR,
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
export const LAYOUT_POINT_LAYER = 'layout-points';
export const LAYOUT_LINE_LAYER = 'layout-lines';
export const LAYOUT_CORRIDOR_LAYER = 'layout-corridors';
export const LAYOUT_AREA_FILL_LAYER = 'layout-area-fill';
/** Layers a pointer can hit, top-most first. */
export const LAYOUT_CLICKABLE_LAYERS = [LAYOUT_POINT_LAYER, LAYOUT_LINE_LAYER, LAYOUT_CORRIDOR_LAYER] as const;
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

export function layoutLabel(lang: Lang): ExpressionSpecification {
  return [
    'concat',
    ['get', lang === 'zh' ? 'name_zh' : 'name_en'],
    ['case', isInterpretation, ELEMENT_NAME_SUFFIX.interpretation[lang], ''],
    ['case', ['==', ['slice', ['get', 'period'], 0, 4], OLD_PLAN_YEAR], ELEMENT_NAME_SUFFIX.oldPlan[lang], ''],
  ];
}

function areaLayers(visible: ExpressionSpecification, paint: ReturnType<typeof layoutPaint>): LayerSpecification[] {
  return [
    {
      id: LAYOUT_AREA_FILL_LAYER,
      type: 'fill',
      source: LAYOUT_SOURCES.areas,
      filter: ['all', visible, kindIn(HATCHED_KINDS)],
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
      paint: { 'line-color': planColour, 'line-width': paint.areaOutlineWidth, 'line-opacity': emphasis('outline') },
    },
    {
      id: 'layout-area-line-interpretation',
      type: 'line',
      source: LAYOUT_SOURCES.areas,
      filter: ['all', visible, isInterpretation],
      paint: {
        'line-color': planColour,
        'line-width': paint.areaOutlineWidth,
        'line-dasharray': [...LAYOUT_DASHES.interpretationOutline],
        'line-opacity': emphasis('outline'),
      },
    },
  ];
}

function lineLayers(visible: ExpressionSpecification, paint: ReturnType<typeof layoutPaint>): LayerSpecification[] {
  return [
    {
      id: 'layout-line-casing',
      type: 'line',
      source: LAYOUT_SOURCES.lines,
      filter: visible,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': paint.halo, 'line-width': paint.casingWidth, 'line-opacity': emphasis('casing') },
    },
    {
      id: LAYOUT_LINE_LAYER,
      type: 'line',
      source: LAYOUT_SOURCES.lines,
      filter: ['all', visible, kindIn(SOLID_LINE_KINDS)],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': planColour, 'line-width': paint.lineWidth, 'line-opacity': emphasis('line') },
    },
    {
      id: LAYOUT_CORRIDOR_LAYER,
      type: 'line',
      source: LAYOUT_SOURCES.lines,
      filter: ['all', visible, kindIn(DASHED_LINE_KINDS)],
      paint: {
        'line-color': planColour,
        'line-width': paint.lineWidth,
        'line-dasharray': [...LAYOUT_DASHES.corridor],
        'line-opacity': emphasis('line'),
      },
    },
  ];
}

export function layoutLayers(view: LayoutView, lang: Lang, look: MapLook = DESK_LOOK): LayerSpecification[] {
  const visible = visibleFilter(view);
  const paint = layoutPaint(look);
  const isSelected: ExpressionSpecification = ['==', ['get', 'key'], view.selectedElement ?? ''];
  return [
    ...areaLayers(visible, paint),
    ...lineLayers(visible, paint),
    {
      id: 'layout-selected-line',
      type: 'line',
      source: LAYOUT_SOURCES.lines,
      filter: isSelected,
      paint: { 'line-color': paint.selection, 'line-width': paint.selectedLine.width, 'line-opacity': paint.selectedLine.opacity },
    },
    {
      id: 'layout-selected-area',
      type: 'line',
      source: LAYOUT_SOURCES.areas,
      filter: isSelected,
      paint: { 'line-color': paint.selection, 'line-width': paint.selectedAreaWidth },
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
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'text-field': layoutLabel(lang),
        'text-size': paint.nameSize,
        'text-max-width': paint.nameMaxWidthEm,
        'text-optional': true,
        'text-anchor': 'left',
        'text-offset': ['get', 'textOffset'],
        'text-justify': 'left',
      },
      paint: {
        'icon-opacity': emphasis('symbol'),
        // Under a filter, names of elements that do not match are hidden to keep the map legible.
        'text-opacity': emphasis('name'),
        'text-color': planColour,
        'text-halo-color': paint.halo,
        'text-halo-width': paint.nameHaloWidth,
      },
    },
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
