/**
 * SVG path data of each region, built on first use and kept per boundary pack: a scope change
 * builds only the regions it shows for the first time, and selection, hover, filter and framing
 * build none (they restyle or move the already-built paths).
 */
import { geoArea } from 'd3-geo';
import type { Geometry, Polygon, Position } from 'geojson';
import { REGION_LAYERS, type RegionData } from '../data/regions';
import { smoothOutline } from '../mapModel';
import { DETAIL_TOLERANCES, worldProjection, type DetailLevel, type WorldProjection } from './projection';

export interface RegionGeometry {
  projection: WorldProjection;
  /** Path data of a region (or context province) in world units at a level of detail; '' for an unknown code. */
  pathOf(code: string, level?: DetailLevel): string;
  /** Path data of a region's smoothed outline (the model's smoothOutline) at a level of detail, for the selection line; '' for an unknown code. */
  outlineOf(code: string, level?: DetailLevel): string;
  /** The codes of a whole layer (drawn one path each, so the rasteriser can skip those off a tile). */
  layerCodes(layer: 'context' | 'provinces'): string[];
}

const cache = new WeakMap<RegionData, RegionGeometry>();

export function regionGeometry(data: RegionData): RegionGeometry {
  const cached = cache.get(data);
  if (cached) return cached;
  const projection = worldProjection(data.bbox);
  const geometryByCode = new Map<string, Geometry>();
  // Selectable layers first: a context province shares its code with the pack's own province.
  for (const layer of [...REGION_LAYERS.filter((l) => l !== 'context'), 'context' as const]) {
    for (const f of data.layers[layer].features)
      if (!geometryByCode.has(f.properties.code)) geometryByCode.set(f.properties.code, f.geometry);
  }
  const paths = new Map<string, string>();
  const wound = new Map<string, Geometry>();
  const smoothed = new Map<string, Geometry>();
  const layers = new Map<string, string[]>();
  const geometry: RegionGeometry = {
    projection,
    pathOf(code, level: DetailLevel = 3) {
      const key = `${level}:${code}`;
      let d = paths.get(key);
      if (d === undefined) {
        let g = wound.get(code);
        const raw = geometryByCode.get(code);
        if (!g && raw) wound.set(code, (g = sphericalWinding(raw)));
        d = g ? projection.path(g, DETAIL_TOLERANCES[level]) : '';
        paths.set(key, d);
      }
      return d;
    },
    outlineOf(code, level: DetailLevel = 3) {
      const key = `outline:${level}:${code}`;
      let d = paths.get(key);
      if (d === undefined) {
        let g = smoothed.get(code);
        const raw = geometryByCode.get(code);
        if (!g && raw) smoothed.set(code, (g = sphericalWinding(smoothOutline(raw))));
        d = g ? projection.path(g, DETAIL_TOLERANCES[level]) : '';
        paths.set(key, d);
      }
      return d;
    },
    layerCodes(layer) {
      let list = layers.get(layer);
      if (!list) layers.set(layer, (list = data.layers[layer].features.map((f) => f.properties.code)));
      return list;
    },
  };
  cache.set(data, geometry);
  return geometry;
}

/**
 * d3-geo reads rings on the sphere: an exterior ring must run clockwise, or the polygon means
 * the whole globe but that area. GeoJSON (RFC 7946) packs run them anticlockwise; such polygons
 * are turned around so that any pack draws the same.
 */
export function sphericalWinding(g: Geometry): Geometry {
  const fix = (rings: Position[][]): Position[][] => {
    const polygon: Polygon = { type: 'Polygon', coordinates: rings };
    return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  };
  if (g.type === 'Polygon') return { ...g, coordinates: fix(g.coordinates) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map(fix) };
  return g;
}
