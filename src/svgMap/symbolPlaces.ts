/**
 * Where the SVG map draws each layout symbol and line in screen space: the symbol layer draws them
 * there and the name placement keeps names clear of them. Offsets (a group's cells) grow with the
 * room's scale, as maplibre's icon-offset grows with icon-size.
 */
import type { Feature, LineString, Point as GeoPoint } from 'geojson';
import type { LayoutCollections, LayoutProps } from '../layouts/layoutFeatures';
import { SYMBOL_ICON, isElementShown, layoutPaint, type Box, type LayoutView, type MapLook } from '../mapModel';
import type { RegionGeometry } from './paths';
import { toScreen, type Point, type View } from './projection';

export interface SymbolPlace {
  feature: Feature<GeoPoint, LayoutProps>;
  /** centre on screen */
  at: Point;
  /** the icon's size (px) */
  px: number;
}

export function symbolPlaces(
  layouts: LayoutCollections,
  layoutView: LayoutView,
  geometry: RegionGeometry,
  view: View,
  look: MapLook,
): SymbolPlace[] {
  const paint = layoutPaint(look);
  return layouts.points.features
    .filter((f) => isElementShown(layoutView, f.properties.plan))
    .map((feature) => {
      const [x, y] = toScreen(view, geometry.projection.project(feature.geometry.coordinates as [number, number]));
      const size = feature.properties.key === layoutView.selectedElement ? paint.selectedSymbolSize : paint.symbolSize;
      const [ox, oy] = feature.properties.offset;
      return { feature, at: [x + ox * size, y + oy * size] as Point, px: SYMBOL_ICON.box * size };
    });
}

/** The box a symbol takes from names (its shapes fill about four fifths of the icon box). */
export const symbolBox = ({ at, px }: SymbolPlace): Box => [at[0] - 0.4 * px, at[1] - 0.4 * px, at[0] + 0.4 * px, at[1] + 0.4 * px];

/** The shown belts and corridors in screen points. */
export function linePlaces(
  layouts: LayoutCollections,
  layoutView: LayoutView,
  geometry: RegionGeometry,
  view: View,
): { feature: Feature<LineString, LayoutProps>; points: Point[] }[] {
  return layouts.lines.features
    .filter((f) => isElementShown(layoutView, f.properties.plan))
    .map((feature) => ({
      feature,
      points: feature.geometry.coordinates.map((c) => toScreen(view, geometry.projection.project([c[0], c[1]]))),
    }));
}
