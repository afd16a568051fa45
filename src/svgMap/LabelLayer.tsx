/**
 * Names in screen space: region names (the model's priority, its size for the zoom) and layout
 * element names (the plan's colour, broken into lines by the model), placed in one collision pass
 * that keeps them off the layout symbols and belt lines (labels.ts). Region names are hit targets
 * too (drawn above the layouts).
 */
import { memo, useMemo } from 'react';
import type { RegionData } from '../data/regions';
import type { Lang } from '../i18n/strings';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import {
  elementLabelLines,
  layoutPaint,
  labelSize,
  labelStyle,
  linePlaces,
  placeMapNames,
  regionNamePoints,
  planColour,
  symbolBox,
  symbolPlaces,
  LINE_HEIGHT_EM,
  type ElementName,
  type Box,
  type LayoutView,
  type MapLook,
} from '../mapModel';
import type { RegionGeometry } from './paths';
import { screenProjection, zoomOfScale, type View } from './projection';
import type { Size } from './useViewport';

interface Props {
  data: RegionData;
  geometry: RegionGeometry;
  displayed: string[];
  view: View;
  size: Size;
  lang: Lang;
  look: MapLook;
  layouts?: LayoutCollections;
  layoutView?: LayoutView;
  /** elements the filter lights up (null: no filter); names of the others are not shown, as on the WebGL map */
  matchedElements?: ReadonlySet<string> | null;
  /** boxes of the controls over the map (breadcrumb, zoom buttons, key, notices): no name under them */
  overlays?: readonly Box[];
}

const NO_LAYOUTS: LayoutView = { hiddenPlans: [], selectedElement: null };
const NO_BOXES: readonly Box[] = [];

/** Memoised: it re-renders when the view, scope, language, look or layouts change, not on hover. */
export const LabelLayer = memo(function LabelLayer({
  data,
  geometry,
  displayed,
  view,
  size,
  lang,
  look,
  layouts,
  layoutView = NO_LAYOUTS,
  matchedElements,
  overlays = NO_BOXES,
}: Props) {
  const fontPx = labelSize(zoomOfScale(geometry.projection, view.k), look);
  const paint = layoutPaint(look);
  const names = useMemo(() => {
    const project = screenProjection(geometry, view);
    const regions = regionNamePoints(data, displayed, project, lang);
    const symbols = layouts ? symbolPlaces(layouts, layoutView, project, look) : [];
    const elements: ElementName[] = symbols
      .filter(({ feature }) => !matchedElements || matchedElements.has(feature.properties.key))
      .map(({ feature: { properties: p }, at, px }) => ({
        key: p.key,
        plan: p.plan,
        lines: elementLabelLines(p, lang),
        x: at[0],
        y: at[1],
        symbolPx: px,
        priority: p.key === layoutView.selectedElement ? 1 : 0,
      }));
    return placeMapNames({
      regions,
      regionFontPx: fontPx,
      elements,
      elementFontPx: paint.nameSize,
      symbols: symbols.map(symbolBox),
      lines: layouts ? linePlaces(layouts, layoutView, project).map((l) => l.points) : [],
      lineWidthPx: paint.lineWidth,
      screen: size,
      overlays,
      gap: labelStyle(look).paddingPx,
    });
  }, [
    displayed,
    data,
    view,
    geometry,
    lang,
    size,
    fontPx,
    look,
    layouts,
    layoutView,
    matchedElements,
    paint.nameSize,
    paint.lineWidth,
    overlays,
  ]);
  return (
    <>
      <g
        className="svg-map-element-names"
        fontSize={`${paint.nameSize.toFixed(2)}px`}
        strokeWidth={2 * paint.nameHaloWidth}
        stroke={paint.halo}
      >
        {names.elements.map((e) => (
          <text key={e.key} data-element-name={e.key} fill={planColour(e.plan)} x={e.x.toFixed(1)} y={(e.y - e.height / 2).toFixed(1)}>
            {e.lines.map((line, i) => (
              <tspan key={i} x={e.x.toFixed(1)} dy={`${i ? LINE_HEIGHT_EM : LINE_HEIGHT_EM / 2}em`}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
      <g className="svg-map-labels" fontSize={`${fontPx.toFixed(2)}px`}>
        {names.regions.map((l) => (
          <text key={l.code} x={l.x.toFixed(1)} y={l.y.toFixed(1)} data-code={l.code}>
            {l.text}
          </text>
        ))}
      </g>
    </>
  );
});
