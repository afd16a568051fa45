/**
 * Layout elements in screen space (constant size at any zoom): belts and corridors as lines on a
 * casing (the selected one on a casing in the selection colour, wider), the rest as their symbols; shapes,
 * colours, widths and the filter's dimming from the map model. Their names are placed with the region names (LabelLayer).
 */
import { memo } from 'react';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import { SHAPES } from '../layouts/symbols';
import type { LayoutKind } from '../data/planSchema';
import {
  DASHED_LINE_KINDS,
  LAYOUT_DASHES,
  SYMBOL_ICON,
  elementOpacity,
  kindShape,
  layoutPaint,
  linePlaces,
  planColour,
  symbolPlaces,
  type LayoutView,
  type MapLook,
} from '../mapModel';
import type { RegionGeometry } from './paths';
import { screenProjection, type Point, type View } from './projection';
import type { Size } from './useViewport';

interface LayoutLayerProps {
  layouts: LayoutCollections;
  geometry: RegionGeometry;
  view: View;
  size: Size;
  layoutView: LayoutView;
  matchedElements: ReadonlySet<string> | null;
  look: MapLook;
}

export const LayoutLayer = memo(function LayoutLayer({
  layouts,
  geometry,
  view,
  size,
  layoutView,
  matchedElements,
  look,
}: LayoutLayerProps) {
  const paint = layoutPaint(look);
  const dimmed = (key: string) => !!matchedElements && !matchedElements.has(key);
  const margin = SYMBOL_ICON.box * paint.selectedSymbolSize;
  const inside = ([x, y]: Point) => x > -margin && y > -margin && x < size.width + margin && y < size.height + margin;
  const lines = linePlaces(layouts, layoutView, screenProjection(geometry, view));
  const lineData = (points: readonly Point[]) => points.map((p, i) => `${i ? 'L' : 'M'}${p[0].toFixed(1)} ${p[1].toFixed(1)}`).join('');
  const isSelected = (key: string) => key === layoutView.selectedElement;
  return (
    <g className="svg-map-layouts">
      {/* As on the WebGL map: every casing, the selected line's casing in the selection colour, then every line (the selected one wider). */}
      {lines.map(({ feature: f, points }) => (
        <path
          key={f.properties.key}
          d={lineData(points)}
          className="svg-map-casing"
          stroke={paint.halo}
          strokeWidth={paint.casingWidth}
          opacity={elementOpacity('casing', dimmed(f.properties.key))}
        />
      ))}
      {lines
        .filter(({ feature: f }) => isSelected(f.properties.key))
        .map(({ feature: f, points }) => (
          <path
            key={f.properties.key}
            d={lineData(points)}
            className="svg-map-casing svg-map-selected-line"
            stroke={paint.selection}
            strokeWidth={paint.selectedLine.casingWidth}
          />
        ))}
      {lines.map(({ feature: f, points }) => {
        const p = f.properties;
        const dashed = DASHED_LINE_KINDS.includes(p.kind as LayoutKind);
        const width = isSelected(p.key) ? paint.selectedLine.width : paint.lineWidth;
        return (
          <path
            key={p.key}
            d={lineData(points)}
            data-element={p.key}
            className="svg-map-line"
            stroke={planColour(p.plan)}
            strokeWidth={width}
            strokeDasharray={dashed ? LAYOUT_DASHES.corridor.map((v) => v * width).join(' ') : undefined}
            opacity={elementOpacity('line', dimmed(p.key))}
          />
        );
      })}
      {symbolPlaces(layouts, layoutView, screenProjection(geometry, view), look).map(({ feature: f, at, px }) => {
        const p = f.properties;
        if (!inside(at)) return null;
        return (
          <path
            key={p.key}
            d={SHAPES[kindShape(p.kind)]}
            data-element={p.key}
            className={`svg-map-symbol${p.status === 'interpretation' ? ' svg-map-interpretation' : ''}`}
            transform={`translate(${(at[0] - px / 2).toFixed(1)} ${(at[1] - px / 2).toFixed(1)}) scale(${px / SYMBOL_ICON.box})`}
            fill={planColour(p.plan)}
            stroke={SYMBOL_ICON.edgeColour}
            strokeWidth={SYMBOL_ICON.edgeWidth}
            opacity={elementOpacity('symbol', dimmed(p.key))}
          />
        );
      })}
    </g>
  );
});
