/**
 * What changes on hover and selection, drawn over the regions in world units: the hovered
 * region (raised to the model's hover opacity), the member regions of a chosen layout element,
 * and the selected region's outline.
 */
import { useMemo } from 'react';
import type { RegionData } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import type { MatchStrength } from '../filter/matchStyle';
import { layoutPaint, matchState, regionColour, type MapLook } from '../mapModel';
import type { RegionGeometry } from './paths';
import type { DetailLevel } from './projection';
import { hoverOverlayOpacity } from './regionStyle';

interface Props {
  data: RegionData;
  geometry: RegionGeometry;
  level: DetailLevel;
  layouts: LayoutCollections | undefined;
  hoveredCode: string | null;
  /** whether the hovered region is a child of a displayed parent */
  hoveredDisplayed: boolean;
  matches: ReadonlyMap<string, MatchStrength> | null;
  selected: string | null;
  selectedElement: string | null;
  look: MapLook;
}

export function HighlightLayer({
  data,
  geometry,
  level,
  layouts,
  hoveredCode,
  hoveredDisplayed,
  matches,
  selected,
  selectedElement,
  look,
}: Props) {
  const members = useMemo(
    () =>
      selectedElement && layouts ? layouts.areas.features.filter((f) => f.properties.key === selectedElement && f.properties.code) : [],
    [selectedElement, layouts],
  );
  const memberLine = layoutPaint(look);
  return (
    <>
      {hoveredCode && (
        <path
          className="svg-map-hover"
          d={geometry.pathOf(hoveredCode, level)}
          fill={regionColour(hoveredCode, data.regions.get(hoveredCode)?.level ?? '')}
          fillOpacity={hoverOverlayOpacity({ displayed: hoveredDisplayed, match: matchState(matches, hoveredCode) }, look)}
        />
      )}
      {members.map((f) => (
        <path
          key={f.properties.code}
          className="svg-map-element-member"
          d={geometry.pathOf(f.properties.code!, level)}
          stroke={memberLine.selection}
          strokeWidth={memberLine.selectedAreaWidth}
        />
      ))}
      {selected && <path className="svg-map-selection" data-selected={selected} d={geometry.outlineOf(selected, level)} />}
    </>
  );
}
