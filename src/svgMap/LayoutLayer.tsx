/**
 * Layout elements in screen space (constant size at any zoom): belts and corridors as lines on a
 * casing, the rest as their symbols; shapes, colours, widths and the filter's dimming from the map model.
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
  isElementShown,
  kindShape,
  layoutPaint,
  planColour,
  type LayoutView,
  type MapLook,
} from '../mapModel';
import type { RegionGeometry } from './paths';
import { toScreen, type Point, type View } from './projection';
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
  const screen = (p: readonly number[]): Point => toScreen(view, geometry.projection.project([p[0], p[1]]));
  const margin = SYMBOL_ICON.box * paint.selectedSymbolSize;
  const inside = ([x, y]: Point) => x > -margin && y > -margin && x < size.width + margin && y < size.height + margin;
  const lines = layouts.lines.features.filter((f) => isElementShown(layoutView, f.properties.plan));
  const points = layouts.points.features.filter((f) => isElementShown(layoutView, f.properties.plan));
  const lineData = (coordinates: readonly (readonly number[])[]) =>
    coordinates
      .map(
        (c, i) =>
          `${i ? 'L' : 'M'}${screen(c)
            .map((v) => v.toFixed(1))
            .join(' ')}`,
      )
      .join('');
  return (
    <g className="svg-map-layouts">
      {/* As on the WebGL map: every casing, then every line, then the selected line's highlight. */}
      {lines.map((f) => (
        <path
          key={f.properties.key}
          d={lineData(f.geometry.coordinates)}
          className="svg-map-casing"
          stroke={paint.halo}
          strokeWidth={paint.casingWidth}
          opacity={elementOpacity('casing', dimmed(f.properties.key))}
        />
      ))}
      {lines.map((f) => {
        const p = f.properties;
        const dashed = DASHED_LINE_KINDS.includes(p.kind as LayoutKind);
        return (
          <path
            key={p.key}
            d={lineData(f.geometry.coordinates)}
            data-element={p.key}
            className="svg-map-line"
            stroke={planColour(p.plan)}
            strokeWidth={paint.lineWidth}
            strokeDasharray={dashed ? LAYOUT_DASHES.corridor.map((v) => v * paint.lineWidth).join(' ') : undefined}
            opacity={elementOpacity('line', dimmed(p.key))}
          />
        );
      })}
      {lines
        .filter((f) => f.properties.key === layoutView.selectedElement)
        .map((f) => (
          <path
            key={f.properties.key}
            d={lineData(f.geometry.coordinates)}
            className="svg-map-casing"
            stroke={paint.selection}
            strokeWidth={paint.selectedLine.width}
            opacity={paint.selectedLine.opacity}
          />
        ))}
      {points.map((f) => {
        const p = f.properties;
        const [x, y] = screen(f.geometry.coordinates);
        const at: Point = [x + p.offset[0], y + p.offset[1]];
        if (!inside(at)) return null;
        const px = SYMBOL_ICON.box * (p.key === layoutView.selectedElement ? paint.selectedSymbolSize : paint.symbolSize);
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
