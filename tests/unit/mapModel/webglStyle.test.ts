// @vitest-environment node
/**
 * The WebGL map's style is generated from the map model: evaluated by maplibre's style-spec, every
 * expression gives the model's value at every state.
 */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { MATCH } from '../../../src/filter/matchStyle';
import {
  ELEMENT_NAME_SUFFIX,
  HATCHED_KINDS,
  MATCH_STATES,
  PALETTES,
  TINTED_KINDS,
  elementLabel,
  elementLabelLines,
  elementLabelProps,
  isHatchShown,
  elementOpacity,
  interpretationOutlineOpacity,
  kindShape,
  labelRank,
  labelSize,
  layoutPaint,
  planColour,
  regionColour,
  regionFillOpacity,
  regionPaint,
  type ElementPart,
  type MapLook,
  type MapTheme,
} from '../../../src/mapModel';
import { labelLayer, regionLayers } from '../../../src/map/layerStyle';
import { labelLookUpdate, regionLookUpdates } from '../../../src/map/mapLook';
import { layoutLayers } from '../../../src/map/layoutStyle';
import { shownNamesFilter, textOffsetValue } from '../../../src/map/nameOffsets';
import { colour, evaluateLayer, evaluateProperty, passesFilter } from './evaluateStyle';

const THEMES = Object.keys(PALETTES) as MapTheme[];
const LOOKS: MapLook[] = THEMES.flatMap((theme) => [1, 1.75].map((scale) => ({ theme, scale })));
const PARENTS = ['130000'];
const layerOf = (layers: LayerSpecification[], id: string) => {
  const layer = layers.find((l) => l.id === id);
  if (!layer) throw new Error(`no layer ${id}`);
  return layer;
};

describe('region fills', () => {
  it.each(LOOKS)('opacity: the model’s at every hover, match and scope state ($theme, ×$scale)', (look) => {
    const layers = regionLayers(PARENTS, look);
    for (const id of ['prefectures-fill', 'counties-fill', 'newareas-fill']) {
      for (const hovered of [false, true])
        for (const match of MATCH_STATES)
          for (const displayed of [false, true]) {
            const state = { hover: hovered, ...(match === MATCH.none ? {} : { match }) };
            const properties = { parent: displayed ? PARENTS[0] : '330000', code: '130100' };
            const drawn = evaluateLayer(layerOf(layers, id), 'paint', 'fill-opacity', { properties, state });
            expect(drawn, `${id} hover=${hovered} match=${match} displayed=${displayed}`).toBe(
              regionFillOpacity({ hovered, match, displayed }, look),
            );
          }
    }
  });

  it('colour: by province prefix as the model gives it, new areas in theirs', () => {
    const layers = regionLayers(PARENTS);
    for (const code of ['220100', '130600', '331102', '110000', '650100']) {
      expect(evaluateLayer(layerOf(layers, 'prefectures-fill'), 'paint', 'fill-color', { properties: { code } })).toBe(
        colour(regionColour(code, 'prefecture')),
      );
      expect(evaluateLayer(layerOf(layers, 'counties-fill'), 'paint', 'fill-color', { properties: { code } })).toBe(
        colour(regionColour(code, 'county')),
      );
    }
    expect(evaluateLayer(layerOf(layers, 'newareas-fill'), 'paint', 'fill-color', { properties: { code: '133100' } })).toBe(
      colour(regionColour('133100', 'newarea')),
    );
  });

  it('counties are drawn only under the displayed parents; prefectures everywhere', () => {
    const layers = regionLayers(PARENTS);
    for (const id of ['counties-fill', 'counties-line', 'counties-interpretation']) {
      expect(passesFilter(layerOf(layers, id), { properties: { parent: PARENTS[0] } })).toBe(true);
      expect(passesFilter(layerOf(layers, id), { properties: { parent: '330000' } })).toBe(false);
    }
    expect(passesFilter(layerOf(layers, 'prefectures-fill'), { properties: { parent: '330000' } })).toBe(true);
  });

  it('the dashed outline shows exactly the matches that are only our interpretation', () => {
    const layers = regionLayers(PARENTS);
    for (const id of ['prefectures-interpretation', 'counties-interpretation', 'newareas-interpretation'])
      for (const match of MATCH_STATES) {
        const state = match === MATCH.none ? {} : { match };
        expect(evaluateLayer(layerOf(layers, id), 'paint', 'line-opacity', { properties: { parent: PARENTS[0] }, state })).toBe(
          interpretationOutlineOpacity(match),
        );
      }
  });
});

describe('outlines and names per look', () => {
  it.each(LOOKS)('layers are made and restyled with the model’s colours and widths ($theme, ×$scale)', (look) => {
    const paint = regionPaint(look);
    const made = regionLayers(PARENTS, look);
    const strokes = {
      'context-line': paint.context,
      'counties-line': paint.counties,
      'prefectures-line': paint.prefectures,
      'provinces-line': paint.provinces,
      'selection-line': paint.selection,
      'prefectures-interpretation': paint.interpretation,
    };
    for (const [id, stroke] of Object.entries(strokes)) {
      expect(evaluateLayer(layerOf(made, id), 'paint', 'line-color', { geometry: 'LineString' }), id).toBe(colour(stroke.colour));
      expect(evaluateLayer(layerOf(made, id), 'paint', 'line-width', { geometry: 'LineString' }), id).toBeCloseTo(stroke.width, 10);
    }
    // A look set later gives the layers the values they would have been made with.
    for (const update of regionLookUpdates(look)) {
      if (update.id === 'background') continue;
      const layer = layerOf(made, update.id);
      for (const [name, value] of Object.entries(update.paint))
        expect(value, `${update.id} ${name}`).toEqual((layer as { paint: Record<string, unknown> }).paint[name]);
    }
    const labels = labelLayer(PARENTS, 'zh', look);
    const later = labelLookUpdate(look);
    for (const [name, value] of Object.entries(later.paint))
      expect(value).toEqual((labels as { paint: Record<string, unknown> }).paint[name]);
    for (const zoom of [2, 4, 5.5, 8, 11]) {
      expect(evaluateLayer(labels, 'layout', 'text-size', { zoom, geometry: 'Point' })).toBeCloseTo(labelSize(zoom, look), 10);
    }
  });

  it('names are placed in the model’s rank: new areas first, then larger regions', () => {
    const labels = labelLayer(PARENTS, 'en');
    for (const region of [
      { level: 'newarea', areaKm2: 1770 },
      { level: 'prefecture', areaKm2: 22190 },
      { level: 'county', areaKm2: 300 },
    ]) {
      expect(
        evaluateLayer(labels, 'layout', 'symbol-sort-key', {
          properties: { level: region.level, area_km2: region.areaKm2 },
          geometry: 'Point',
        }),
      ).toBe(labelRank(region));
    }
  });
});

describe('layout elements', () => {
  const layers = layoutLayers({ hiddenPlans: ['jilin-sei-2022'], selectedElement: 'hebei-manufacturing-14fyp/xiongan' }, 'zh');
  const PARTS: Record<string, [string, ElementPart]> = {
    'layout-area-fill': ['fill-opacity', 'hatch'],
    'layout-belt-tint': ['fill-opacity', 'tint'],
    'layout-area-line-stated': ['line-opacity', 'outline'],
    'layout-area-line-interpretation': ['line-opacity', 'outline'],
    'layout-line-casing': ['line-opacity', 'casing'],
    'layout-lines': ['line-opacity', 'line'],
    'layout-corridors': ['line-opacity', 'line'],
  };

  it('each part dims under the filter by the model’s table', () => {
    for (const [id, [property, part]] of Object.entries(PARTS))
      for (const dimmed of [false, true])
        expect(evaluateLayer(layerOf(layers, id), 'paint', property, { state: { dimmed } }), id).toBe(elementOpacity(part, dimmed));
    const points = layerOf(layers, 'layout-points');
    for (const dimmed of [false, true]) {
      expect(evaluateLayer(points, 'paint', 'icon-opacity', { state: { dimmed }, geometry: 'Point' })).toBe(
        elementOpacity('symbol', dimmed),
      );
      expect(evaluateLayer(layerOf(layers, 'layout-names'), 'paint', 'text-opacity', { state: { dimmed }, geometry: 'Point' })).toBe(
        elementOpacity('name', dimmed),
      );
    }
  });

  it('colour per plan, shape per kind, hatch and tint per kind, hidden plans left out', () => {
    const points = layerOf(layers, 'layout-points');
    for (const plan of ['hebei-manufacturing-14fyp', 'lishui-clusters-2022', 'a-pack-plan']) {
      expect(evaluateLayer(layerOf(layers, 'layout-lines'), 'paint', 'line-color', { properties: { plan }, geometry: 'LineString' })).toBe(
        colour(planColour(plan)),
      );
      for (const kind of ['core', 'pole', 'cluster', 'zone', 'pilot-area', 'base', 'unknown'])
        expect(evaluateLayer(points, 'layout', 'icon-image', { properties: { plan, kind }, geometry: 'Point' })?.toString()).toBe(
          `layout-${kindShape(kind)}-${plan}`,
        );
    }
    for (const kind of [...HATCHED_KINDS, ...TINTED_KINDS]) {
      const properties = { plan: 'hebei-manufacturing-14fyp', kind, status: 'stated', key: 'hebei-manufacturing-14fyp/xiongan' };
      // Zones are hatched only while selected (isHatchShown); an unselected zone is its outline, symbol and name.
      expect(passesFilter(layerOf(layers, 'layout-area-fill'), { properties }), kind).toBe(
        isHatchShown(kind, properties.key, { selectedElement: 'hebei-manufacturing-14fyp/xiongan' }),
      );
      expect(passesFilter(layerOf(layers, 'layout-area-fill'), { properties: { ...properties, key: 'other' } }), kind).toBe(false);
      expect(passesFilter(layerOf(layers, 'layout-belt-tint'), { properties }), kind).toBe(TINTED_KINDS.includes(kind));
      expect(passesFilter(layerOf(layers, 'layout-area-line-stated'), { properties }), kind).toBe(HATCHED_KINDS.includes(kind));
      expect(passesFilter(layerOf(layers, 'layout-area-fill'), { properties: { ...properties, plan: 'jilin-sei-2022' } })).toBe(false);
    }
  });

  it.each(LOOKS)('the selected symbol is the model’s size larger, names and lines in the room’s scale ($theme, ×$scale)', (look) => {
    const paint = layoutPaint(look);
    const made = layoutLayers({ hiddenPlans: [], selectedElement: 'p/e' }, 'en', look);
    const points = layerOf(made, 'layout-points');
    expect(evaluateLayer(points, 'layout', 'icon-size', { properties: { key: 'p/e' }, geometry: 'Point' })).toBeCloseTo(
      paint.selectedSymbolSize,
      10,
    );
    expect(evaluateLayer(points, 'layout', 'icon-size', { properties: { key: 'p/f' }, geometry: 'Point' })).toBeCloseTo(
      paint.symbolSize,
      10,
    );
    expect(evaluateLayer(layerOf(made, 'layout-names'), 'layout', 'text-size', { geometry: 'Point' })).toBeCloseTo(paint.nameSize, 10);
    expect(evaluateLayer(layerOf(made, 'layout-lines'), 'paint', 'line-width', { geometry: 'LineString' })).toBeCloseTo(
      paint.lineWidth,
      10,
    );
    // The selected belt is stronger than the rest: wider, on a casing in the selection colour wider than any casing.
    expect(
      evaluateLayer(layerOf(made, 'layout-lines'), 'paint', 'line-width', { properties: { key: 'p/e' }, geometry: 'LineString' }),
    ).toBeCloseTo(paint.selectedLine.width, 10);
    expect(paint.selectedLine.width).toBeGreaterThan(paint.lineWidth);
    expect(evaluateLayer(layerOf(made, 'layout-selected-line'), 'paint', 'line-width', { geometry: 'LineString' })).toBeCloseTo(
      paint.selectedLine.casingWidth,
      10,
    );
    expect(paint.selectedLine.casingWidth).toBeGreaterThan(paint.casingWidth);
    const order = made.map((l) => l.id);
    expect(order.indexOf('layout-selected-line')).toBeGreaterThan(order.indexOf('layout-line-casing'));
    expect(order.indexOf('layout-selected-line')).toBeLessThan(order.indexOf('layout-lines'));
    expect(evaluateLayer(layerOf(made, 'layout-area-line-stated'), 'paint', 'line-width', { geometry: 'LineString' })).toBeCloseTo(
      paint.areaOutlineWidth,
      10,
    );
    expect(evaluateLayer(layerOf(made, 'layout-selected-area'), 'paint', 'line-width', { geometry: 'LineString' })).toBeCloseTo(
      paint.selectedAreaWidth,
      10,
    );
    expect(evaluateLayer(layerOf(made, 'layout-names'), 'paint', 'text-halo-color', { geometry: 'Point' })).toBe(colour(paint.halo));
  });

  it('names carry the model’s marks for interpretation and the 2013 plan, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const names = layerOf(layoutLayers({ hiddenPlans: [], selectedElement: null }, lang), 'layout-names');
      for (const status of ['stated', 'interpretation'])
        for (const period of ['2013–2020', '2021–2025']) {
          const props = { name_zh: '雄安', name_en: 'Xiong’an', status, period };
          const drawn = evaluateLayer(names, 'layout', 'text-field', {
            properties: { ...props, ...elementLabelProps(props) },
            geometry: 'Point',
          })?.toString();
          // The model's name, broken into lines by the model (never before punctuation).
          expect(drawn).toBe(elementLabelLines(props, lang).join('\n'));
          expect(drawn?.replace(/\s/g, '')).toBe(elementLabel(props, lang).replace(/\s/g, ''));
        }
    }
    expect(elementLabel({ name_zh: '雄安', name_en: 'X', status: 'interpretation', period: '2013–2020' }, 'zh')).toBe(
      `雄安${ELEMENT_NAME_SUFFIX.interpretation.zh}${ELEMENT_NAME_SUFFIX.oldPlan.zh}`,
    );
  });
});

describe('region names placed by the model', () => {
  it('shows only the names the model placed and moves each by its offset, the rest stay on their points', () => {
    const offsets = new Map<string, [number, number]>([
      ['130100', [-3.2, 0]],
      ['220100', [0, -1.32]],
    ]);
    const offsetOf = (code: string | number) =>
      evaluateProperty('symbol', 'layout', 'text-offset', textOffsetValue(offsets), { properties: { code }, geometry: 'Point' });
    expect(offsetOf('130100')).toEqual([-3.2, 0]);
    expect(offsetOf('220100')).toEqual([0, -1.32]);
    expect(offsetOf('130600')).toEqual([0, 0]);
    expect(offsetOf(130100)).toEqual([-3.2, 0]);
    expect(evaluateProperty('symbol', 'layout', 'text-offset', textOffsetValue(new Map()), { properties: { code: '130100' } })).toEqual([
      0, 0,
    ]);

    const layer = { ...labelLayer(PARENTS, 'zh'), filter: shownNamesFilter(['130100', '133100']) } as LayerSpecification;
    const shows = (code: string) => passesFilter(layer, { properties: { code }, geometry: 'Point' });
    expect([shows('130100'), shows('133100'), shows('130600')]).toEqual([true, true, false]);
  });
});
