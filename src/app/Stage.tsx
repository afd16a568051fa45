import { Suspense, useCallback, useMemo, type MutableRefObject } from 'react';
import type { RegionData } from '../data/regions';
import { useT } from '../ui/useT';
import { useUi } from '../state/store';
import { elementRefKey } from '../state/elementRef';
import type { MapController, MapTarget } from '../map/MapController';
import type { SvgMapHandle } from '../svgMap/SvgMap';
import { Breadcrumb } from '../nav/Breadcrumb';
import { Notices } from '../ui/Notices';
import { ErrorBoundary, PanelBoundary } from '../ui/ErrorBoundary';
import { ElementPanel, FilterKey, MapView, RegionPanel, SvgMap } from './lazyPanels';
import type { PlanLayers } from './usePlanLayers';
import type { CameraPosition } from '../state/url';
import { DESK_LOOK, matchKeySwatches } from '../mapModel';

interface Props {
  data: RegionData;
  layers: PlanLayers;
  webgl: boolean;
  controllerRef: MutableRefObject<MapController | null>;
  fallbackRef: MutableRefObject<SvgMapHandle | null>;
  onDrawn: () => void;
  onNoWebgl: () => void;
  stageRef: (stage: HTMLElement | null) => void;
  /** The camera the link held when the app started (the WebGL map reads its hash itself). */
  linkCamera: CameraPosition | null;
}

/** The map (WebGL, or the SVG map without WebGL2), the breadcrumb, notices, the filter's key and the open panel. */
export function Stage({ data, layers, webgl, controllerRef, fallbackRef, onDrawn, onNoWebgl, stageRef, linkCamera }: Props) {
  const { t } = useT();
  const { layouts, regionMatches, matchedElements, filterActive } = layers;
  const scope = useUi((s) => s.scope);
  const pickOnMap = useUi((s) => s.pickOnMap);
  const goTop = useUi((s) => s.goTop);
  const drillInto = useUi((s) => s.drillInto);
  // The key draws each shade as the map does in the screen's theme (a theme applies while presenting).
  const keyTheme = useUi((s) => (s.present ? s.theme : DESK_LOOK.theme));
  const keySwatches = useMemo(() => matchKeySwatches({ theme: keyTheme, scale: 1 }), [keyTheme]);
  const onTargetClick = useCallback((target: MapTarget | null) => pickOnMap(data, target), [data, pickOnMap]);
  /** The SVG map frames the overview itself; a linked region is framed once it is drawn, unless the link holds a camera. */
  const onFallbackDrawn = useCallback(() => {
    onDrawn();
    const { selected, frame } = useUi.getState();
    if (selected && !linkCamera) frame({ kind: 'region', code: selected }, true);
  }, [onDrawn, linkCamera]);
  return (
    <main className="stage" ref={stageRef}>
      {webgl ? (
        <Suspense fallback={null}>
          <MapView
            data={data}
            layouts={layouts}
            regionMatches={regionMatches}
            matchedElements={matchedElements}
            controllerRef={controllerRef}
            onTargetClick={onTargetClick}
            onDrawn={onDrawn}
            onUnavailable={onNoWebgl}
          />
        </Suspense>
      ) : (
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          <SvgMap
            data={data}
            layouts={layouts}
            regionMatches={regionMatches}
            matchedElements={matchedElements}
            handleRef={fallbackRef}
            onTargetClick={onTargetClick}
            onDrawn={onFallbackDrawn}
            initialCamera={linkCamera}
          />
        </Suspense>
      )}
      <Breadcrumb data={data} scope={scope} onTop={goTop} onChoose={drillInto} />
      <Notices />
      {filterActive && (
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <FilterKey swatches={keySwatches} />
          </Suspense>
        </ErrorBoundary>
      )}
      <OpenPanel data={data} />
    </main>
  );
}

/** The region's or layout element's panel, whichever is open. */
function OpenPanel({ data }: { data: RegionData }) {
  const selected = useUi((s) => s.selected);
  const element = useUi((s) => s.selectedElement);
  const filter = useUi((s) => s.filter);
  const { select, chooseRegion, chooseElement, drillInto } = useUi.getState();
  const close = () => select(null);
  const region = selected ? data.regions.get(selected) : undefined;
  return (
    <Suspense fallback={<PanelLoading />}>
      {region && (
        <PanelBoundary key={region.code} onClose={close}>
          <RegionPanel
            region={region}
            data={data}
            highlightCategories={filter}
            onClose={close}
            onDrill={drillInto}
            onSelect={(code) => chooseRegion(data, code)}
            onSelectElement={(planId, elementId) => chooseElement({ planId, elementId })}
          />
        </PanelBoundary>
      )}
      {element && (
        <PanelBoundary key={elementRefKey(element)} onClose={close}>
          <ElementPanel
            planId={element.planId}
            elementId={element.elementId}
            regions={data}
            onSelectRegion={(code) => chooseRegion(data, code)}
            onClose={close}
          />
        </PanelBoundary>
      )}
    </Suspense>
  );
}

function PanelLoading() {
  const { t } = useT();
  return (
    <aside className="panel" aria-busy="true" data-map-overlay>
      <p className="muted">{t('layout.loading')}</p>
    </aside>
  );
}
