/**
 * Which names fit on the map, pure, in the map model's order (PLACEMENT_ORDER), for both maps: region
 * names first (new areas, then larger regions; each on its point, or just beside it when a layout
 * symbol or belt line stands there and beside is clear): a mark never takes a region's name away.
 * Then layout element names beside their symbol (right, left, below, above), clear of the region
 * names, the symbols and the belt lines; a name with no free place on screen is left out. The SVG map
 * draws what this places; the WebGL map takes which region names show, and their moves as text
 * offsets (regionNameOffsets), and leaves the rest to maplibre's collision in the same order.
 */
import {
  aroundPoint,
  besideSymbol,
  boxAt,
  lineBoxes,
  placeGreedy,
  placeRegionNames,
  textEms,
  type Box,
  type PlacementItem,
} from './placement';
import type { RegionData } from '../data/regions';
import type { Lang } from '../i18n/strings';
import { labelPriority, labelText } from './labels';
import type { ScreenProjection } from './symbolPlaces';

export interface RegionName {
  code: string;
  text: string;
  /** screen position of the label point */
  x: number;
  y: number;
  /** larger first */
  priority: number;
}

export interface ElementName {
  key: string;
  plan: string;
  /** the name broken into lines (elementLabelLines) */
  lines: string[];
  /** screen centre of the element's symbol */
  x: number;
  y: number;
  /** the symbol's size (px) */
  symbolPx: number;
  /** larger first (the selected element's name first) */
  priority: number;
}

export interface PlacedRegionName extends RegionName {
  width: number;
}
export interface PlacedElementName extends ElementName {
  width: number;
  height: number;
}

/** Line height of a name, in ems. */
export const LINE_HEIGHT_EM = 1.2;

/** Rough text width (px): CJK characters are about 1 em, Latin ones about 0.58 em. */
export const textWidth = (text: string, fontPx: number) => textEms(text) * fontPx;

const DEFAULT_GAP = 3;

export interface NameInput {
  regions: readonly RegionName[];
  regionFontPx: number;
  elements?: readonly ElementName[];
  elementFontPx?: number;
  /** boxes of the symbols drawn */
  symbols?: readonly Box[];
  /** belt and corridor lines in screen points */
  lines?: readonly (readonly (readonly [number, number])[])[];
  lineWidthPx?: number;
  screen: { width: number; height: number };
  /** boxes of the controls standing over the map: names are kept from under them */
  overlays?: readonly Box[];
  gap?: number;
}

export function placeMapNames(input: NameInput): { regions: PlacedRegionName[]; elements: PlacedElementName[] } {
  const { regions, regionFontPx, elements = [], elementFontPx = regionFontPx, screen } = input;
  const regionHeight = regionFontPx * LINE_HEIGHT_EM;
  const regionItems: PlacementItem[] = regions.map((r) => {
    const width = textWidth(r.text, regionFontPx);
    return {
      id: `r:${r.code}`,
      priority: r.priority,
      width,
      height: regionHeight,
      candidates: aroundPoint(r.x, r.y, width, regionHeight),
    };
  });
  const elementItems: PlacementItem[] = elements.map((e) => {
    const width = Math.max(...e.lines.map((l) => textWidth(l, elementFontPx)));
    const height = e.lines.length * elementFontPx * LINE_HEIGHT_EM;
    return { id: `e:${e.key}`, priority: e.priority, width, height, candidates: besideSymbol(e.x, e.y, width, height, e.symbolPx) };
  });
  const gap = input.gap ?? DEFAULT_GAP;
  const marks = [...(input.symbols ?? []), ...(input.lines ?? []).flatMap((line) => lineBoxes(line, input.lineWidthPx ?? 4))];
  // Region names make room for each other; the layout's marks move one aside but never take it away.
  const overlays = input.overlays ?? [];
  const regionsPlaced = placeRegionNames(regionItems, screen, { gap, marks, overlays });
  const obstacles = [...regionsPlaced.map((p) => boxAt(p.x, p.y, p.width, p.height, gap)), ...marks, ...overlays];
  const placed = new Map([...regionsPlaced, ...placeGreedy([elementItems], screen, { gap, obstacles })].map((p) => [p.id, p]));
  return {
    regions: regions.flatMap((r) => {
      const p = placed.get(`r:${r.code}`);
      return p ? [{ ...r, x: p.x, y: p.y, width: p.width }] : [];
    }),
    elements: elements.flatMap((e) => {
      const p = placed.get(`e:${e.key}`);
      return p ? [{ ...e, x: p.x, y: p.y, width: p.width, height: p.height }] : [];
    }),
  };
}

/**
 * How far each placed region name moved off its point, in ems of its size (maplibre's text-offset):
 * only the names that moved.
 */
export function regionNameOffsets(
  points: readonly RegionName[],
  placed: readonly PlacedRegionName[],
  fontPx: number,
): Map<string, [number, number]> {
  const pointOf = new Map(points.map((r) => [r.code, r]));
  const offsets = new Map<string, [number, number]>();
  for (const p of placed) {
    const at = pointOf.get(p.code);
    if (!at || (at.x === p.x && at.y === p.y)) continue;
    const round = (v: number) => Math.round((v / fontPx) * 100) / 100;
    offsets.set(p.code, [round(p.x - at.x), round(p.y - at.y)]);
  }
  return offsets;
}

/** The name points of regions (codes), on screen, with their text and priority. */
export function regionNamePoints(data: RegionData, codes: readonly string[], project: ScreenProjection, lang: Lang): RegionName[] {
  return codes.flatMap((code) => {
    const r = data.regions.get(code);
    if (!r) return [];
    const [x, y] = project(r.label);
    return [{ code, text: labelText(r.name, lang), x, y, priority: labelPriority(r) }];
  });
}
