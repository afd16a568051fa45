// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import { OUTLINE_WINDOW_M, smoothOutline, smoothRing } from '../../../src/mapModel';

const M = 1 / 111_320; // a metre in degrees of latitude

/** A square of 10 km at the equator whose south edge is a saw of 60 m teeth every 100 m (as a 100 m simplification leaves). */
function sawSquare(): Position[] {
  const south: Position[] = [];
  for (let x = 0; x <= 10_000; x += 100) south.push([x * M, (x / 100) % 2 ? 60 * M : 0]);
  return [...south, [10_000 * M, 10_000 * M], [0, 10_000 * M], south[0]];
}

const southEdge = (ring: Position[]) => ring.filter((p) => p[1] < 500 * M && p[0] > 1_000 * M && p[0] < 9_000 * M);
const spread = (ys: number[]) => (Math.max(...ys) - Math.min(...ys)) / M;

describe('the selection outline', () => {
  it('smooths the teeth of a simplified boundary away, and stays within the window of it', () => {
    const ring = sawSquare();
    expect(spread(southEdge(ring).map((p) => p[1]))).toBeCloseTo(60);
    const smooth = smoothRing(ring);
    expect(spread(southEdge(smooth).map((p) => p[1]))).toBeLessThan(20);
    // Closed, and no point further than the window from the square.
    expect(smooth[smooth.length - 1]).toEqual(smooth[0]);
    for (const [x, y] of smooth) {
      expect(x / M).toBeGreaterThan(-OUTLINE_WINDOW_M);
      expect(x / M).toBeLessThan(10_000 + OUTLINE_WINDOW_M);
      expect(y / M).toBeGreaterThan(-OUTLINE_WINDOW_M);
      expect(y / M).toBeLessThan(10_000 + OUTLINE_WINDOW_M);
    }
  });

  it('keeps a ring shorter than the window as it is (an islet of a few hundred metres)', () => {
    const islet: Position[] = [
      [0, 0],
      [200 * M, 0],
      [200 * M, 200 * M],
      [0, 0],
    ];
    expect(smoothRing(islet)).toEqual(islet);
  });

  it('smooths every ring of polygons and multipolygons, and leaves other geometry alone', () => {
    const polygon: Polygon = { type: 'Polygon', coordinates: [sawSquare()] };
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[sawSquare()], [sawSquare()]] };
    const point: Point = { type: 'Point', coordinates: [1, 2] };
    expect(smoothOutline(polygon).coordinates[0]).toEqual(smoothRing(sawSquare()));
    expect(smoothOutline(multi).coordinates.map((p) => p[0])).toEqual([smoothRing(sawSquare()), smoothRing(sawSquare())]);
    expect(smoothOutline(point)).toBe(point);
  });
});
