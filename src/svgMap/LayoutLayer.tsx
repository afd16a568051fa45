/**
 * Layout elements in screen space (constant size at any zoom): belts and corridors as lines,
 * the rest as their symbols. The filter dims the elements it does not match.
 */
import { memo } from 'react';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import { KIND_STYLE, PLAN_COLOURS, DEFAULT_PLAN_COLOUR, SHAPES } from '../layouts/symbols';
import type { LayoutKind } from '../data/planSchema';
import type { RegionGeometry } from './paths';
import { toScreen, type Point, type View } from './projection';
import type { Size } from './useViewport';

const SYMBOL_PX = 18;

interface LayoutLayerProps {
  layouts: LayoutCollections;
  geometry: RegionGeometry;
  view: View;
  size: Size;
  hiddenPlans: string[];
  matchedElements: ReadonlySet<string> | null;
  selectedElement: string | null;
}

export const LayoutLayer = memo(function LayoutLayer({ layouts, geometry, view, size, hiddenPlans, matchedElements, selectedElement }: LayoutLayerProps) {
  const shown = (plan: string) => !hiddenPlans.includes(plan);
  const dim = (key: string) => (matchedElements && !matchedElements.has(key) ? 0.2 : 1);
  const screen = (p: readonly number[]): Point => toScreen(view, geometry.projection.project([p[0], p[1]]));
  const inside = ([x, y]: Point) => x > -SYMBOL_PX && y > -SYMBOL_PX && x < size.width + SYMBOL_PX && y < size.height + SYMBOL_PX;
  return (
    <g className="svg-map-layouts">
      {layouts.lines.features
        .filter((f) => shown(f.properties.plan))
        .map((f) => {
          const p = f.properties;
          const d = f.geometry.coordinates.map((c, i) => `${i ? 'L' : 'M'}${screen(c).map((v) => v.toFixed(1)).join(' ')}`).join('');
          const dashed = KIND_STYLE[p.kind as LayoutKind]?.dashed;
          return (
            <path
              key={p.key}
              d={d}
              data-element={p.key}
              className="svg-map-line"
              stroke={PLAN_COLOURS[p.plan] ?? DEFAULT_PLAN_COLOUR}
              strokeWidth={p.key === selectedElement ? 5 : 3}
              strokeDasharray={dashed ? '9 6' : undefined}
              opacity={dim(p.key)}
            />
          );
        })}
      {layouts.points.features
        .filter((f) => shown(f.properties.plan))
        .map((f) => {
          const p = f.properties;
          const [x, y] = screen(f.geometry.coordinates);
          const at: Point = [x + p.offset[0], y + p.offset[1]];
          if (!inside(at)) return null;
          const chosen = p.key === selectedElement;
          const px = chosen ? SYMBOL_PX * 1.4 : SYMBOL_PX;
          const shape = KIND_STYLE[p.kind as LayoutKind]?.shape ?? 'square';
          return (
            <path
              key={p.key}
              d={SHAPES[shape]}
              data-element={p.key}
              className={`svg-map-symbol${p.status === 'interpretation' ? ' svg-map-interpretation' : ''}${chosen ? ' svg-map-chosen' : ''}`}
              transform={`translate(${(at[0] - px / 2).toFixed(1)} ${(at[1] - px / 2).toFixed(1)}) scale(${px / 24})`}
              fill={PLAN_COLOURS[p.plan] ?? DEFAULT_PLAN_COLOUR}
              opacity={dim(p.key)}
            />
          );
        })}
    </g>
  );
});
