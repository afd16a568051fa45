/**
 * Geometry checks for pack boundaries: structure, coordinate range, closed rings, empty
 * geometry and self-intersecting rings. Pure. Inputs are untrusted JSON values, so every
 * access is checked; nothing here throws on odd input.
 */

export interface GeometryBudget {
  /** segment pairs left for the self-intersection check */
  pairs: number;
  /** set once the budget ran out */
  exhausted: boolean;
}

/** A problem found in a geometry: where in its coordinates (e.g. [0, 3, 5]) and what. */
export interface GeometryProblem {
  at: number[];
  message: string;
}

const isArray = Array.isArray;

/** Counts positions in a Polygon / MultiPolygon value, stopping once `cap` is passed. */
export function countPositions(geometry: unknown, cap: number): number {
  if (!geometry || typeof geometry !== 'object') return 0;
  const coords = (geometry as { coordinates?: unknown }).coordinates;
  let count = 0;
  const stack: unknown[] = [coords];
  while (stack.length && count <= cap) {
    const v = stack.pop();
    if (!isArray(v)) continue;
    if (typeof v[0] === 'number' || v.length === 0) {
      count += typeof v[0] === 'number' ? 1 : 0;
      continue;
    }
    for (const c of v) stack.push(c);
  }
  return count;
}

/**
 * Checks a GeoJSON geometry that should be a region: Polygon or MultiPolygon, non-empty,
 * positions of finite numbers within longitude −180…180 and latitude −90…90, rings of at
 * least four positions, closed, and not crossing themselves.
 */
export function checkRegionGeometry(geometry: unknown, budget: GeometryBudget): GeometryProblem[] {
  if (geometry === null || geometry === undefined) return [{ at: [], message: 'empty geometry (expected a Polygon or MultiPolygon)' }];
  if (typeof geometry !== 'object' || isArray(geometry))
    return [{ at: [], message: `expected a geometry object, got ${kindOf(geometry)}` }];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon')
    return [{ at: [], message: `expected geometry type "Polygon" or "MultiPolygon", got ${JSON.stringify(type) ?? 'nothing'}` }];
  if (!isArray(coordinates)) return [{ at: [], message: `expected coordinates as an array, got ${kindOf(coordinates)}` }];
  if (coordinates.length === 0) return [{ at: [], message: `empty geometry (a ${type} without coordinates)` }];
  const problems: GeometryProblem[] = [];
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  polygons.forEach((polygon, p) => {
    const base = type === 'Polygon' ? [] : [p];
    if (!isArray(polygon)) {
      problems.push({ at: base, message: `expected a polygon (an array of rings), got ${kindOf(polygon)}` });
      return;
    }
    if (polygon.length === 0) {
      problems.push({ at: base, message: 'empty polygon (expected at least one ring)' });
      return;
    }
    polygon.forEach((ring, r) => problems.push(...checkRing(ring, [...base, r], budget)));
  });
  return problems;
}

function checkRing(ring: unknown, at: number[], budget: GeometryBudget): GeometryProblem[] {
  if (!isArray(ring)) return [{ at, message: `expected a ring (an array of positions), got ${kindOf(ring)}` }];
  if (ring.length < 4) return [{ at, message: `a ring needs at least 4 positions (first = last), got ${ring.length}` }];
  const xs = new Float64Array(ring.length);
  const ys = new Float64Array(ring.length);
  for (let k = 0; k < ring.length; k++) {
    const pos = ring[k] as unknown;
    if (!isArray(pos) || pos.length < 2 || !Number.isFinite(pos[0]) || !Number.isFinite(pos[1]))
      return [{ at: [...at, k], message: `expected a position [longitude, latitude] of finite numbers, got ${preview(pos)}` }];
    const [x, y] = pos as number[];
    if (x < -180 || x > 180) return [{ at: [...at, k], message: `longitude ${x} is out of range (expected −180 to 180)` }];
    if (y < -90 || y > 90) return [{ at: [...at, k], message: `latitude ${y} is out of range (expected −90 to 90)` }];
    xs[k] = x;
    ys[k] = y;
  }
  const last = ring.length - 1;
  if (xs[0] !== xs[last] || ys[0] !== ys[last])
    return [{ at, message: 'the ring is not closed (expected its last position to equal its first)' }];
  const crossing = findSelfIntersection(xs, ys, budget);
  if (crossing) {
    const [i, j] = crossing;
    return [
      {
        at,
        message: `the ring crosses itself: segment ${i} (${xs[i]}, ${ys[i]} → ${xs[i + 1]}, ${ys[i + 1]}) and segment ${j} (${xs[j]}, ${ys[j]} → ${xs[j + 1]}, ${ys[j + 1]})`,
      },
    ];
  }
  return [];
}

/**
 * First pair of non-adjacent segments of a closed ring that cross or overlap, or null.
 * Sort-and-sweep on x: segments are sorted by their left end and each is compared only with
 * the segments whose x-range it overlaps, so ordinary rings cost about n log n. Touching at a
 * single point (a vertex on another segment) is not counted. Stops quietly when the budget of
 * compared pairs runs out (the caller reports that the check was cut short).
 */
export function findSelfIntersection(xs: Float64Array, ys: Float64Array, budget: GeometryBudget): [number, number] | null {
  const m = xs.length - 1; // segments i: i → i+1
  if (m < 4) return null;
  const order = Array.from({ length: m }, (_, i) => i);
  const minX = (i: number) => Math.min(xs[i], xs[i + 1]);
  const maxX = (i: number) => Math.max(xs[i], xs[i + 1]);
  order.sort((a, b) => minX(a) - minX(b));
  let active: number[] = [];
  for (const s of order) {
    const left = minX(s);
    active = active.filter((a) => maxX(a) >= left);
    const sy0 = Math.min(ys[s], ys[s + 1]);
    const sy1 = Math.max(ys[s], ys[s + 1]);
    for (const a of active) {
      if (budget.pairs <= 0) {
        budget.exhausted = true;
        return null;
      }
      budget.pairs--;
      const d = Math.abs(a - s);
      if (d === 1 || d === m - 1) continue; // neighbours share a vertex
      if (Math.max(ys[a], ys[a + 1]) < sy0 || Math.min(ys[a], ys[a + 1]) > sy1) continue;
      if (segmentsCross(xs, ys, a, s)) return a < s ? [a, s] : [s, a];
    }
    active.push(s);
  }
  return null;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Proper crossing, or collinear overlap longer than a point. */
function segmentsCross(xs: Float64Array, ys: Float64Array, a: number, b: number): boolean {
  const [ax, ay, bx, by] = [xs[a], ys[a], xs[a + 1], ys[a + 1]];
  const [cx, cy, dx, dy] = [xs[b], ys[b], xs[b + 1], ys[b + 1]];
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  if (o1 === 0 && o2 === 0 && o3 === 0 && o4 === 0) {
    // Collinear: project on the longer axis and look for an overlap of positive length.
    const useX = Math.abs(bx - ax) + Math.abs(dx - cx) >= Math.abs(by - ay) + Math.abs(dy - cy);
    const [p0, p1] = useX ? [Math.min(ax, bx), Math.max(ax, bx)] : [Math.min(ay, by), Math.max(ay, by)];
    const [q0, q1] = useX ? [Math.min(cx, dx), Math.max(cx, dx)] : [Math.min(cy, dy), Math.max(cy, dy)];
    return Math.min(p1, q1) - Math.max(p0, q0) > 0;
  }
  return false;
}

export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/** A short, literal rendering of an untrusted value for a message. */
export function preview(value: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(value) ?? kindOf(value);
  } catch {
    s = kindOf(value);
  }
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
