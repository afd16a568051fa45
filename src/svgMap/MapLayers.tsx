/**
 * The SVG map's two layers: the regions (redrawn on scope, filter and framing only) and, above,
 * what changes on hover and selection, so that a click does not make the rasteriser redraw every boundary.
 */
import type { ComponentProps, RefObject } from 'react';
import type { RegionData } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import type { MatchStrength } from '../filter/matchStyle';
import type { Lang } from '../i18n/strings';
import type { Box, LayoutView, MapLook, ScopeRegions } from '../mapModel';
import type { RegionGeometry } from './paths';
import { detailLevel, viewTransform, type View } from './projection';
import type { Size } from './useViewport';
import type { useRegionFocus } from './useRegionFocus';
import { ContextLayer, ProvinceLines, RegionLayer } from './RegionLayers';
import { HighlightLayer } from './HighlightLayer';
import { LayoutLayer } from './LayoutLayer';
import { LabelLayer } from './LabelLayer';
import { AreaLayer, HatchPatterns } from './AreaLayer';
import { useT } from '../ui/useT';
import { useHovered, type HoverStore } from './useHover';

interface Props {
  svg: RefObject<SVGSVGElement | null>;
  size: Size;
  view: View;
  data: RegionData;
  geometry: RegionGeometry;
  layouts: LayoutCollections | undefined;
  regions: ScopeRegions;
  regionMatches: ReadonlyMap<string, MatchStrength> | null;
  matchedElements: ReadonlySet<string> | null;
  selected: string | null;
  selectedElement: string | null;
  layoutView: LayoutView;
  /** the hovered target: read by the highlight alone, so that a hover does not re-render the map */
  hover: HoverStore;
  focus: ReturnType<typeof useRegionFocus>;
  lang: Lang;
  look: MapLook;
  /** boxes of the controls over the map, kept free of names */
  overlays: readonly Box[];
}

export function MapLayers(props: Props) {
  const {
    svg,
    size,
    view,
    data,
    geometry,
    layouts,
    regions,
    regionMatches,
    matchedElements,
    selected,
    selectedElement,
    layoutView,
    hover,
    focus,
    lang,
    look,
    overlays,
  } = props;
  const { t } = useT();
  const level = detailLevel(view.k);
  return (
    <>
      <svg
        ref={svg}
        className="svg-map-base"
        width={size.width}
        height={size.height}
        role="group"
        aria-label={t('fallback.regions')}
        aria-describedby="svg-map-keys"
        onKeyDown={focus.onKeyDown}
      >
        <rect className="svg-map-sea" width={size.width} height={size.height} />
        {layouts && <HatchPatterns layouts={layouts} layoutView={layoutView} k={view.k} />}
        <g transform={viewTransform(view)}>
          <ContextLayer geometry={geometry} level={level} />
          <RegionLayer
            data={data}
            geometry={geometry}
            level={level}
            faint={regions.faint}
            displayed={regions.displayed}
            matches={regionMatches}
            lang={lang}
            tabStop={focus.tabStop}
            onFocusRegion={focus.onFocusRegion}
            look={look}
          />
          {layouts && (
            <AreaLayer
              layouts={layouts}
              geometry={geometry}
              level={level}
              layoutView={layoutView}
              matchedElements={matchedElements}
              look={look}
            />
          )}
          <ProvinceLines geometry={geometry} level={level} />
        </g>
      </svg>
      <svg className="svg-map-overlay" width={size.width} height={size.height} aria-hidden="true">
        <g transform={viewTransform(view)}>
          <HoverHighlight
            hover={hover}
            displayed={regions.displayed}
            data={data}
            geometry={geometry}
            level={level}
            layouts={layouts}
            matches={regionMatches}
            selected={selected}
            selectedElement={selectedElement}
            look={look}
          />
        </g>
        {layouts && (
          <LayoutLayer
            layouts={layouts}
            geometry={geometry}
            view={view}
            size={size}
            layoutView={layoutView}
            matchedElements={matchedElements}
            look={look}
          />
        )}
        <LabelLayer
          data={data}
          geometry={geometry}
          displayed={regions.displayed}
          view={view}
          size={size}
          lang={lang}
          look={look}
          layouts={layouts}
          layoutView={layoutView}
          matchedElements={matchedElements}
          overlays={overlays}
        />
      </svg>
    </>
  );
}

type HighlightProps = Omit<ComponentProps<typeof HighlightLayer>, 'hoveredCode' | 'hoveredDisplayed'>;

/** The highlight layer with the hovered region: it follows the hover store, the rest of the map does not. */
function HoverHighlight({ hover, displayed, ...props }: HighlightProps & { hover: HoverStore; displayed: readonly string[] }) {
  const hovered = useHovered(hover);
  const hoveredCode = hovered?.type === 'region' ? hovered.code : null;
  return <HighlightLayer {...props} hoveredCode={hoveredCode} hoveredDisplayed={!!hoveredCode && displayed.includes(hoveredCode)} />;
}
