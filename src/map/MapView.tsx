import { useEffect, useLayoutEffect, useRef, useState, type MutableRefObject } from 'react';
import type { RegionData } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import { selectedElementKey, useUi } from '../state/store';
import { displayedParents } from '../state/drill';
import { useT } from '../ui/useT';
import { createMap, type MapController, type MapTarget } from './MapController';
import type { MatchStrength } from '../filter/matchStyle';
import { tooltipText } from '../mapModel';
import { useProgressFill } from '../progress/useProgressFill';
import { useOverlayBoxes } from '../ui/useOverlayBoxes';

interface Props {
  data: RegionData;
  layouts: LayoutCollections | undefined;
  /** region code → filter match strength; null when no filter is active */
  regionMatches: ReadonlyMap<string, MatchStrength> | null;
  matchedElements: ReadonlySet<string> | null;
  controllerRef: MutableRefObject<MapController | null>;
  onTargetClick: (target: MapTarget | null) => void;
  /** Called once, when the first map is fully drawn. */
  onDrawn?: () => void;
  /** Called when the browser cannot give the map a WebGL2 context. */
  onUnavailable: () => void;
}

/** The map as a labelled landmark; hands state changes to the MapController. */
export function MapView({ data, layouts, regionMatches, matchedElements, controllerRef, onTargetClick, onDrawn, onUnavailable }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const { lang, t } = useT();
  const scope = useUi((s) => s.scope);
  const selected = useUi((s) => s.selected);
  const selectedElement = useUi(selectedElementKey);
  const hiddenPlans = useUi((s) => s.hiddenPlans);
  const [hovered, setHovered] = useState<MapTarget | null>(null);
  const clickRef = useRef(onTargetClick);
  const startRef = useRef({ onDrawn, onUnavailable });
  const dataRef = useRef(data);
  // Latest values for the map's callbacks and its one-time creation; written before the creating layout effect below runs.
  useLayoutEffect(() => {
    clickRef.current = onTargetClick;
    dataRef.current = data;
  });

  // A layout effect: the map starts before the page's first paint rather than after it.
  // Made once: later region data (data packs) goes to the same map through setRegionData.
  useLayoutEffect(() => {
    const { lang: initialLang, scope: initialScope } = useUi.getState();
    const initialData = dataRef.current;
    const controller = createMap({
      container: container.current!,
      data: initialData,
      lang: initialLang,
      displayedParents: displayedParents(initialData, initialScope),
      callbacks: { onHover: setHovered, onClick: (target) => clickRef.current(target), onDrawn: () => startRef.current.onDrawn?.() },
    });
    if (!controller) return startRef.current.onUnavailable();
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, [controllerRef]);

  useEffect(() => void controllerRef.current?.setRegionData(data), [data, controllerRef]);
  useEffect(() => controllerRef.current?.setLang(lang), [lang, controllerRef]);
  useEffect(() => void controllerRef.current?.setDisplayedParents(displayedParents(data, scope)), [data, scope, controllerRef]);
  useEffect(() => void controllerRef.current?.setSelected(selected), [selected, controllerRef]);
  const progressFill = useProgressFill(data);
  useEffect(() => void controllerRef.current?.setProgressFill(progressFill), [progressFill, controllerRef]);
  // The controller dims layouts it adds by the filter's latest matches, however the two effects interleave.
  useEffect(() => {
    if (layouts) void controllerRef.current?.setLayouts(layouts);
  }, [layouts, controllerRef]);
  useEffect(() => void controllerRef.current?.setElementMatches(matchedElements), [matchedElements, controllerRef]);
  useEffect(() => controllerRef.current?.setLayoutView({ hiddenPlans, selectedElement }), [hiddenPlans, selectedElement, controllerRef]);
  useEffect(
    () => void controllerRef.current?.setFilterMatch(regionMatches !== null, regionMatches ?? new Map()),
    [regionMatches, controllerRef],
  );

  // Region names are kept from under the breadcrumb, notices, panel, cards and zoom buttons, as on the SVG map.
  const overlays = useOverlayBoxes(wrap, null);
  useEffect(() => controllerRef.current?.setOverlays(overlays), [overlays, controllerRef]);

  const hoveredName = tooltipText(hovered, data.regions, lang);
  return (
    <div
      ref={wrap}
      className="map-wrap"
      onMouseMove={(e) => {
        const el = tooltip.current;
        if (el) el.style.transform = `translate(${e.nativeEvent.offsetX + 14}px, ${e.nativeEvent.offsetY + 14}px)`;
      }}
    >
      <div ref={container} className="map" role="region" aria-label={t('mapLabel')} />
      <div ref={tooltip} className="hover-label" data-export="omit" aria-hidden="true" hidden={!hoveredName}>
        {hoveredName}
      </div>
    </div>
  );
}
