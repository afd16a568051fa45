/**
 * Where each layout symbol and line stands on screen, for either map: the SVG map draws them there,
 * and both maps keep region names clear of them (mapNames.ts). `project` turns a longitude/latitude
 * into screen pixels (the SVG map's projection and view, or maplibre's). Offsets (a group's cells)
 * grow with the room's scale, as maplibre's icon-offset grows with icon-size.
 */
import type { Feature, LineString, Point as GeoPoint } from 'geojson';
import type { LayoutCollections, LayoutProps } from '../layouts/layoutFeatures';
import { SYMBOL_ICON, isElementShown, layoutPaint, type LayoutView } from './layoutStyle';
import type { MapLook } from './look';
import type { Box } from './placement';

export type ScreenPoint = [x: number, y: number];
export type ScreenProjection = (lngLat: readonly [number, number]) => ScreenPoint;

export interface SymbolPlace {
  feature: Feature<GeoPoint, LayoutProps>;
  /** centre on screen */
  at: ScreenPoint;
  /** the icon's size (px) */
  px: number;
}

export function symbolPlaces(layouts: LayoutCollections, layoutView: LayoutView, project: ScreenProjection, look: MapLook): SymbolPlace[] {
  const paint = layoutPaint(look);
  return layouts.points.features
    .filter((f) => isElementShown(layoutView, f.properties.plan))
    .map((feature) => {
      const [x, y] = project(feature.geometry.coordinates as [number, number]);
      const size = feature.properties.key === layoutView.selectedElement ? paint.selectedSymbolSize : paint.symbolSize;
      const [ox, oy] = feature.properties.offset;
      return { feature, at: [x + ox * size, y + oy * size] as ScreenPoint, px: SYMBOL_ICON.box * size };
    });
}

/** The box a symbol takes from names (its shapes fill about four fifths of the icon box). */
export const symbolBox = ({ at, px }: SymbolPlace): Box => [at[0] - 0.4 * px, at[1] - 0.4 * px, at[0] + 0.4 * px, at[1] + 0.4 * px];

/** The shown belts and corridors in screen points. */
export function linePlaces(
  layouts: LayoutCollections,
  layoutView: LayoutView,
  project: ScreenProjection,
): { feature: Feature<LineString, LayoutProps>; points: ScreenPoint[] }[] {
  return layouts.lines.features
    .filter((f) => isElementShown(layoutView, f.properties.plan))
    .map((feature) => ({ feature, points: feature.geometry.coordinates.map((c) => project([c[0], c[1]])) }));
}
