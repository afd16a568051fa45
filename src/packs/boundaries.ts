/**
 * Pack boundaries (GeoJSON FeatureCollection or TopoJSON Topology) → checked region features.
 * TopoJSON is checked structurally (arcs, indices, transform) and its size is bounded before
 * topojson-client decodes it, so a hostile topology cannot make the decoder throw or balloon.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { checkRegionProps, type RegionProps } from '../data/regions';
import { formatPath } from '../data/validate';
import { checkRegionGeometry, countPositions, kindOf, preview, type GeometryBudget } from './geometry';
import type { PackLimits } from './limits';

type Key = string | number;

export interface BoundaryFeature {
  /** where the feature is in its file, e.g. ["boundaries", "features", 3] */
  path: Key[];
  properties: unknown;
  geometry: unknown;
}

export interface CheckedBoundaries {
  /** features whose properties and geometry are both valid */
  features: Feature<Geometry, RegionProps>[];
  /** every feature with valid properties (even if its geometry is not), for the code checks */
  defined: { props: RegionProps; path: Key[] }[];
}

type Report = (path: Key[], message: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Unpacks the features of a boundaries value, reporting structural problems; null when nothing usable. */
export function boundaryFeatures(json: unknown, base: Key[], limits: PackLimits, report: Report): BoundaryFeature[] | null {
  if (!isObject(json)) {
    report(base, `expected a GeoJSON FeatureCollection or a TopoJSON Topology, got ${kindOf(json)}`);
    return null;
  }
  if (json.type === 'FeatureCollection') return geoJsonFeatures(json, base, limits, report);
  if (json.type === 'Topology') return topoJsonFeatures(json, base, limits, report);
  report([...base, 'type'], `expected "FeatureCollection" (GeoJSON) or "Topology" (TopoJSON), got ${preview(json.type)}`);
  return null;
}

function geoJsonFeatures(json: Record<string, unknown>, base: Key[], limits: PackLimits, report: Report): BoundaryFeature[] | null {
  const features = json.features;
  if (!Array.isArray(features)) {
    report([...base, 'features'], `expected an array of features, got ${kindOf(features)}`);
    return null;
  }
  if (features.length > limits.maxFeatures) {
    report([...base, 'features'], `${features.length} features; the limit is ${limits.maxFeatures}`);
    return null;
  }
  let vertices = 0;
  for (const f of features) {
    vertices += countPositions(isObject(f) ? f.geometry : null, limits.maxVertices - vertices);
    if (vertices > limits.maxVertices) {
      report([...base, 'features'], `more than ${limits.maxVertices} positions in all geometries; the limit is ${limits.maxVertices}`);
      return null;
    }
  }
  const out: BoundaryFeature[] = [];
  features.forEach((f, i) => {
    const path = [...base, 'features', i];
    if (!isObject(f)) return report(path, `expected a Feature object, got ${kindOf(f)}`);
    if (f.type !== 'Feature') return report([...path, 'type'], `expected "Feature", got ${preview(f.type)}`);
    out.push({ path, properties: f.properties, geometry: f.geometry });
  });
  return out;
}

const isPosition = (p: unknown) => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
const isPair = (p: unknown) => Array.isArray(p) && p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

function topoJsonFeatures(json: Record<string, unknown>, base: Key[], limits: PackLimits, report: Report): BoundaryFeature[] | null {
  const { arcs, objects, transform } = json;
  let ok = true;
  if (!Array.isArray(arcs)) {
    report([...base, 'arcs'], `expected an array of arcs, got ${kindOf(arcs)}`);
    return null;
  }
  let arcPositions = 0;
  for (let a = 0; a < arcs.length; a++) {
    const arc = arcs[a] as unknown;
    if (!Array.isArray(arc) || arc.length < 2) {
      report([...base, 'arcs', a], `expected an arc of at least 2 positions, got ${preview(arc)}`);
      return null;
    }
    arcPositions += arc.length;
    if (arcPositions > limits.maxVertices) {
      report([...base, 'arcs'], `more than ${limits.maxVertices} positions in the arcs; the limit is ${limits.maxVertices}`);
      return null;
    }
    const bad = arc.findIndex((p) => !isPosition(p));
    if (bad >= 0) {
      report([...base, 'arcs', a, bad], `expected a position of finite numbers, got ${preview(arc[bad])}`);
      ok = false;
    }
  }
  if (transform !== undefined) {
    if (!isObject(transform) || !isPair(transform.scale) || !isPair(transform.translate)) {
      report([...base, 'transform'], 'expected { "scale": [x, y], "translate": [x, y] } of finite numbers');
      ok = false;
    }
  }
  if (!isObject(objects)) {
    report([...base, 'objects'], `expected an object of named geometry collections, got ${kindOf(objects)}`);
    return null;
  }
  // Check every geometry's arc references and bound the decoded size before decoding.
  let total = 0;
  let decoded = 0;
  const arcLength = (i: number) => (arcs[i < 0 ? ~i : i] as unknown[]).length;
  // Index i, or ~i (= −i−1) for a reversed arc; bounded first, since ~ wraps huge numbers.
  const validRef = (i: unknown) => Number.isInteger(i) && (i as number) < arcs.length && (i as number) >= -arcs.length;
  const names = Object.keys(objects);
  for (const name of names) {
    const object = objects[name];
    const opath = [...base, 'objects', name];
    if (!isObject(object) || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
      report(opath, 'expected a GeometryCollection with a "geometries" array');
      ok = false;
      continue;
    }
    total += object.geometries.length;
    if (total > limits.maxFeatures) {
      report([...base, 'objects'], `more than ${limits.maxFeatures} geometries; the limit is ${limits.maxFeatures}`);
      return null;
    }
    object.geometries.forEach((g: unknown, i: number) => {
      const gpath = [...opath, 'geometries', i];
      if (!isObject(g)) {
        report(gpath, `expected a geometry object, got ${kindOf(g)}`);
        ok = false;
        return;
      }
      if (g.type === null || g.type === undefined) return; // empty: reported after decoding
      if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
        report([...gpath, 'type'], `expected "Polygon" or "MultiPolygon", got ${preview(g.type)}`);
        ok = false;
        return;
      }
      const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
      if (!Array.isArray(polygons)) {
        report([...gpath, 'arcs'], `expected an array of arc references, got ${kindOf(polygons)}`);
        ok = false;
        return;
      }
      for (const polygon of polygons as unknown[]) {
        const rings = Array.isArray(polygon) ? polygon : [polygon];
        for (const ring of rings as unknown[]) {
          if (!Array.isArray(ring) || !ring.every(validRef)) {
            report([...gpath, 'arcs'], `expected rings of arc indices below ${arcs.length}, got ${preview(ring)}`);
            ok = false;
            return;
          }
          for (const r of ring as number[]) decoded += arcLength(r);
        }
      }
    });
    if (decoded > limits.maxVertices) {
      report(
        [...base, 'objects'],
        `the geometries decode to more than ${limits.maxVertices} positions; the limit is ${limits.maxVertices}`,
      );
      return null;
    }
  }
  if (!ok) return null;
  const out: BoundaryFeature[] = [];
  for (const name of names) {
    let collection: { features: Feature[] };
    try {
      collection = feature(json as unknown as Topology, objects[name] as GeometryCollection);
    } catch (e) {
      report([...base, 'objects', name], `could not decode the TopoJSON (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    collection.features.forEach((f, i) =>
      out.push({ path: [...base, 'objects', name, 'geometries', i], properties: f.properties, geometry: f.geometry }),
    );
  }
  return out;
}

/**
 * Checks each feature's properties (the boundary pack's own schema, from regions.ts) and
 * geometry. Returns the features that passed, typed as the app's region features.
 */
export function checkBoundaryFeatures(
  features: BoundaryFeature[],
  isTopo: boolean,
  budget: GeometryBudget,
  report: Report,
): CheckedBoundaries {
  const out: CheckedBoundaries = { features: [], defined: [] };
  for (const f of features) {
    let valid = true;
    const props = checkRegionProps(f.properties);
    if (!props.ok) {
      valid = false;
      for (const issue of props.issues) report([...f.path, 'properties', ...(issue.path as Key[])], issue.message);
    }
    const problems = checkRegionGeometry(f.geometry, budget);
    for (const p of problems) {
      valid = false;
      // TopoJSON has no coordinates to point at: name the decoded ring instead.
      if (isTopo) report(f.path, p.at.length ? `decoded coordinates${formatPath(p.at)}: ${p.message}` : p.message);
      else report([...f.path, 'geometry', ...(p.at.length ? ['coordinates', ...p.at] : [])], p.message);
    }
    if (props.ok) out.defined.push({ props: props.props, path: f.path });
    if (valid && props.ok)
      out.features.push({ type: 'Feature', id: Number(props.props.code), properties: props.props, geometry: f.geometry as Geometry });
  }
  return out;
}
