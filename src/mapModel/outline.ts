/**
 * The selected region's outline, smoothed, for both maps: a thick line along a boundary simplified at
 * 100 m shows every kink as a tooth once a county fills the screen. Each ring is walked at an even
 * spacing and every point moved to the weighted mean of its neighbours within OUTLINE_WINDOW_M along
 * the ring (a triangular window), which takes out wiggles shorter than the window and moves the line
 * less than half the window from the boundary the fill shows. A coarse ring (a province's, points
 * kilometres apart: median segment longer than the window) has no such teeth and is kept as it is. Pure: lon/lat in, lon/lat out.
 */
import type { Geometry, Position } from 'geojson';

/** Spacing (metres) of the points of a smoothed ring, at the least. */
export const OUTLINE_SPACING_M = 100;
/** Half the smoothing window (metres along the ring); rings whose median segment is longer are kept as they are. */
export const OUTLINE_WINDOW_M = 400;

const METRES_PER_DEGREE = 111_320;

/** A closed ring smoothed; a ring shorter than the window, or coarser than it, is kept as it is. */
export function smoothRing(ring: readonly Position[], windowM = OUTLINE_WINDOW_M, spacingM = OUTLINE_SPACING_M): Position[] {
  if (ring.length < 4) return [...ring];
  const [lon0, lat0] = ring[0];
  const kx = METRES_PER_DEGREE * Math.max(Math.cos((lat0 * Math.PI) / 180), 0.01);
  const ky = METRES_PER_DEGREE;
  // The ring in metres east and north of its first point, and its length.
  const n = ring.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const lengths = new Float64Array(n - 1);
  let perimeter = 0;
  for (let i = 0; i < n; i++) {
    xs[i] = (ring[i][0] - lon0) * kx;
    ys[i] = (ring[i][1] - lat0) * ky;
    if (i) perimeter += lengths[i - 1] = Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
  }
  // The ring's typical point spacing: its median segment (long straight runs left aside).
  const spacing = Math.max(spacingM, lengths.slice().sort()[(n - 1) >> 1]);
  const reach = Math.round(windowM / spacing);
  const count = Math.floor(perimeter / spacing);
  if (reach < 1 || count < 4 * reach) return [...ring];
  // Points every `spacing` metres along the ring (the closing point left out).
  const px = new Float64Array(count);
  const py = new Float64Array(count);
  let k = 0;
  let walked = 0; // metres from the ring's start to the current segment's start
  for (let i = 1; i < n && k < count; i++) {
    const length = lengths[i - 1];
    while (k < count && k * spacing <= walked + length) {
      const t = length ? (k * spacing - walked) / length : 0;
      px[k] = xs[i - 1] + (xs[i] - xs[i - 1]) * t;
      py[k] = ys[i - 1] + (ys[i] - ys[i - 1]) * t;
      k++;
    }
    walked += length;
  }
  // The triangular window, around the ring.
  const out: Position[] = new Array(k + 1);
  const total = (reach + 1) ** 2;
  for (let i = 0; i < k; i++) {
    let x = 0;
    let y = 0;
    for (let j = -reach; j <= reach; j++) {
      const w = reach + 1 - Math.abs(j);
      const at = (i + j + k) % k;
      x += w * px[at];
      y += w * py[at];
    }
    out[i] = [lon0 + x / total / kx, lat0 + y / total / ky];
  }
  out[k] = out[0];
  return out;
}

/** A region's geometry with every ring smoothed; other geometry types are returned unchanged. */
export function smoothOutline<G extends Geometry>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map((r) => smoothRing(r)) };
  if (geometry.type === 'MultiPolygon')
    return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map((r) => smoothRing(r))) };
  return geometry;
}
