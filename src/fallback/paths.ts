/**
 * SVG path data of each region, built on first use and kept per boundary pack: a scope change
 * builds only the regions it shows for the first time, and selection, hover, filter and framing
 * build none (they restyle or move the already-built paths).
 */
import { geoArea } from 'd3-geo';
import type { Geometry, Polygon, Position } from 'geojson';
import { REGION_LAYERS, type RegionData } from '../data/regions';
import { worldProjection, type WorldProjection } from './projection';

export interface RegionGeometry {
  projection: WorldProjection;
  /** Path data of a region (or context province) in world units; '' for an unknown code. */
  pathOf(code: string): string;
  /** Path data of a whole layer as one path (outlines drawn together). */
  layerPath(layer: 'context' | 'provinces'): string;
}

const cache = new WeakMap<RegionData, RegionGeometry>();

export function regionGeometry(data: RegionData): RegionGeometry {
  const cached = cache.get(data);
  if (cached) return cached;
  const projection = worldProjection(data.bbox);
  const geometryByCode = new Map<string, Geometry>();
  // Selectable layers first: a context province shares its code with the pack's own province.
  for (const layer of [...REGION_LAYERS.filter((l) => l !== 'context'), 'context' as const]) {
    for (const f of data.layers[layer].features) if (!geometryByCode.has(f.properties.code)) geometryByCode.set(f.properties.code, f.geometry);
  }
  const paths = new Map<string, string>();
  const layers = new Map<string, string>();
  const geometry: RegionGeometry = {
    projection,
    pathOf(code) {
      let d = paths.get(code);
      if (d === undefined) {
        const g = geometryByCode.get(code);
        d = g ? projection.path(sphericalWinding(g)) : '';
        paths.set(code, d);
      }
      return d;
    },
    layerPath(layer) {
      let d = layers.get(layer);
      if (d === undefined) {
        d = data.layers[layer].features.map((f) => geometry.pathOf(f.properties.code)).join('');
        layers.set(layer, d);
      }
      return d;
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
