/**
 * What changes on hover and selection, drawn over the regions in world units: the hovered
 * region, the member regions of a chosen layout element, and the selected region's outline.
 */
import { useMemo } from 'react';
import type { RegionData } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import { DEFAULT_PLAN_COLOUR, PLAN_COLOURS } from '../layouts/symbols';
import type { RegionGeometry } from './paths';
import type { DetailLevel } from './projection';
import { regionColour } from './regionStyle';

interface Props {
  data: RegionData;
  geometry: RegionGeometry;
  level: DetailLevel;
  layouts: LayoutCollections | undefined;
  hoveredCode: string | null;
  selected: string | null;
  selectedElement: string | null;
}

export function HighlightLayer({ data, geometry, level, layouts, hoveredCode, selected, selectedElement }: Props) {
  const members = useMemo(
    () => (selectedElement && layouts ? layouts.areas.features.filter((f) => f.properties.key === selectedElement && f.properties.code) : []),
    [selectedElement, layouts],
  );
  return (
    <>
      {hoveredCode && (
        <path className="svg-map-hover" d={geometry.pathOf(hoveredCode, level)} fill={regionColour(hoveredCode, data.regions.get(hoveredCode)?.level ?? '')} />
      )}
      {members.map((f) => (
        <path
          key={f.properties.code}
          className="svg-map-element-member"
          d={geometry.pathOf(f.properties.code!, level)}
          stroke={PLAN_COLOURS[f.properties.plan] ?? DEFAULT_PLAN_COLOUR}
        />
      ))}
      {selected && <path className="svg-map-selection" data-selected={selected} d={geometry.pathOf(selected, level)} />}
    </>
  );
}
