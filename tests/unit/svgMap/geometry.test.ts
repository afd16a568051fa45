import { describe, expect, it } from 'vitest';
import { WORLD, detailLevel, fitView, radialFilter, toScreen, worldProjection } from '../../../src/svgMap/projection';
import { regionGeometry, sphericalWinding } from '../../../src/svgMap/paths';
import { parseBoundaryPack } from '../../../src/data/regions';
import { fixtureTopology } from '../fixtures';

const data = parseBoundaryPack(fixtureTopology(), 'fixture.json');

describe('worldProjection', () => {
  const projection = worldProjection([114, 27, 123, 40]);

  it('fits the box into the world square, north up and west left', () => {
    const [x0, y0, x1, y1] = projection.box([114, 27, 123, 40]);
    for (const v of [x0, y0, x1, y1]) {
      expect(v).toBeGreaterThanOrEqual(-1e-6);
      expect(v).toBeLessThanOrEqual(WORLD + 1e-6);
    }
    // The taller side fills the square.
    expect(Math.max(x1 - x0, y1 - y0)).toBeCloseTo(WORLD, 3);
    const [wx, ny] = projection.project([114, 40]);
    const [ex, sy] = projection.project([123, 27]);
    expect(wx).toBeLessThan(ex);
    expect(ny).toBeLessThan(sy);
  });

  it('draws a polygon as one closed SVG path in world units, whichever way its ring runs', () => {
    const clockwise = [
      [115, 30],
      [115, 31],
      [116, 31],
      [116, 30],
      [115, 30],
    ];
    const oneSquare = /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}Z$/;
    expect(projection.path({ type: 'Polygon', coordinates: [clockwise] })).toMatch(oneSquare);
    // An RFC 7946 (anticlockwise) ring would mean "the globe but this square" to d3-geo unless turned.
    const anticlockwise = { type: 'Polygon' as const, coordinates: [[...clockwise].reverse()] };
    expect(projection.path(sphericalWinding(anticlockwise))).toMatch(oneSquare);
    expect(sphericalWinding({ type: 'Polygon', coordinates: [clockwise] })).toEqual({ type: 'Polygon', coordinates: [clockwise] });
  });
});

describe('fitView', () => {
  const size = { width: 800, height: 400 };
  const padding = { top: 10, right: 200, bottom: 10, left: 10 };

  it('centres a box inside the padding, limited by its tighter side', () => {
    const view = fitView([0, 0, 100, 100], size, padding);
    expect(view.k).toBeCloseTo(3.8);
    const [x0, y0] = toScreen(view, [0, 0]);
    const [x1, y1] = toScreen(view, [100, 100]);
    expect([y0, y1]).toEqual([10, 390]);
    // Centred between the left padding and the room kept for the panel.
    expect((x0 + x1) / 2).toBeCloseTo(10 + (800 - 210) / 2);
  });

  it('stops at the largest scale it is given', () => {
    expect(fitView([0, 0, 1, 1], size, padding, 50).k).toBe(50);
  });
});

describe('regionGeometry', () => {
  it('draws coarser paths at lower levels of detail, each built once', () => {
    const geometry = regionGeometry(data);
    const fine = geometry.pathOf('130000', 3);
    const coarse = geometry.pathOf('130000', 0);
    expect(coarse.length).toBeLessThanOrEqual(fine.length);
    expect(geometry.pathOf('130000', 0)).toBe(coarse);
  });

  it('builds each path once per pack and returns the same string after', () => {
    const geometry = regionGeometry(data);
    expect(regionGeometry(data)).toBe(geometry);
    const d = geometry.pathOf('130600');
    expect(d).toMatch(/^M.*Z$/);
    expect(geometry.pathOf('130600')).toBe(d);
    expect(geometry.pathOf('999999')).toBe('');
  });

  it('draws a province from the pack’s own layer, not the context layer', () => {
    const geometry = regionGeometry(data);
    const hebei = data.layers.provinces.features.find((f) => f.properties.code === '130000')!;
    expect(geometry.pathOf('130000')).toBe(geometry.projection.path(sphericalWinding(hebei.geometry)));
    expect(geometry.layerCodes('context')).toEqual(['330000']);
  });
});

describe('levels of detail', () => {
  it('picks the coarsest level that keeps dropped points within a pixel', () => {
    expect(detailLevel(0.1)).toBe(0);
    expect(detailLevel(0.3)).toBe(1);
    expect(detailLevel(1)).toBe(2);
    expect(detailLevel(5)).toBe(3);
  });

  it('drops points closer than the tolerance but keeps each line’s ends', () => {
    const out: [number, number][] = [];
    const sink = {
      point: (x: number, y: number) => void out.push([x, y]),
      lineStart() {},
      lineEnd() {},
      polygonStart() {},
      polygonEnd() {},
    };
    const filter = radialFilter(sink, 2);
    filter.lineStart();
    for (const [x, y] of [
      [0, 0],
      [0.5, 0],
      [1, 0],
      [3, 0],
      [3.5, 0],
      [4, 0],
    ])
      filter.point(x, y, 0);
    filter.lineEnd();
    expect(out).toEqual([
      [0, 0],
      [3, 0],
      [4, 0],
    ]);
  });
});
