/**
 * The SVG map's geometry, pure: one Mercator projection fitted once to the pack's extent
 * in a fixed "world" square, and the view (scale and offset) that frames a box on screen.
 * Paths are built once in world units; framing and zooming only change the view, never a path.
 */
import { geoMercator, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Geometry } from 'geojson';
import type { Bbox } from '../data/regions';
import { worldWidthPx, type Padding } from '../mapModel';

/** Side of the world square the projection fits the pack into (world units, not pixels). */
export const WORLD = 10_000;
/** A tenth of a world unit: well under a pixel even when one county fills the screen. */
const PATH_DIGITS = 1;

export type Point = [x: number, y: number];
/** A box in world units: [x0, y0, x1, y1] with y growing downwards. */
export type WorldBox = [number, number, number, number];

export interface WorldProjection {
  project(lngLat: readonly [number, number]): Point;
  /** World point → [lng, lat] (the camera in the link). */
  invert(point: Point): [number, number];
  /** The Mercator's scale: world units per radian of longitude. */
  radius: number;
  /** Path data in world units, dropping points closer than `tolerance` world units to the last one kept. */
  path(geometry: Geometry, tolerance?: number): string;
  box(bbox: Bbox): WorldBox;
}

/**
 * Levels of detail, as tolerances in world units: the overview of a whole pack needs far fewer
 * points than a county filling the screen, and software rasterising (no GPU) pays for every one.
 */
export const DETAIL_TOLERANCES = [8, 2, 0.5, 0] as const;
export type DetailLevel = 0 | 1 | 2 | 3;

/** The coarsest level whose dropped points stay within a pixel at scale `k` (screen px per world unit). */
export function detailLevel(k: number): DetailLevel {
  const level = DETAIL_TOLERANCES.findIndex((tolerance) => tolerance * k <= 1);
  return (level < 0 ? DETAIL_TOLERANCES.length - 1 : level) as DetailLevel;
}

/** A stream that drops points within `tolerance` of the last kept one; every line keeps its first and last point. */
export function radialFilter(out: GeoStream, tolerance: number): GeoStream {
  const t2 = tolerance * tolerance;
  let last: Point | null = null;
  let pending: Point | null = null;
  return {
    point(x, y) {
      if (last && (x - last[0]) ** 2 + (y - last[1]) ** 2 < t2) {
        pending = [x, y];
        return;
      }
      out.point(x, y);
      last = [x, y];
      pending = null;
    },
    lineStart() {
      last = pending = null;
      out.lineStart();
    },
    lineEnd() {
      if (pending) out.point(pending[0], pending[1]);
      last = pending = null;
      out.lineEnd();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

/** Fits a Mercator projection to `bbox` inside the world square. */
export function worldProjection(bbox: Bbox): WorldProjection {
  const [w, s, e, n] = bbox;
  const outline: Geometry = {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [e, n],
      [w, n],
      [e, s],
    ],
  };
  // precision(0): no adaptive resampling; the boundaries are already dense, and Mercator keeps short edges straight.
  const projection: GeoProjection = geoMercator()
    .precision(0)
    .fitExtent(
      [
        [0, 0],
        [WORLD, WORLD],
      ],
      outline,
    );
  const paths = new Map<number, ReturnType<typeof geoPath>>();
  const pathAt = (tolerance: number) => {
    let path = paths.get(tolerance);
    if (!path) {
      const stream =
        tolerance > 0 ? (out: GeoStream) => projection.stream(radialFilter(out, tolerance)) : (out: GeoStream) => projection.stream(out);
      path = geoPath({ stream }).digits(PATH_DIGITS);
      paths.set(tolerance, path);
    }
    return path;
  };
  const project = (p: readonly [number, number]): Point => projection([p[0], p[1]]) ?? [0, 0];
  return {
    project,
    invert: (p) => (projection.invert?.(p) as [number, number] | null) ?? [0, 0],
    radius: projection.scale(),
    path: (geometry, tolerance = 0) => pathAt(tolerance)(geometry) ?? '',
    box: ([bw, bs, be, bn]) => {
      const [x0, y0] = project([bw, bn]);
      const [x1, y1] = project([be, bs]);
      return [x0, y0, x1, y1];
    },
  };
}

/** World → screen: screen = world × k + [tx, ty]. */
export interface View {
  k: number;
  tx: number;
  ty: number;
}

export type { Padding } from '../mapModel';

/** The view that fits `box` into a screen of `size` inside `padding`, centred, at most `maxK`. */
export function fitView(box: WorldBox, size: { width: number; height: number }, padding: Padding, maxK = Infinity): View {
  const innerW = Math.max(1, size.width - padding.left - padding.right);
  const innerH = Math.max(1, size.height - padding.top - padding.bottom);
  const boxW = Math.max(box[2] - box[0], 1e-6);
  const boxH = Math.max(box[3] - box[1], 1e-6);
  const k = Math.min(innerW / boxW, innerH / boxH, maxK);
  const cx = (box[0] + box[2]) / 2;
  const cy = (box[1] + box[3]) / 2;
  return { k, tx: padding.left + innerW / 2 - cx * k, ty: padding.top + innerH / 2 - cy * k };
}

/**
 * The web-mercator zoom level (as the WebGL map counts it, see mapModel's worldWidthPx) of a view
 * at scale `k`: the whole world's width on screen is 2π·radius·k px, 512·2^zoom on the WebGL map.
 */
export const zoomOfScale = (projection: WorldProjection, k: number) => Math.log2((2 * Math.PI * projection.radius * k) / worldWidthPx(0));
export const scaleOfZoom = (projection: WorldProjection, zoom: number) => worldWidthPx(zoom) / (2 * Math.PI * projection.radius);

export const toScreen = (view: View, p: Point): Point => [p[0] * view.k + view.tx, p[1] * view.k + view.ty];

/** Longitude/latitude → screen pixels in a view (the map model's ScreenProjection). */
export const screenProjection =
  (geometry: { projection: WorldProjection }, view: View) =>
  (lngLat: readonly [number, number]): Point =>
    toScreen(view, geometry.projection.project(lngLat));

export const viewTransform = (view: View) => `translate(${view.tx.toFixed(2)} ${view.ty.toFixed(2)}) scale(${view.k.toPrecision(6)})`;
