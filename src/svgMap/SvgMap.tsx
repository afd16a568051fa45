/**
 * The map without WebGL2: the same regions drawn as SVG from the same boundaries (d3-geo),
 * with the WebGL map's inputs (data, layouts, filter matches, selection and scope from the
 * store) and behaviour: hover names a region, click or Enter selects it, the filter lights
 * regions up, drilling shows a region's children, layouts are drawn as symbols and lines.
 * Colours, widths, opacities and priorities come from the map model (src/mapModel), in the look
 * (theme and room scale) set through `handleRef`, the same MapCamera the WebGL map's controller is.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type MutableRefObject, type RefObject } from 'react';
import type { RegionData } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import type { MapTarget } from '../mapModel';
import type { MatchStrength } from '../filter/matchStyle';
import { selectedElementKey, useUi } from '../state/store';
import { displayedParents } from '../state/drill';
import { useT } from '../ui/useT';
import type { Lang } from '../i18n/strings';
import { regionGeometry } from './paths';
import { firstViewPadding } from './framing';
import { useOverlayBoxes } from '../ui/useOverlayBoxes';
import { homePadding, roomLook, sameLook, scopeRegions, tooltipText, type MapLook } from '../mapModel';
import { lookVariables } from './regionStyle';
import { targetOf } from './hitTarget';
import { useViewport } from './useViewport';
import { pointerHandlers, useHover, useHovered, type HoverStore } from './useHover';
import { useRegionFocus } from './useRegionFocus';
import { useSvgMapHandle, type SvgMapHandle } from './useSvgMapHandle';
import { useCameraHash } from './useCameraHash';
import type { CameraPosition } from '../state/url';
import { MapLayers } from './MapLayers';
import { ZoomButtons } from './ZoomButtons';
import './svgMap.css';
import { rootFontPx } from '../ui/rootFontPx';

export type { SvgMapHandle } from './useSvgMapHandle';

interface Props {
  data: RegionData;
  layouts: LayoutCollections | undefined;
  /** region code → filter match strength; null when no filter is active */
  regionMatches: ReadonlyMap<string, MatchStrength> | null;
  matchedElements: ReadonlySet<string> | null;
  handleRef: MutableRefObject<SvgMapHandle | null>;
  onTargetClick: (target: MapTarget | null) => void;
  /** Called once, when the regions are first drawn. */
  onDrawn?: () => void;
  /** The camera the link held when the app started (it wins over any framing of the first view). */
  initialCamera?: CameraPosition | null;
}

export function SvgMap({ data, layouts, regionMatches, matchedElements, handleRef, onTargetClick, onDrawn, initialCamera = null }: Props) {
  const { lang, t } = useT();
  const scope = useUi((s) => s.scope);
  const selected = useUi((s) => s.selected);
  const selectedElement = useUi(selectedElementKey);
  const hiddenPlans = useUi((s) => s.hiddenPlans);
  const geometry = regionGeometry(data);
  const parents = useMemo(() => displayedParents(data, scope), [data, scope]);
  const regions = scopeRegions(data, parents);

  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const home = useMemo(() => geometry.projection.box(data.bbox), [geometry, data]);
  // The look the presentation would set: it may have set it before this map (a separate chunk) was there to hear it.
  const [look, setLookState] = useState<MapLook>(() => {
    const { present, theme } = useUi.getState();
    return roomLook(!!present, theme, rootFontPx());
  });
  const zoomOutPadding = useMemo(() => homePadding(look), [look]);
  const viewport = useViewport(wrap, home, zoomOutPadding, () => ({ box: home, padding: firstViewPadding(look) }));
  const { size, view, viewRef } = viewport;
  const overlays = useOverlayBoxes(wrap, size);
  const setLook = useCallback((next: MapLook) => setLookState((now) => (sameLook(now, next) ? now : next)), []);
  const lookRef = useRef(look);
  useLayoutEffect(() => {
    lookRef.current = look;
  });
  useSvgMapHandle({ handleRef, wrap, geometry, viewport, setLook, lookRef, onDrawn });
  useCameraHash(geometry, viewport, initialCamera);
  const layoutView = useMemo(() => ({ hiddenPlans, selectedElement }), [hiddenPlans, selectedElement]);

  const { hoverStore, hover, tooltip, placeTooltip } = useHover();
  const focus = useRegionFocus({
    svg,
    data,
    geometry,
    viewRef,
    displayed: regions.displayed,
    selected,
    onOpen: (code) => onTargetClick({ type: 'region', code }),
    hover,
    placeTooltip,
  });

  const ready = size && size.width > 0 && size.height > 0;
  return (
    <div
      ref={wrap}
      className="map svg-map"
      role="region"
      aria-label={t('mapLabel')}
      style={lookVariables(look)}
      {...pointerHandlers({ targetAt: (el) => targetOf(el, data, regions.displayed, layouts), hover, placeTooltip, onTargetClick })}
    >
      {/* Nothing to draw in an empty box (also jsdom, which lays nothing out). */}
      {ready && (
        <MapLayers
          svg={svg}
          size={size}
          view={view}
          data={data}
          geometry={geometry}
          layouts={layouts}
          regions={regions}
          regionMatches={regionMatches}
          matchedElements={matchedElements}
          selected={selected}
          selectedElement={selectedElement}
          layoutView={layoutView}
          hover={hoverStore}
          focus={focus}
          lang={lang}
          look={look}
          overlays={overlays}
        />
      )}
      <HoverLabel tooltip={tooltip} hover={hoverStore} data={data} lang={lang} />
      <p id="svg-map-keys" className="svg-map-keys">
        {t('fallback.keys')}
      </p>
      {ready && <ZoomButtons zoomBy={viewport.zoomBy} />}
    </div>
  );
}

/** The name of what is hovered, beside the pointer (placed by `placeTooltip`); it alone re-renders as the pointer moves. */
function HoverLabel({
  tooltip,
  hover,
  data,
  lang,
}: {
  tooltip: RefObject<HTMLDivElement | null>;
  hover: HoverStore;
  data: RegionData;
  lang: Lang;
}) {
  const name = tooltipText(useHovered(hover), data.regions, lang);
  return (
    <div ref={tooltip} className="hover-label" data-export="omit" aria-hidden="true" hidden={!name}>
      {name}
    </div>
  );
}
