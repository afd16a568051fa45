// @vitest-environment node
/**
 * The two renderers draw the same map: what the SVG map renders (its components' markup and the
 * custom properties its stylesheet reads) against the WebGL map's generated style, evaluated as
 * maplibre evaluates it, for the same region states, themes and room scales. Neither side is a
 * copied number, so a change to either renderer or to the model that makes them differ fails here.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import type { Feature, LineString, Point } from 'geojson';
import { MATCH, type MatchState, type MatchStrength } from '../../../src/filter/matchStyle';
import { MATCH_STATES, PALETTES, type MapLook, type MapTheme } from '../../../src/mapModel';
import { baseStyle, labelLayer, regionLayers } from '../../../src/map/layerStyle';
import { layoutLayers } from '../../../src/map/layoutStyle';
import { parseBoundaryPack } from '../../../src/data/regions';
import type { LayoutCollections, LayoutProps } from '../../../src/layouts/layoutFeatures';
import { regionGeometry } from '../../../src/svgMap/paths';
import { scaleOfZoom } from '../../../src/svgMap/projection';
import { RegionLayer } from '../../../src/svgMap/RegionLayers';
import { HighlightLayer } from '../../../src/svgMap/HighlightLayer';
import { LabelLayer } from '../../../src/svgMap/LabelLayer';
import { LayoutLayer } from '../../../src/svgMap/LayoutLayer';
import { AreaLayer } from '../../../src/svgMap/AreaLayer';
import { lookVariables } from '../../../src/svgMap/regionStyle';
import { colour, evaluateLayer, passesFilter } from '../mapModel/evaluateStyle';
import { fixtureTopology } from '../fixtures';

const data = parseBoundaryPack(fixtureTopology(), 'fixture.json');
const geometry = regionGeometry(data);
const THEMES = Object.keys(PALETTES) as MapTheme[];
const LOOKS: MapLook[] = THEMES.flatMap((theme) => [1, 1.5].map((scale) => ({ theme, scale })));
/** Hebei's children are displayed; Lishui's prefecture is drawn faint. */
const PARENTS = ['130000'];
const DISPLAYED = ['130600', '130100', '133100'];
const FAINT = ['331100'];

const layerOf = (layers: LayerSpecification[], id: string) => layers.find((l) => l.id === id)!;
// The region layer reads the progress colouring (off here), which asks the plan data's query client.
const client = new QueryClient();
const markup = (element: ReactElement) =>
  renderToStaticMarkup(createElement(QueryClientProvider, { client }, createElement('svg', null, element)));

/** The attributes of the first element of the markup matching `selector` (a tag with one attribute=value). */
function attributes(html: string, tag: string, attribute: string, value: string): Record<string, string> {
  const found = [...html.matchAll(new RegExp(`<${tag}\\s[^>]*>`, 'g'))].map((m) => m[0]).find((t) => t.includes(`${attribute}="${value}"`));
  if (!found) throw new Error(`no <${tag} ${attribute}="${value}"> in ${html.slice(0, 200)}`);
  return Object.fromEntries([...found.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** The filter's matches that put `code` in `match` (none: no filter at all). */
const matchesFor = (code: string, match: MatchState): ReadonlyMap<string, MatchStrength> | null =>
  match === MATCH.none ? null : new Map(match === MATCH.unmatched ? [] : [[code, match]]);

const FILL_LAYER: Record<string, string> = { prefecture: 'prefectures-fill', county: 'counties-fill', newarea: 'newareas-fill' };

function svgRegion(code: string, match: MatchState, look: MapLook) {
  const html = markup(
    createElement(RegionLayer, {
      data,
      geometry,
      level: 3,
      faint: FAINT,
      displayed: DISPLAYED,
      matches: matchesFor(code, match),
      lang: 'en',
      tabStop: undefined,
      onFocusRegion: () => {},
      look,
    }),
  );
  return { html, path: attributes(html, 'path', 'data-code', code) };
}

function webglFill(
  code: string,
  property: 'fill-color' | 'fill-opacity',
  displayed: boolean,
  match: MatchState,
  hovered: boolean,
  look: MapLook,
) {
  const region = data.regions.get(code)!;
  const state = { hover: hovered, ...(match === MATCH.none ? {} : { match }) };
  const properties = { code, parent: displayed ? PARENTS[0] : '330000' };
  return evaluateLayer(layerOf(regionLayers(PARENTS, look), FILL_LAYER[region.level]), 'paint', property, { properties, state });
}

describe('SVG and WebGL maps draw regions alike', () => {
  it.each(LOOKS)('fill colour and opacity in every scope and filter state ($theme, ×$scale)', (look) => {
    for (const code of [...DISPLAYED, ...FAINT]) {
      const displayed = DISPLAYED.includes(code);
      for (const match of MATCH_STATES) {
        const { path } = svgRegion(code, match, look);
        const what = `${code} match=${match}`;
        expect(colour(path.fill), what).toBe(webglFill(code, 'fill-color', displayed, match, false, look));
        expect(Number(path['fill-opacity']), what).toBeCloseTo(webglFill(code, 'fill-opacity', displayed, match, false, look) as number, 6);
      }
    }
  });

  it.each(LOOKS)('a hovered region: its fill and the hover drawn over it add up to the WebGL map’s hover ($theme, ×$scale)', (look) => {
    for (const code of [...DISPLAYED, ...FAINT]) {
      const displayed = DISPLAYED.includes(code);
      for (const match of MATCH_STATES) {
        const under = Number(svgRegion(code, match, look).path['fill-opacity']);
        const html = markup(
          createElement(HighlightLayer, {
            data,
            geometry,
            level: 3,
            layouts: undefined,
            hoveredCode: code,
            hoveredDisplayed: displayed,
            matches: matchesFor(code, match),
            selected: null,
            selectedElement: null,
            look,
          }),
        );
        const over = attributes(html, 'path', 'class', 'svg-map-hover');
        const a = Number(over['fill-opacity']);
        expect(colour(over.fill)).toBe(webglFill(code, 'fill-color', displayed, match, true, look));
        expect(under + a * (1 - under), `${code} match=${match}`).toBeCloseTo(
          webglFill(code, 'fill-opacity', displayed, match, true, look) as number,
          6,
        );
      }
    }
  });

  it.each(LOOKS)('ground, context, outlines, selection and the interpretation dashes ($theme, ×$scale)', (look) => {
    const vars = lookVariables(look) as Record<string, string>;
    const layers = regionLayers(PARENTS, look);
    const line = (id: string, property: string) => evaluateLayer(layerOf(layers, id), 'paint', property, { geometry: 'LineString' });
    const px = (value: string) => Number(value.replace('px', ''));
    expect(colour(vars['--svg-background'])).toBe(evaluateLayer(baseStyle(look).layers[0], 'paint', 'background-color'));
    expect(colour(vars['--svg-context-fill'])).toBe(evaluateLayer(layerOf(layers, 'context-fill'), 'paint', 'fill-color'));
    const strokes = {
      context: 'context-line',
      county: 'counties-line',
      prefecture: 'prefectures-line',
      province: 'provinces-line',
      newarea: 'newareas-line',
      selection: 'selection-line',
    };
    for (const [name, id] of Object.entries(strokes)) {
      expect(colour(vars[`--svg-${name}-line`]), name).toBe(line(id, 'line-color'));
      expect(px(vars[`--svg-${name}-width`]), name).toBeCloseTo(line(id, 'line-width') as number, 6);
    }
    // maplibre counts dashes in line widths, SVG in pixels.
    const dashesPx = (id: string) => (line(id, 'line-dasharray') as number[]).map((d) => d * (line(id, 'line-width') as number));
    expect(vars['--svg-newarea-dash'].split(' ').map(Number)).toEqual(dashesPx('newareas-line').map((d) => expect.closeTo(d, 2)));

    const { html } = svgRegion('130600', MATCH.interpretation, look);
    const outline = attributes(html, 'g', 'class', 'svg-map-match-interpretation');
    expect(html).toContain('data-outline="130600"');
    expect(colour(outline.stroke)).toBe(line('prefectures-interpretation', 'line-color'));
    expect(Number(outline['stroke-width'])).toBeCloseTo(line('prefectures-interpretation', 'line-width') as number, 6);
    expect(outline['stroke-dasharray'].split(' ').map(Number)).toEqual(
      dashesPx('prefectures-interpretation').map((d) => expect.closeTo(d, 2)),
    );
  });

  it.each(LOOKS)('region names: colour, halo and size at the zoom shown ($theme, ×$scale)', (look) => {
    const vars = lookVariables(look) as Record<string, string>;
    const labels = labelLayer(PARENTS, 'en', look);
    const paint = (property: string) => evaluateLayer(labels, 'paint', property, { geometry: 'Point' });
    expect(colour(vars['--svg-label'])).toBe(paint('text-color'));
    expect(colour(vars['--svg-halo'])).toBe(paint('text-halo-color'));
    // An SVG stroke reaches half its width beyond the glyph; maplibre's halo its whole width.
    expect(Number(vars['--svg-halo-width'].replace('px', '')) / 2).toBeCloseTo(paint('text-halo-width') as number, 6);
    for (const zoom of [4, 6.5, 9]) {
      const k = scaleOfZoom(geometry.projection, zoom);
      // A view centred on Baoding at this zoom, on a screen wide enough for its name.
      const [x, y] = geometry.projection.project(data.regions.get('130600')!.label);
      const view = { k, tx: 2000 - x * k, ty: 2000 - y * k };
      const html = markup(
        createElement(LabelLayer, { data, geometry, displayed: ['130600'], view, size: { width: 4000, height: 4000 }, lang: 'en', look }),
      );
      const size = parseFloat(attributes(html, 'g', 'class', 'svg-map-labels')['font-size']);
      expect(html).toContain('>Baoding</text>');
      expect(size, `zoom ${zoom}`).toBeCloseTo(evaluateLayer(labels, 'layout', 'text-size', { zoom, geometry: 'Point' }) as number, 1);
    }
  });
});

describe('SVG and WebGL maps draw layouts alike', () => {
  const props = (key: string, kind: string): LayoutProps => ({
    key,
    plan: 'jilin-sei-2022',
    kind,
    name_zh: key,
    name_en: key,
    status: 'stated',
    pattern: 0,
    offset: [0, 0],
    textOffset: [0, 0],
    nameAnchors: [],
    period: '2021-2025',
  });
  const [x, y] = data.regions.get('130600')!.label;
  const point: Feature<Point, LayoutProps> = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [x, y] },
    properties: props('p/core', 'core'),
  };
  const lineFeature = (key: string, kind: string): Feature<LineString, LayoutProps> => ({
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [x, y],
        [x + 0.5, y + 0.5],
      ],
    },
    properties: props(key, kind),
  });
  const layouts: LayoutCollections = {
    points: { type: 'FeatureCollection', features: [point] },
    lines: { type: 'FeatureCollection', features: [lineFeature('p/belt', 'belt'), lineFeature('p/corridor', 'corridor')] },
    areas: { type: 'FeatureCollection', features: [] },
    ids: new Map(),
    bboxes: new Map(),
  };
  const view = (() => {
    const [px, py] = geometry.projection.project([x, y]);
    const k = scaleOfZoom(geometry.projection, 7);
    return { k, tx: 400 - px * k, ty: 400 - py * k };
  })();

  it.each(LOOKS.flatMap((look) => [true, false].map((dimmed) => ({ ...look, dimmed }))))(
    'symbols and lines: colour, size, width, dashes and the filter’s dimming ($theme, ×$scale, dimmed: $dimmed)',
    ({ theme, scale, dimmed }) => {
      const look = { theme, scale };
      for (const selectedElement of [null, 'p/core', 'p/belt']) {
        const layoutView = { hiddenPlans: [], selectedElement };
        const html = markup(
          createElement(LayoutLayer, {
            layouts,
            geometry,
            view,
            size: { width: 800, height: 800 },
            layoutView,
            matchedElements: dimmed ? new Set<string>() : null,
            look,
          }),
        );
        const webgl = layoutLayers(layoutView, 'en', look);
        const at = (id: string, group: 'paint' | 'layout', property: string, key: string, geometryType: 'Point' | 'LineString') =>
          evaluateLayer(layerOf(webgl, id), group, property, {
            properties: { ...(key === point.properties.key ? point.properties : props(key, key.slice(2))) },
            state: { dimmed },
            geometry: geometryType,
          });

        const symbol = attributes(html, 'path', 'data-element', 'p/core');
        const scaleOf = Number(/scale\(([\d.]+)\)/.exec(symbol.transform)![1]);
        expect(scaleOf, 'icon size').toBeCloseTo(at('layout-points', 'layout', 'icon-size', 'p/core', 'Point') as number, 6);
        expect(Number(symbol.opacity), 'icon opacity').toBeCloseTo(
          at('layout-points', 'paint', 'icon-opacity', 'p/core', 'Point') as number,
          6,
        );

        for (const [key, id] of [
          ['p/belt', 'layout-lines'],
          ['p/corridor', 'layout-corridors'],
        ] as const) {
          const path = attributes(html, 'path', 'data-element', key);
          expect(colour(path.stroke), key).toBe(at(id, 'paint', 'line-color', key, 'LineString'));
          const width = at(id, 'paint', 'line-width', key, 'LineString') as number;
          expect(Number(path['stroke-width']), key).toBeCloseTo(width, 6);
          expect(Number(path.opacity), key).toBeCloseTo(at(id, 'paint', 'line-opacity', key, 'LineString') as number, 6);
          const dashes =
            key === 'p/corridor' ? (at(id, 'paint', 'line-dasharray', key, 'LineString') as number[]).map((d) => d * width) : undefined;
          expect(path['stroke-dasharray']?.split(' ').map(Number), key).toEqual(dashes?.map((d) => expect.closeTo(d, 2)));
        }
        if (selectedElement === 'p/belt') {
          // The selected belt's casing in the selection colour, under the (wider) line.
          const casing = attributes(html, 'path', 'class', 'svg-map-casing svg-map-selected-line');
          expect(colour(casing.stroke)).toBe(at('layout-selected-line', 'paint', 'line-color', 'p/belt', 'LineString'));
          expect(Number(casing['stroke-width'])).toBeCloseTo(
            at('layout-selected-line', 'paint', 'line-width', 'p/belt', 'LineString') as number,
            6,
          );
          expect(html.indexOf('svg-map-selected-line')).toBeLessThan(html.indexOf('data-element="p/belt"'));
        }
      }
    },
  );
  it.each(LOOKS.flatMap((look) => [true, false].map((dimmed) => ({ ...look, dimmed }))))(
    'area members: outline colour, width and opacity, the interpretation dash, hatch and tint ($theme, ×$scale, dimmed: $dimmed)',
    ({ theme, scale, dimmed }) => {
      const look = { theme, scale };
      const member = (key: string, kind: string, code: string, status: 'stated' | 'interpretation'): Feature<Point, LayoutProps> => ({
        ...point,
        properties: { ...props(key, kind), code, status },
      });
      const areaLayouts: LayoutCollections = {
        ...layouts,
        areas: {
          type: 'FeatureCollection',
          features: [
            member('p/zone', 'zone', '130600', 'stated'),
            member('p/zone', 'zone', '130100', 'interpretation'),
            member('p/belt', 'belt', '133100', 'interpretation'),
          ],
        },
      };
      // The zone selected: only a selected zone is hatched (isHatchShown), on both maps.
      const layoutView = { hiddenPlans: [], selectedElement: 'p/zone' };
      const html = markup(
        createElement(AreaLayer, {
          layouts: areaLayouts,
          geometry,
          level: 3,
          layoutView,
          matchedElements: dimmed ? new Set<string>() : null,
          look,
        }),
      );
      const webgl = layoutLayers(layoutView, 'en', look);
      const at = (id: string, group: 'paint' | 'layout', property: string, kind: string, status: string) =>
        evaluateLayer(layerOf(webgl, id), group, property, {
          properties: { ...props(kind === 'zone' ? 'p/zone' : 'p/x', kind), status },
          state: { dimmed },
          geometry: 'Polygon',
        });
      const outlineOf = (code: string) => {
        const group = html.slice(html.indexOf(`data-member="${code}"`));
        return attributes(group, 'path', 'class', 'svg-map-area-line');
      };
      for (const [code, kind, status, id] of [
        ['130600', 'zone', 'stated', 'layout-area-line-stated'],
        ['130100', 'zone', 'interpretation', 'layout-area-line-interpretation'],
        ['133100', 'belt', 'interpretation', 'layout-area-line-interpretation'],
      ] as const) {
        const outline = outlineOf(code);
        expect(colour(outline.stroke), code).toBe(at(id, 'paint', 'line-color', kind, status));
        const width = at(id, 'paint', 'line-width', kind, status) as number;
        expect(Number(outline['stroke-width']), code).toBeCloseTo(width, 6);
        expect(Number(outline['stroke-opacity']), code).toBeCloseTo(at(id, 'paint', 'line-opacity', kind, status) as number, 6);
        const dashes =
          status === 'interpretation' ? (at(id, 'paint', 'line-dasharray', kind, status) as number[]).map((d) => d * width) : undefined;
        expect(outline['stroke-dasharray']?.split(' ').map(Number), code).toEqual(dashes?.map((d) => expect.closeTo(d, 2)));
      }
      const fillOf = (code: string) => attributes(html.slice(html.indexOf(`data-member="${code}"`)), 'path', 'class', 'svg-map-area-fill');
      expect(Number(fillOf('130600')['fill-opacity']), 'hatch').toBeCloseTo(
        at('layout-area-fill', 'paint', 'fill-opacity', 'zone', 'stated') as number,
        6,
      );
      expect(Number(fillOf('133100')['fill-opacity']), 'tint').toBeCloseTo(
        at('layout-belt-tint', 'paint', 'fill-opacity', 'belt', 'stated') as number,
        6,
      );
      expect(colour(fillOf('133100').fill), 'tint colour').toBe(at('layout-belt-tint', 'paint', 'fill-color', 'belt', 'stated'));
      // An unselected zone: outlined, not hatched, on both maps.
      const unselected = markup(
        createElement(AreaLayer, {
          layouts: areaLayouts,
          geometry,
          level: 3,
          layoutView: { hiddenPlans: [], selectedElement: null },
          matchedElements: null,
          look,
        }),
      );
      expect(unselected).not.toContain('url(#svg-hatch');
      expect(html).toContain('url(#svg-hatch');
      expect(
        passesFilter(layerOf(layoutLayers({ hiddenPlans: [], selectedElement: null }, 'en', look), 'layout-area-fill'), {
          properties: { ...props('p/zone', 'zone') },
        }),
      ).toBe(false);
    },
  );
});
