/**
 * Turns the plans' layout elements into GeoJSON for the map, from the regions' own geometry:
 * points (cores, poles, clusters…) at a member's label point, lines (belts, corridors) through
 * their stated members in order, and areas (zones, belt members) as the members' polygons.
 * Elements with no member regions are not drawn; the legend lists them as unplaced.
 */
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { LayoutKind, Plan } from '../data/planSchema';
import { unionBbox, type Bbox, type RegionData } from '../data/regions';
import { KIND_STYLE } from './symbols';

export interface LayoutProps {
  /** `${planId}/${elementId}`, unique across plans */
  key: string;
  plan: string;
  kind: string;
  name_zh: string;
  name_en: string;
  /** interpretation when any drawn member is our reading, not the plan's word */
  status: 'stated' | 'interpretation';
  /** index of the element among same-plan areas (picks a hatch pattern) */
  pattern: number;
  /** pixel offset of the symbol from the place's label point */
  offset: [number, number];
  /** the same offset for the element's name, in ems, to the right of the symbol */
  textOffset: [number, number];
  /** where the name may stand beside its symbol, in order (maplibre's text-variable-anchor-offset, ems): right, left, below, above */
  nameAnchors: NameAnchors;
  /** start year of the plan's period, to tell the 2013 plan from the 14th FYP ones */
  period: string;
  /** a region code, for member areas */
  code?: string;
}

export interface LayoutCollections {
  points: FeatureCollection<Point, LayoutProps>;
  lines: FeatureCollection<LineString, LayoutProps>;
  areas: FeatureCollection<Geometry, LayoutProps>;
  /** element key → the numeric feature id all of its parts share (for feature-state) */
  ids: Map<string, number>;
  /** element key → the box around its member regions, to frame it */
  bboxes: Map<string, Bbox>;
}

export type NameAnchors = (string | [number, number])[];

export const elementKey = (planId: string, elementId: string) => `${planId}/${elementId}`;

/** The members a belt or corridor's line runs through, in order: its stated members when there are two
 *  or more, else all of them (the other members are drawn as tinted areas only). */
export function lineMembers<M extends { status: string }>(members: readonly M[]): readonly M[] {
  const stated = members.filter((m) => m.status !== 'interpretation');
  return stated.length >= 2 ? stated : members;
}

export function layoutFeatures(plans: Plan[], regions: RegionData): LayoutCollections {
  const points: Feature<Point, LayoutProps>[] = [];
  const lines: Feature<LineString, LayoutProps>[] = [];
  const areas: Feature<Geometry, LayoutProps>[] = [];
  const geometryOf = indexGeometry(regions);
  const ids = new Map<string, number>();
  const bboxes = new Map<string, Bbox>();

  for (const plan of plans) {
    let areaIndex = 0;
    for (const element of plan.layout) {
      const members = element.members.filter((m) => regions.regions.has(m.code));
      if (members.length === 0) continue;
      const style = KIND_STYLE[element.kind];
      const props: LayoutProps = {
        key: elementKey(plan.id, element.id),
        plan: plan.id,
        kind: element.kind,
        name_zh: element.name.zh,
        name_en: element.name.en,
        status: members.some((m) => m.status === 'interpretation') ? 'interpretation' : 'stated',
        pattern: style.geometry === 'area' ? areaIndex++ : 0,
        offset: [0, 0],
        textOffset: [0, 0],
        nameAnchors: nameAnchors([0, 0]),
        period: `${plan.period.start}–${plan.period.end}`,
      };
      const labelOf = (code: string) => regions.regions.get(code)!.label;
      const id = ids.size + 1;
      ids.set(props.key, id);
      bboxes.set(props.key, unionBbox(members.map((m) => regions.regions.get(m.code)!.bbox)));

      if (style.geometry === 'point') {
        points.push(point(id, labelOf(members[0].code), props));
      } else if (style.geometry === 'line') {
        const path = lineMembers(members).map((m) => labelOf(m.code));
        if (path.length >= 2) lines.push({ type: 'Feature', id, properties: props, geometry: { type: 'LineString', coordinates: path } });
        for (const m of members)
          areas.push(
            area(id, geometryOf(m.code), { ...props, code: m.code, status: m.status === 'interpretation' ? 'interpretation' : 'stated' }),
          );
      } else {
        for (const m of members) areas.push(area(id, geometryOf(m.code), { ...props, code: m.code }));
        points.push(point(id, meanPoint(members.map((m) => labelOf(m.code))), props));
      }
    }
  }
  spreadSharedPoints(points);
  // An area's symbol stands at the mean of its members' places, which can fall on a core or a pole (Hebei's zone
  // around Beijing and Tianjin on Xiong'an's core): areas come first, drawn beneath, so the SVG map shows and opens
  // the point element there (it draws in this order, and a click opens the top-most symbol).
  const drawnAbove = (f: Feature<Point, LayoutProps>) => Number(KIND_STYLE[f.properties.kind as LayoutKind].geometry !== 'area');
  points.sort((a, b) => drawnAbove(a) - drawnAbove(b));
  return {
    points: { type: 'FeatureCollection', features: points },
    lines: { type: 'FeatureCollection', features: lines },
    areas: { type: 'FeatureCollection', features: areas },
    ids,
    bboxes,
  };
}

function point(id: number, coordinates: [number, number], properties: LayoutProps): Feature<Point, LayoutProps> {
  return { type: 'Feature', id, properties, geometry: { type: 'Point', coordinates } };
}

function area(id: number, geometry: Geometry, properties: LayoutProps): Feature<Geometry, LayoutProps> {
  return { type: 'Feature', id, properties, geometry };
}

function meanPoint(points: [number, number][]): [number, number] {
  const sum = points.reduce((acc, p) => [acc[0] + p[0], acc[1] + p[1]], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}

function indexGeometry(regions: RegionData): (code: string) => Geometry {
  const byCode = new Map<string, Geometry>();
  for (const layer of ['provinces', 'prefectures', 'newareas', 'counties'] as const) {
    for (const f of regions.layers[layer].features) byCode.set(f.properties.code, f.geometry);
  }
  return (code) => byCode.get(code)!;
}

/** Symbols sit below the place's own name (pixels), so the name stays readable and clickable. */
export const BELOW_LABEL: [number, number] = [0, 24];
/** The layout names' text size at overview zoom, to turn pixel offsets into ems. */
const LABEL_EM_PX = 13;
/** Room (px) per symbol in a group at one place: the icon box (24) and a gap, so none covers another. */
export const GROUP_CELL_PX = 28;
/** Distance (ems) from a symbol's centre to its name's nearest edge. */
const NAME_CLEAR_EM = 1.1;

/**
 * Pixel offsets of n symbols sharing a place: one stays on it; more form a compact grid (at most three
 * a row, the last row centred) with its top row at the place, never stacked, never a wide ring over the neighbours.
 */
export function groupOffsets(n: number, cell = GROUP_CELL_PX): [number, number][] {
  if (n <= 1) return [[0, 0]];
  const columns = n <= 4 ? Math.min(n, 2) : 3;
  return Array.from({ length: n }, (_, i) => {
    const row = Math.floor(i / columns);
    const inRow = Math.min(columns, n - row * columns);
    const column = i % columns;
    return [Math.round((column - (inRow - 1) / 2) * cell), row * cell];
  });
}

/** The name's places beside a symbol at a pixel offset: right, left, below, above (ems of the name's size). */
export function nameAnchors(offset: [number, number]): NameAnchors {
  const [x, y] = [offset[0] / LABEL_EM_PX, offset[1] / LABEL_EM_PX];
  const r = (v: number) => Math.round(v * 100) / 100;
  return [
    'left',
    [r(x + NAME_CLEAR_EM), r(y)],
    'right',
    [r(x - NAME_CLEAR_EM), r(y)],
    'top',
    [r(x), r(y + NAME_CLEAR_EM)],
    'bottom',
    [r(x), r(y - NAME_CLEAR_EM)],
  ];
}

/** Points at the same place (e.g. Lishui's five city-wide clusters) are grouped below the name, one cell apart. */
function spreadSharedPoints(points: Feature<Point, LayoutProps>[]) {
  const groups = new Map<string, Feature<Point, LayoutProps>[]>();
  for (const p of points) {
    const at = p.geometry.coordinates.map((c) => c.toFixed(3)).join(',');
    groups.set(at, [...(groups.get(at) ?? []), p]);
  }
  for (const group of groups.values()) {
    const offsets = groupOffsets(group.length);
    group.forEach((p, i) => {
      const offset: [number, number] = [BELOW_LABEL[0] + offsets[i][0], BELOW_LABEL[1] + offsets[i][1]];
      p.properties.offset = offset;
      p.properties.textOffset = [offset[0] / LABEL_EM_PX + NAME_CLEAR_EM, offset[1] / LABEL_EM_PX];
      p.properties.nameAnchors = nameAnchors(offset);
    });
  }
}
