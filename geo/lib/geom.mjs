// Small geometry helpers (planar on lng/lat, with a cos(lat) scale).
import gcoord from 'gcoord';
import turfArea from '@turf/area';

export function eachRing(geometry, fn) {
  if (!geometry) return;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  for (const p of polys) for (const r of p) fn(r);
}

export function gcjToWgs(geometry) {
  const f = gcoord.transform({ type: 'Feature', properties: {}, geometry }, gcoord.GCJ02, gcoord.WGS84);
  return f.geometry;
}

export const km2 = (feature) => turfArea(feature) / 1e6;

export function areaOf(features) {
  let s = 0;
  for (const f of features) if (f.geometry) s += km2(f);
  return s;
}

function segDist2(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  let t = l2 ? ((px - ax) * dx + (py - ay) * dy) / l2 : 0;
  t = Math.max(0, Math.min(1, t));
  const qx = ax + t * dx - px;
  const qy = ay + t * dy - py;
  return qx * qx + qy * qy;
}

/** Squared (scaled-planar) distance from point to the boundary of a polygon feature. */
export function distToBoundary2(pt, geometry, kx) {
  let best = Infinity;
  eachRing(geometry, (r) => {
    for (let i = 1; i < r.length; i++) {
      const d = segDist2(pt[0] * kx, pt[1], r[i - 1][0] * kx, r[i - 1][1], r[i][0] * kx, r[i][1]);
      if (d < best) best = d;
    }
  });
  return best;
}

/**
 * Pick the candidate that shares the longest boundary with `sliver`: each
 * sliver edge votes (by length) for the candidate whose boundary passes
 * within `tolDeg` of the edge's midpoint. Falls back to the nearest.
 */
export function bestNeighbour(sliver, candidates, tolDeg = 2e-4) {
  let lat = 0;
  let n = 0;
  eachRing(sliver.geometry, (r) =>
    r.forEach((c) => {
      lat += c[1];
      n++;
    }),
  );
  const kx = Math.cos(((lat / n) * Math.PI) / 180);
  const score = new Map();
  const nearest = new Map();
  eachRing(sliver.geometry, (r) => {
    for (let i = 1; i < r.length; i++) {
      const mid = [(r[i - 1][0] + r[i][0]) / 2, (r[i - 1][1] + r[i][1]) / 2];
      const len = Math.hypot((r[i][0] - r[i - 1][0]) * kx, r[i][1] - r[i - 1][1]);
      let bi = -1;
      let bd = Infinity;
      candidates.forEach((c, ci) => {
        const d = distToBoundary2(mid, c.geometry, kx);
        if (d < bd) {
          bd = d;
          bi = ci;
        }
      });
      nearest.set(bi, Math.min(nearest.get(bi) ?? Infinity, bd));
      if (bd <= tolDeg * tolDeg) score.set(bi, (score.get(bi) || 0) + len);
    }
  });
  let pick = -1;
  let best = -1;
  for (const [ci, s] of [...score.entries()].sort((a, b) => a[0] - b[0]))
    if (s > best) {
      best = s;
      pick = ci;
    }
  if (pick < 0) {
    let bd = Infinity;
    for (const [ci, d] of [...nearest.entries()].sort((a, b) => a[0] - b[0]))
      if (d < bd) {
        bd = d;
        pick = ci;
      }
  }
  return candidates[pick];
}

export function round(v, d) {
  const m = 10 ** d;
  return Math.round(v * m) / m;
}
