/**
 * The boundary pack (public/geo/regions.topo.json) → the lookups the app needs: region by code,
 * children by parent. Pure except for `fetchBoundaryPack`; the map and panels only ever see `RegionData`.
 * No zod here: this is on the first view's critical path, and zod (17 KB gzip, shared with the plan
 * schema) loads after the first map. The first view checks each feature's properties with
 * `quickRegionProps`, which accepts exactly what the zod schema in ./regionSchema accepts and gives the
 * same object; a pack it rejects is checked again with zod, loaded then, which says what is wrong.
 * `./regions` re-exports all of this with the zod-checked `parseBoundaryPack` and `checkRegionProps`.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { fetchJson } from '../loading/dataFile';

export const REGION_LAYERS = ['context', 'provinces', 'prefectures', 'newareas', 'counties'] as const;
export type RegionLayer = (typeof REGION_LAYERS)[number];
export type RegionLevel = 'province' | 'prefecture' | 'county' | 'newarea';

/** A boundary feature's properties, as the pack's schema (./regionSchema) checks them. */
export interface RegionProps {
  code: string;
  name_zh: string;
  name_en: string;
  level: RegionLevel;
  parent: string | null;
  label_lng: number;
  label_lat: number;
  area_km2: number;
}

export type RegionPropsCheck = { ok: true; props: RegionProps } | { ok: false; issues: { path: PropertyKey[]; message: string }[] };

const LEVELS: readonly unknown[] = ['province', 'prefecture', 'county', 'newarea'] satisfies RegionLevel[];
const isSixDigits = (v: unknown): v is string => typeof v === 'string' && /^\d{6}$/.test(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length >= 1 && v.length <= max;
const isBetween = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/**
 * The schema's rules written out (./regionSchema; tests/unit/regionProps.test.ts holds the two to the same
 * answers): the properties with only the schema's keys, in its order, or null where zod would report an issue.
 */
export function quickRegionProps(p: unknown): RegionProps | null {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return null;
  const r = p as Record<string, unknown>;
  if (!isSixDigits(r.code) || !isText(r.name_zh, 80) || !isText(r.name_en, 120) || !LEVELS.includes(r.level)) return null;
  if (!(r.parent === null || isSixDigits(r.parent))) return null;
  if (!isBetween(r.label_lng, -180, 180) || !isBetween(r.label_lat, -90, 90) || !isBetween(r.area_km2, 0, Infinity)) return null;
  return {
    code: r.code,
    name_zh: r.name_zh,
    name_en: r.name_en,
    level: r.level as RegionLevel,
    parent: r.parent,
    label_lng: r.label_lng,
    label_lat: r.label_lat,
    area_km2: r.area_km2,
  };
}

// Says only that something is wrong, so that the pack is refused (and checked again by zod, which says what).
const QUICK_REJECT: RegionPropsCheck = { ok: false, issues: [{ path: [], message: 'not valid region properties' }] };
const quickCheck = (p: unknown): RegionPropsCheck => {
  const props = quickRegionProps(p);
  return props ? { ok: true, props } : QUICK_REJECT;
};

export type Bbox = [west: number, south: number, east: number, north: number];

export interface Region {
  code: string;
  name: { zh: string; en: string };
  level: RegionLevel;
  parent: string | null;
  label: [number, number];
  areaKm2: number;
  bbox: Bbox;
  layer: RegionLayer;
}

export type RegionFeatureCollection = FeatureCollection<Geometry, RegionProps>;

export interface RegionData {
  layers: Record<RegionLayer, RegionFeatureCollection>;
  /** Every selectable region (not the context provinces). */
  regions: Map<string, Region>;
  /** Context provinces, for parent names such as Zhejiang. */
  context: Map<string, Region>;
  children: Map<string, Region[]>;
  bbox: Bbox;
}

export class BoundaryDataError extends Error {}

export async function fetchBoundaryPack(url: string): Promise<RegionData> {
  let json: unknown;
  try {
    json = await fetchJson(url);
  } catch (error) {
    throw new BoundaryDataError(error instanceof Error ? error.message : String(error));
  }
  try {
    return buildBoundaryPack(json, url, quickCheck);
  } catch (error) {
    // Something is wrong with the pack: zod's schema says what (the same pack, the same verdict).
    if (!(error instanceof BoundaryDataError)) throw error;
    // If zod's chunk does not load either (src/loading reports that), the pack is still refused.
    const schema = await import('./regionSchema').catch(() => null);
    if (!schema) throw error;
    return buildBoundaryPack(json, url, schema.checkRegionProps);
  }
}

/**
 * The boundary pack's topology → the app's `RegionData`, each feature's properties checked by `check`:
 * zod's schema (`parseBoundaryPack` in ./regions) or, on the first view, `quickRegionProps`.
 */
export function buildBoundaryPack(json: unknown, file: string, check: (properties: unknown) => RegionPropsCheck): RegionData {
  const topo = json as Topology;
  if (!topo || topo.type !== 'Topology' || typeof topo.objects !== 'object') {
    throw new BoundaryDataError(`${file}: expected a TopoJSON Topology`);
  }
  const layers = {} as Record<RegionLayer, RegionFeatureCollection>;
  const regions = new Map<string, Region>();
  const context = new Map<string, Region>();
  const problems: string[] = [];

  for (const layer of REGION_LAYERS) {
    const object = topo.objects[layer] as GeometryCollection | undefined;
    if (!object) {
      problems.push(`${file}: objects.${layer}: missing`);
      continue;
    }
    const collection = feature(topo, object) as FeatureCollection<Geometry, unknown>;
    const valid: Feature<Geometry, RegionProps>[] = [];
    collection.features.forEach((f, i) => {
      const parsed = check(f.properties);
      if (!parsed.ok) {
        for (const issue of parsed.issues) {
          problems.push(`${file}: objects.${layer}[${i}].properties.${issue.path.join('.')}: ${issue.message}`);
        }
        return;
      }
      const props = parsed.props;
      valid.push({ ...f, id: Number(props.code), properties: props });
      const region = toRegion(props, f.geometry, layer);
      const target = layer === 'context' ? context : regions;
      if (target.has(props.code)) problems.push(`${file}: objects.${layer}[${i}]: duplicate code ${props.code}`);
      target.set(props.code, region);
    });
    layers[layer] = { type: 'FeatureCollection', features: valid };
  }
  if (problems.length > 0) throw new BoundaryDataError(problems.slice(0, 20).join('\n'));

  return {
    layers,
    regions,
    context,
    children: childrenByParent(regions.values()),
    bbox: unionBbox([...regions.values()].map((r) => r.bbox)),
  };
}

/** Each parent's children, sorted by code. */
export function childrenByParent(regions: Iterable<Region>): Map<string, Region[]> {
  const children = new Map<string, Region[]>();
  for (const region of regions) {
    if (!region.parent) continue;
    const list = children.get(region.parent) ?? [];
    list.push(region);
    children.set(region.parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  return children;
}

export function toRegion(props: RegionProps, geometry: Geometry, layer: RegionLayer): Region {
  return {
    code: props.code,
    name: { zh: props.name_zh, en: props.name_en },
    level: props.level,
    parent: props.parent,
    label: [props.label_lng, props.label_lat],
    areaKm2: props.area_km2,
    bbox: geometryBbox(geometry),
    layer,
  };
}

export function geometryBbox(geometry: Geometry): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (p: Position) => {
    if (p[0] < box[0]) box[0] = p[0];
    if (p[1] < box[1]) box[1] = p[1];
    if (p[0] > box[2]) box[2] = p[0];
    if (p[1] > box[3]) box[3] = p[1];
  };
  const walk = (coords: unknown): void => {
    if (typeof (coords as Position)[0] === 'number') visit(coords as Position);
    else for (const c of coords as unknown[]) walk(c);
  };
  walk(coordinatesOf(geometry));
  return box;
}

function coordinatesOf(g: Geometry): unknown {
  return g.type === 'GeometryCollection' ? g.geometries.map(coordinatesOf) : g.coordinates;
}

export function unionBbox(boxes: Bbox[]): Bbox {
  return boxes.reduce<Bbox>(
    (acc, b) => [Math.min(acc[0], b[0]), Math.min(acc[1], b[1]), Math.max(acc[2], b[2]), Math.max(acc[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/** The chain from the top (province or context province) down to `code`, inclusive. */
export function ancestry(data: RegionData, code: string): Region[] {
  const chain: Region[] = [];
  let current = data.regions.get(code) ?? data.context.get(code);
  while (current) {
    chain.unshift(current);
    current = current.parent ? (data.regions.get(current.parent) ?? data.context.get(current.parent)) : undefined;
  }
  return chain;
}
