/**
 * A step's miniature map for the presenter view, pure: the region(s) the step is about, filled,
 * among their province's (or city's) subdivisions, outlined; the three regions when the step names
 * none. Drawn from the boundary pack as plain SVG paths (a cosine-corrected plate carrée, which
 * is close enough to the map's Mercator at this size), simplified to about a unit per point, so a
 * picture is a few kilobytes and needs no map renderer, no WebGL and no second map instance.
 */
import type { Geometry, Position } from 'geojson';
import type { Bbox, RegionData } from '../data/regions';
import type { BriefingStep } from '../briefings/briefingSchema';

export interface MiniMapShape {
  code: string;
  d: string;
}

export interface MiniMap {
  width: number;
  height: number;
  context: MiniMapShape[];
  focus: MiniMapShape[];
}

/** The step's regions: the selected one, else the element's members, else what the camera frames. */
export function stepFocus(step: BriefingStep, elementMembers: readonly string[] = []): string[] {
  if (step.region) return [step.region];
  if (step.element) return [...elementMembers];
  if (step.camera && 'fit' in step.camera) return step.camera.fit;
  return [];
}

/** The outermost region of the pack above `code` (a province, or Lishui city), or the code itself. */
function topOf(data: RegionData, code: string): string {
  let cur = code;
  for (let parent = data.regions.get(cur)?.parent; parent && data.regions.has(parent); parent = data.regions.get(parent)?.parent)
    cur = parent;
  return cur;
}

/** What is drawn around the focus: the step's drilled scope's subdivisions, else each focus region's top region and its subdivisions. */
export function stepContext(data: RegionData, step: BriefingStep, focus: readonly string[]): string[] {
  const withChildren = (code: string) => [code, ...(data.children.get(code) ?? []).map((r) => r.code)];
  if (step.scope && data.regions.has(step.scope)) return withChildren(step.scope);
  const known = focus.filter((c) => data.regions.has(c));
  const tops = known.length
    ? [...new Set(known.map((c) => topOf(data, c)))]
    : [...data.regions.values()].filter((r) => !r.parent || !data.regions.has(r.parent)).map((r) => r.code);
  return [...new Set(tops.flatMap(withChildren))];
}

function geometries(data: RegionData): Map<string, Geometry> {
  const out = new Map<string, Geometry>();
  for (const [layer, fc] of Object.entries(data.layers)) {
    if (layer === 'context') continue;
    for (const f of fc.features) if (!out.has(f.properties.code)) out.set(f.properties.code, f.geometry);
  }
  return out;
}

const polygons = (g: Geometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);

/** Paths of the context and focus regions fitted into width × height (with a margin). */
export function miniMap(
  data: RegionData,
  focus: readonly string[],
  context: readonly string[],
  /** room kept free at the top and bottom (the picture's title and cards), as fractions of the height */
  keep: { top: number; bottom: number } = { top: 0.06, bottom: 0.06 },
  width = 320,
  height = 180,
): MiniMap {
  const geo = geometries(data);
  const boxes = [...context, ...focus].map((c) => data.regions.get(c)?.bbox).filter((b): b is Bbox => !!b);
  if (boxes.length === 0) return { width, height, context: [], focus: [] };
  const [w, s, e, n] = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
  const cos = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const margin = 0.06;
  const free = height * (1 - keep.top - keep.bottom);
  const k = Math.min((width * (1 - 2 * margin)) / Math.max((e - w) * cos, 1e-6), (free * (1 - margin)) / Math.max(n - s, 1e-6));
  const ox = (width - (e - w) * cos * k) / 2;
  const oy = height * keep.top + (free - (n - s) * k) / 2;
  const path = (g: Geometry) => {
    let d = '';
    for (const poly of polygons(g))
      for (const ring of poly) {
        let last: [number, number] | null = null;
        let part = '';
        for (const [lng, lat] of ring) {
          const x = ox + (lng - w) * cos * k;
          const y = oy + (n - lat) * k;
          if (last && Math.abs(x - last[0]) + Math.abs(y - last[1]) < 0.8) continue;
          part += `${last ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
          last = [x, y];
        }
        if (part) d += `${part}Z`;
      }
    return d;
  };
  const shapes = (codes: readonly string[]) => codes.flatMap((code) => (geo.has(code) ? [{ code, d: path(geo.get(code)!) }] : []));
  return { width, height, context: shapes(context.filter((c) => !focus.includes(c))), focus: shapes(focus) };
}
