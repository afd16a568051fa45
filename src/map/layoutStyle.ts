/**
 * Layer specs for the plans' spatial layouts (drawn above the regions) and the icons and
 * hatch patterns they use. Shapes come from layouts/symbols so the legend matches the map.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/strings';
import { DESK_LOOK, PALETTES, type MapLook } from './mapLook';
import { DEFAULT_PLAN_COLOUR, KIND_STYLE, PLAN_COLOURS, SHAPES, iconName, patternName, type ShapeName } from '../layouts/symbols';

export const LAYOUT_SOURCES = { points: 'layout-points', lines: 'layout-lines', areas: 'layout-areas' } as const;
export const LAYOUT_POINT_LAYER = 'layout-points';
export const LAYOUT_LINE_LAYER = 'layout-lines';
export const LAYOUT_CLICKABLE_LAYERS = [LAYOUT_POINT_LAYER, LAYOUT_LINE_LAYER] as const;
/** Hatch patterns available per plan; areas beyond this reuse them in turn. */
export const PATTERN_COUNT = 4;

const planColour: ExpressionSpecification = [
  'match',
  ['get', 'plan'],
  ...Object.entries(PLAN_COLOURS).flat(),
  DEFAULT_PLAN_COLOUR,
] as unknown as ExpressionSpecification;

const shapeOfKind: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ...Object.entries(KIND_STYLE).flatMap(([kind, style]) => [kind, style.shape]),
  'square',
] as unknown as ExpressionSpecification;

export interface LayoutView {
  hiddenPlans: readonly string[];
  selectedElement: string | null;
}

function visibleFilter(view: LayoutView): ExpressionSpecification {
  return ['!', ['in', ['get', 'plan'], ['literal', [...view.hiddenPlans]]]];
}

/** Elements that do not match the industry filter carry feature-state `dimmed`. */
function emphasis(on: number, off: number): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', 'dimmed'], false], off, on];
}

export function layoutLabel(lang: Lang): ExpressionSpecification {
  const interpretation = lang === 'zh' ? '（解读）' : ' (interpretation)';
  return [
    'concat',
    ['get', lang === 'zh' ? 'name_zh' : 'name_en'],
    ['case', ['==', ['get', 'status'], 'interpretation'], interpretation, ''],
    ['case', ['==', ['slice', ['get', 'period'], 0, 4], '2013'], lang === 'zh' ? '（2013年规划）' : ' (2013 plan)', ''],
  ];
}

export function layoutLayers(view: LayoutView, lang: Lang, look: MapLook = DESK_LOOK): LayerSpecification[] {
  const visible = visibleFilter(view);
  // Room scale for widths and type; high contrast also thickens outlines.
  const px = (width: number) => width * look.scale;
  const outline = (width: number) => width * look.scale * PALETTES[look.theme].lineBoost;
  const halo = PALETTES[look.theme].layoutHalo;
  const selection = PALETTES[look.theme].selection;
  const isInterpretation: ExpressionSpecification = ['==', ['get', 'status'], 'interpretation'];
  return [
    {
      id: 'layout-area-fill',
      type: 'fill',
      source: LAYOUT_SOURCES.areas,
      filter: ['all', visible, ['any', ['==', ['get', 'kind'], 'zone'], ['==', ['get', 'kind'], 'area'], ['==', ['get', 'kind'], 'pilot-area']]],
      paint: {
        'fill-pattern': ['concat', 'hatch-', ['get', 'plan'], '-', ['to-string', ['%', ['get', 'pattern'], PATTERN_COUNT]]],
        'fill-opacity': emphasis(0.9, 0.15),
      },
    },
    {
      id: 'layout-belt-tint',
      type: 'fill',
      source: LAYOUT_SOURCES.areas,
      filter: ['all', visible, ['any', ['==', ['get', 'kind'], 'belt'], ['==', ['get', 'kind'], 'corridor']]],
      paint: { 'fill-color': planColour, 'fill-opacity': emphasis(0.12, 0.03) },
    },
    {
      id: 'layout-area-line-stated',
      type: 'line',
      source: LAYOUT_SOURCES.areas,
      filter: ['all', visible, ['!', isInterpretation], ['!=', ['get', 'kind'], 'belt'], ['!=', ['get', 'kind'], 'corridor']],
      paint: { 'line-color': planColour, 'line-width': outline(2), 'line-opacity': emphasis(1, 0.2) },
    },
    {
      id: 'layout-area-line-interpretation',
      type: 'line',
      source: LAYOUT_SOURCES.areas,
      filter: ['all', visible, isInterpretation],
      paint: { 'line-color': planColour, 'line-width': outline(2), 'line-dasharray': [1.5, 1.5], 'line-opacity': emphasis(1, 0.2) },
    },
    {
      id: 'layout-line-casing',
      type: 'line',
      source: LAYOUT_SOURCES.lines,
      filter: visible,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': halo, 'line-width': px(9), 'line-opacity': emphasis(0.9, 0.2) },
    },
    {
      id: LAYOUT_LINE_LAYER,
      type: 'line',
      source: LAYOUT_SOURCES.lines,
      filter: ['all', visible, ['==', ['get', 'kind'], 'belt']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': planColour, 'line-width': px(5), 'line-opacity': emphasis(1, 0.2) },
    },
    {
      id: 'layout-corridors',
      type: 'line',
      source: LAYOUT_SOURCES.lines,
      filter: ['all', visible, ['==', ['get', 'kind'], 'corridor']],
      paint: { 'line-color': planColour, 'line-width': px(5), 'line-dasharray': [1.2, 0.8], 'line-opacity': emphasis(1, 0.2) },
    },
    {
      id: 'layout-selected-line',
      type: 'line',
      source: LAYOUT_SOURCES.lines,
      filter: ['==', ['get', 'key'], view.selectedElement ?? ''],
      paint: { 'line-color': selection, 'line-width': px(9), 'line-opacity': 0.55 },
    },
    {
      id: 'layout-selected-area',
      type: 'line',
      source: LAYOUT_SOURCES.areas,
      filter: ['==', ['get', 'key'], view.selectedElement ?? ''],
      paint: { 'line-color': selection, 'line-width': outline(4) },
    },
    {
      id: LAYOUT_POINT_LAYER,
      type: 'symbol',
      source: LAYOUT_SOURCES.points,
      filter: visible,
      layout: {
        'icon-image': ['concat', 'layout-', shapeOfKind, '-', ['get', 'plan']],
        'icon-size': ['case', ['==', ['get', 'key'], view.selectedElement ?? ''], 1.35 * look.scale, look.scale],
        'icon-offset': ['get', 'offset'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'text-field': layoutLabel(lang),
        'text-size': 13 * look.scale,
        'text-max-width': 9,
        'text-optional': true,
        'text-anchor': 'left',
        'text-offset': ['get', 'textOffset'],
        'text-justify': 'left',
      },
      paint: {
        'icon-opacity': emphasis(1, 0.25),
        // Under a filter, names of elements that do not match are hidden to keep the map legible.
        'text-opacity': emphasis(1, 0),
        'text-color': planColour,
        'text-halo-color': halo,
        'text-halo-width': look.theme === 'default' ? 2 : 2.6,
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

/** Rasterises a symbol shape (SVG path) in a plan's colour, white-edged for any background. */
export function drawIcon(shape: ShapeName, colour: string, size = 44): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(size / 24, size / 24);
  const path = new Path2D(SHAPES[shape]);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 2.6;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke(path);
  ctx.fillStyle = colour;
  ctx.fill(path, 'evenodd');
  return ctx.getImageData(0, 0, size, size);
}

/** Hatch tiles: four line directions per plan so neighbouring zones differ in pattern, not only colour. */
export function drawHatch(colour: string, index: number, size = 16): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.strokeStyle = colour;
  ctx.globalAlpha = 0.75;
  ctx.lineWidth = 2;
  ctx.beginPath();
  const variant = index % PATTERN_COUNT;
  if (variant === 0) for (let o = -size; o <= size; o += 8) (ctx.moveTo(o, size), ctx.lineTo(o + size, 0));
  if (variant === 1) for (let o = -size; o <= size; o += 8) (ctx.moveTo(o, 0), ctx.lineTo(o + size, size));
  if (variant === 2) for (let y = 4; y < size; y += 8) (ctx.moveTo(0, y), ctx.lineTo(size, y));
  if (variant === 3) for (let x = 4; x < size; x += 8) (ctx.moveTo(x, 0), ctx.lineTo(x, size));
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}

export function layoutImages(): { name: string; draw: () => ImageData; pixelRatio: number }[] {
  const plans = Object.keys(PLAN_COLOURS);
  const icons = plans.flatMap((plan) =>
    (Object.keys(SHAPES) as ShapeName[]).map((shape) => ({
      name: iconName(shape, plan),
      draw: () => drawIcon(shape, PLAN_COLOURS[plan]),
      pixelRatio: 2,
    })),
  );
  const hatches = plans.flatMap((plan) =>
    Array.from({ length: PATTERN_COUNT }, (_, i) => ({ name: patternName(plan, i), draw: () => drawHatch(PLAN_COLOURS[plan], i), pixelRatio: 1 })),
  );
  return [...icons, ...hatches];
}

/**
 * The icon or hatch of a plan that has no colour of its own (a data pack's plan), drawn on demand
 * when the map first asks for it; null for a name that is not a layout image.
 */
export function missingLayoutImage(name: string): { draw: () => ImageData; pixelRatio: number } | null {
  const hatch = /^hatch-(.+)-(\d+)$/.exec(name);
  if (hatch) {
    const colour = PLAN_COLOURS[hatch[1]] ?? DEFAULT_PLAN_COLOUR;
    return { draw: () => drawHatch(colour, Number(hatch[2]) % PATTERN_COUNT), pixelRatio: 1 };
  }
  for (const shape of Object.keys(SHAPES) as ShapeName[]) {
    const prefix = `layout-${shape}-`;
    if (name.startsWith(prefix)) {
      const colour = PLAN_COLOURS[name.slice(prefix.length)] ?? DEFAULT_PLAN_COLOUR;
      return { draw: () => drawIcon(shape, colour), pixelRatio: 2 };
    }
  }
  return null;
}
