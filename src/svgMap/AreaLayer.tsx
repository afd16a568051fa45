/**
 * Layout areas in world units, as on the WebGL map: the selected zone's member regions hatched in the
 * plan's colour (one of the model's four directions per area; other zones are outline, symbol and name), belt and corridor members lightly tinted,
 * and every member outlined in the plan's colour, dashed where the membership is only our
 * interpretation. Widths, dashes, hatch tiles and the filter's dimming come from the map model.
 */
import { memo } from 'react';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import type { LayoutKind } from '../data/planSchema';
import {
  HATCH,
  LAYOUT_DASHES,
  TINTED_KINDS,
  elementOpacity,
  hatchDirection,
  hatchIndex,
  isElementShown,
  isHatchShown,
  layoutPaint,
  planColour,
  type LayoutView,
  type MapLook,
} from '../mapModel';
import type { RegionGeometry } from './paths';
import type { DetailLevel } from './projection';

interface Props {
  layouts: LayoutCollections;
  geometry: RegionGeometry;
  level: DetailLevel;
  layoutView: LayoutView;
  matchedElements: ReadonlySet<string> | null;
  look: MapLook;
}

const hatchId = (plan: string, index: number) => `svg-hatch-${plan}-${index}`;

/** The lines of a hatch tile in its direction (tile units, px on screen), as the WebGL map's tiles. */
function hatchLines(index: number): string {
  const size = HATCH.tilePx;
  const step = HATCH.spacingPx;
  const parts: string[] = [];
  const direction = hatchDirection(index);
  if (direction === 'rising') for (let o = -size; o <= size; o += step) parts.push(`M${o} ${size}L${o + size} 0`);
  if (direction === 'falling') for (let o = -size; o <= size; o += step) parts.push(`M${o} 0L${o + size} ${size}`);
  if (direction === 'horizontal') for (let y = step / 2; y < size; y += step) parts.push(`M0 ${y}L${size} ${y}`);
  if (direction === 'vertical') for (let x = step / 2; x < size; x += step) parts.push(`M${x} 0L${x} ${size}`);
  return parts.join('');
}

/** The hatch tiles of the shown areas; they alone follow the zoom (the tiles keep their screen size), not the areas. */
export function HatchPatterns({ layouts, layoutView, k }: { layouts: LayoutCollections; layoutView: LayoutView; k: number }) {
  const hatches = [
    ...new Set(
      layouts.areas.features
        .filter((f) => isHatchShown(f.properties.kind, f.properties.key, layoutView) && isElementShown(layoutView, f.properties.plan))
        .map((f) => `${f.properties.plan}|${hatchIndex(f.properties.pattern)}`),
    ),
  ].map((key) => {
    const [plan, index] = key.split('|');
    return { plan, index: Number(index) };
  });
  // Left out of a picture of the page: with the camera in the address's hash, the rasteriser (modern-screenshot)
  // produced a blank picture of the whole page whenever these paint servers were in it (measured: blank with them,
  // the map drawn without). The hatched paths go with them; the zones' outlines stay in the picture.
  return (
    <defs data-export="omit">
      {hatches.map(({ plan, index }) => (
        <pattern
          key={hatchId(plan, index)}
          id={hatchId(plan, index)}
          width={HATCH.tilePx}
          height={HATCH.tilePx}
          patternUnits="userSpaceOnUse"
          patternTransform={`scale(${(1 / k).toPrecision(6)})`}
        >
          <path d={hatchLines(index)} stroke={planColour(plan)} strokeWidth={HATCH.lineWidth} strokeOpacity={HATCH.alpha} />
        </pattern>
      ))}
    </defs>
  );
}

export const AreaLayer = memo(function AreaLayer({ layouts, geometry, level, layoutView, matchedElements, look }: Props) {
  const paint = layoutPaint(look);
  const dimmed = (key: string) => !!matchedElements && !matchedElements.has(key);
  const areas = layouts.areas.features.filter((f) => f.properties.code && isElementShown(layoutView, f.properties.plan));
  const dash = LAYOUT_DASHES.interpretationOutline.map((d) => d * paint.areaOutlineWidth).join(' ');
  return (
    <g className="svg-map-areas">
      {areas.map((f) => {
        const p = f.properties;
        const d = geometry.pathOf(p.code!, level);
        const hatched = isHatchShown(p.kind, p.key, layoutView);
        const tinted = TINTED_KINDS.includes(p.kind as LayoutKind);
        const off = dimmed(p.key);
        return (
          <g key={`${p.key}|${p.code}`} data-area={p.key} data-member={p.code}>
            {(hatched || tinted) && (
              <path
                d={d}
                className="svg-map-area-fill"
                data-export={hatched ? 'omit' : undefined}
                fill={hatched ? `url(#${hatchId(p.plan, hatchIndex(p.pattern))})` : planColour(p.plan)}
                fillOpacity={elementOpacity(hatched ? 'hatch' : 'tint', off)}
              />
            )}
            {(!tinted || p.status === 'interpretation') && (
              // Zones (hatched or not) and interpretation members are outlined.
              <path
                d={d}
                className="svg-map-area-line"
                fill="none"
                stroke={planColour(p.plan)}
                strokeWidth={paint.areaOutlineWidth}
                strokeOpacity={elementOpacity('outline', off)}
                strokeDasharray={p.status === 'interpretation' ? dash : undefined}
              />
            )}
          </g>
        );
      })}
    </g>
  );
});
