/**
 * Region names: which win when they collide (new areas, then larger regions) and how they look. A name
 * whose point a larger name takes is left out, not moved: one moved beside its point stood over the
 * neighbour's (Baoding's name on Shijiazhuang's point at 1280×720), read as that neighbour's name and
 * took its clicks. Layout marks never take a name's place (PLACEMENT_ORDER: region names first); on both
 * maps a name moves just off a mark or a control where no neighbour's name would stand (placement.ts).
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
