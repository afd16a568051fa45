/**
 * Loads the boundary pack (public/geo/regions.topo.json), validates every feature's
 * properties and builds the lookups the app needs: region by code, children by parent.
 * Pure except for `fetchBoundaryPack`; the map and panels only ever see `RegionData`.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
// zod's tree-shakable build: the boundary check is on the first view's critical path.
// The mini build ships without messages; the English locale says what was expected.
// jitless: zod would otherwise compile validators with `new Function`, which a strict
// Content-Security-Policy forbids. The setting is global, so it covers the plan schema too.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { fetchJson } from '../loading/dataFile';

z.config({ ...en(), jitless: true });

export const REGION_LAYERS = ['context', 'provinces', 'prefectures', 'newareas', 'counties'] as const;
export type RegionLayer = (typeof REGION_LAYERS)[number];
export type RegionLevel = 'province' | 'prefecture' | 'county' | 'newarea';

const sixDigits = () => z.string().check(z.regex(/^\d{6}$/, 'a 6-digit admin code'));
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const regionProps = z.object({
  code: sixDigits(),
  name_zh: text(80),
  name_en: text(120),
  level: z.enum(['province', 'prefecture', 'county', 'newarea']),
  parent: z.nullable(sixDigits()),
  label_lng: between(-180, 180),
  label_lat: between(-90, 90),
  area_km2: z.number().check(z.nonnegative()),
});
export type RegionProps = z.infer<typeof regionProps>;

export type RegionPropsCheck = { ok: true; props: RegionProps } | { ok: false; issues: { path: PropertyKey[]; message: string }[] };

/** Checks one feature's properties against the boundary pack's property schema (shared with pack validation). */
export function checkRegionProps(properties: unknown): RegionPropsCheck {
  const parsed = z.safeParse(regionProps, properties);
  if (parsed.success) return { ok: true, props: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: [...issue.path], message: issue.message })) };
}

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
  return parseBoundaryPack(json, url);
}

export function parseBoundaryPack(json: unknown, file: string): RegionData {
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
      const parsed = checkRegionProps(f.properties);
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
