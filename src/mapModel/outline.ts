/**
 * The selected region's outline, smoothed, for both maps: a thick line along a boundary simplified at
 * 100 m shows every kink as a tooth once a county fills the screen. Each ring is walked at an even
 * spacing and every point moved to the weighted mean of its neighbours within OUTLINE_WINDOW_M along
 * the ring (a triangular window), which takes out wiggles shorter than the window and moves the line
 * less than half the window from the boundary the fill shows. Pure: lon/lat in, lon/lat out.
 */
import type { Geometry, Position } from 'geojson';

/** Spacing (metres) of the points of a smoothed ring. */
export const OUTLINE_SPACING_M = 100;
/** Half the smoothing window (metres along the ring). */
export const OUTLINE_WINDOW_M = 400;

const METRES_PER_DEGREE = 111_320;

/** A closed ring's points every `spacing` metres along it (without the closing point), in metres east and north of its first point. */
function resample(ring: readonly Position[], spacing: number, toMetres: (p: Position) => [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let carry = 0; // metres walked since the last point put out
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = toMetres(ring[i - 1]);
    const [x1, y1] = toMetres(ring[i]);
    const length = Math.hypot(x1 - x0, y1 - y0);
    let at = out.length ? spacing - carry : 0;
    for (; at <= length; at += spacing) {
      const t = length ? at / length : 0;
      out.push([x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]);
    }
    carry = length - (at - spacing);
  }
  return out;
}

/** A closed ring smoothed; a ring shorter than the window is kept as it is. */
export function smoothRing(ring: readonly Position[], windowM = OUTLINE_WINDOW_M, spacingM = OUTLINE_SPACING_M): Position[] {
  if (ring.length < 4) return [...ring];
  const [lon0, lat0] = ring[0];
  const cos = Math.max(Math.cos((lat0 * Math.PI) / 180), 0.01);
  const toMetres = (p: Position): [number, number] => [(p[0] - lon0) * METRES_PER_DEGREE * cos, (p[1] - lat0) * METRES_PER_DEGREE];
  const points = resample(ring, spacingM, toMetres);
  const reach = Math.round(windowM / spacingM);
  if (points.length < 4 * reach) return [...ring];
  const smooth = points.map((_, i) => {
    let x = 0;
    let y = 0;
    let total = 0;
    for (let j = -reach; j <= reach; j++) {
      const w = reach + 1 - Math.abs(j);
      const p = points[(i + j + points.length) % points.length];
      x += w * p[0];
      y += w * p[1];
      total += w;
    }
    return [lon0 + x / total / (METRES_PER_DEGREE * cos), lat0 + y / total / METRES_PER_DEGREE];
  });
  return [...smooth, smooth[0]];
}

/** A region's geometry with every ring smoothed; other geometry types are returned unchanged. */
export function smoothOutline<G extends Geometry>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map((r) => smoothRing(r)) };
  if (geometry.type === 'MultiPolygon')
    return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map((r) => smoothRing(r))) };
  return geometry;
}
