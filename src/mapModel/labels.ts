/**
 * Region names: which win when they collide (new areas, then larger regions), where they may move when
 * their point is taken (LABEL_ANCHOR_OFFSETS) and how they look.
 */
import type { Lang } from '../i18n/strings';
import { PALETTES, type MapLook } from './look';

/** Larger than any region's area in km², so that rank stays positive and new areas come first. */
export const LABEL_AREA_CEILING = 1e7;

/**
 * Placement order of a region's name, lower first (maplibre's symbol-sort-key): new areas, then larger regions.
 * `level` is a RegionLevel, or the level string a map feature carries.
 */
export function labelRank(region: { level: string; areaKm2: number }): number {
  return region.level === 'newarea' ? 0 : LABEL_AREA_CEILING - region.areaKm2;
}

/** The same order as a priority, higher first (for a greedy placer). */
export const labelPriority = (region: { level: string; areaKm2: number }) => LABEL_AREA_CEILING - labelRank(region);

/**
 * Where a region's name may stand around its point, in order: on it, then above, below, right, left,
 * further above and below, then the four diagonals. Each is maplibre's anchor (the side of the text at
 * the point: `bottom` puts the name above) with an offset in ems (text-variable-anchor-offset); the SVG
 * placer turns the same list into candidate centres (labelCandidates).
 */
export const LABEL_ANCHOR_OFFSETS: readonly (readonly [LabelAnchor, readonly [number, number]])[] = [
  ['center', [0, 0]],
  ['bottom', [0, -0.4]],
  ['top', [0, 0.4]],
  ['left', [0.5, 0]],
  ['right', [-0.5, 0]],
  ['bottom', [0, -1.3]],
  ['top', [0, 1.3]],
  ['bottom-left', [0.4, -0.4]],
  ['bottom-right', [-0.4, -0.4]],
  ['top-left', [0.4, 0.4]],
  ['top-right', [-0.4, 0.4]],
];
export type LabelAnchor = 'center' | 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** maplibre's text-variable-anchor-offset value of the list. */
export const labelAnchorOffsets = () => LABEL_ANCHOR_OFFSETS.flatMap(([anchor, offset]) => [anchor, [...offset]]);

/** The list as candidate centres of a name of a size (px) around a point, for a greedy placer. */
export function labelCandidates(x: number, y: number, width: number, height: number, fontPx: number): [number, number][] {
  return LABEL_ANCHOR_OFFSETS.map(([anchor, [dx, dy]]) => {
    const sx = anchor.includes('left') ? width / 2 : anchor.includes('right') ? -width / 2 : 0;
    const sy = anchor.startsWith('top') ? height / 2 : anchor.startsWith('bottom') ? -height / 2 : 0;
    return [x + sx + dx * fontPx, y + sy + dy * fontPx];
  });
}

/** A region's name in the language shown. */
export const labelText = (name: { zh: string; en: string }, lang: Lang) => name[lang];
/** The property of a region feature that holds its name in a language. */
export const labelProperty = (lang: Lang) => (lang === 'zh' ? 'name_zh' : 'name_en');

/** Name size (px) by map zoom on a desk: [zoom, px] stops, linear between, clamped outside. */
export const LABEL_SIZE_STOPS: readonly (readonly [number, number])[] = [
  [4, 13],
  [8, 17],
];

export interface LabelStyle {
  colour: string;
  halo: string;
  haloWidth: number;
  /** [zoom, px] stops in the room's scale */
  sizeStops: [number, number][];
  /** wrap width in ems (wide enough that no region name wraps: the SVG map sets them on one line too) */
  maxWidthEm: number;
  /** room kept around a name (px) */
  paddingPx: number;
}

export function labelStyle(look: MapLook): LabelStyle {
  const p = PALETTES[look.theme];
  return {
    colour: p.label,
    halo: p.halo,
    haloWidth: look.theme === 'default' ? 1.6 : 2.4,
    sizeStops: LABEL_SIZE_STOPS.map(([zoom, px]) => [zoom, px * look.scale]),
    maxWidthEm: 12,
    paddingPx: 3,
  };
}

/** Name size (px) at a zoom, as the stops give it. */
export function labelSize(zoom: number, look: MapLook): number {
  const stops = labelStyle(look).sizeStops;
  const [first, last] = [stops[0], stops[stops.length - 1]];
  if (zoom <= first[0]) return first[1];
  if (zoom >= last[0]) return last[1];
  const i = stops.findIndex(([z]) => z > zoom);
  const [[z0, s0], [z1, s1]] = [stops[i - 1], stops[i]];
  return s0 + ((zoom - z0) / (z1 - z0)) * (s1 - s0);
}
