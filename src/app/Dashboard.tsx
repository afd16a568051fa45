import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { RegionData } from '../data/regions';
import { useUi } from '../state/store';
import { elementRefKey, elementRefOf } from '../state/elementRef';
import type { ParsedView } from '../state/url';
import { useUrlSync } from '../state/useUrlSync';
import { fellBack, useRenderer, type RendererReason } from '../state/renderer';
import { problemText, reportLinkProblem } from '../state/link';
import type { StringKey } from '../i18n/strings';
import { useT } from '../ui/useT';
import type { MapController } from '../map/MapController';
import type { SvgMapHandle } from '../svgMap/SvgMap';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { writePanelGeometry } from '../ui/panelGeometry';
import { BriefingBuilder, PresentationLayer, SourceReader, preloadPanels } from './lazyPanels';
import { useBuilder } from '../briefings/ownBriefings';
import { Header } from './Header';
import { Sidebar } from './Sidebar';
import { Stage } from './Stage';
import { usePlanLayers } from './usePlanLayers';
import { useFraming } from './useFraming';
import { useLoadProblems } from '../loading/problems';

writePanelGeometry();

interface Props {
  data: RegionData;
  /** The view the address held when the app started (src/state/link.ts). */
  link: ParsedView;
}

/** The whole screen once the boundaries are loaded: header, sidebar, map stage, presentation, reader, footer. */
export function Dashboard({ data, link }: Props) {
  const { t } = useT();
  const readingSource = useUi((s) => !!s.source);
  const builderOpen = useBuilder((s) => s.open);
  const presenting = useUi((s) => !!s.present);
  const building = builderOpen && !presenting;
  const controllerRef = useRef<MapController | null>(null);
  const fallbackRef = useRef<SvgMapHandle | null>(null);
  const choice = useRenderer((s) => s.choice);
  const webgl = choice?.renderer === 'webgl';
  // The list stays the keyboard user's quickest way to any region where there is no WebGL at all.
  const [regionsOpen, setRegionsOpen] = useState(choice?.reason === 'no-webgl2');
  // The map's worker did not load (src/loading): the WebGL map would stay blank, so the SVG map stands in.
  const workerFailed = useLoadProblems((s) => s.problems.some((p) => p.kind === 'worker'));
  useEffect(() => {
    if (workerFailed && useRenderer.getState().choice?.renderer === 'webgl') useRenderer.getState().set(fellBack('failed-to-load'));
  }, [workerFailed]);
  const [stage, setStage] = useState<HTMLElement | null>(null);
  // What the first view does without (the plans and their validator, the presentation runtime, export, the pack
  // loader) loads once the first map is drawn, or at once where there is no WebGL at all (as before the choice).
  const [mapDrawn, setMapDrawn] = useState(false);
  const afterFirstDraw = mapDrawn || choice?.reason === 'no-webgl2';
  const layers = usePlanLayers(data, afterFirstDraw);
  const { plans, layouts, linkCheck } = layers;
  const onDrawn = useCallback(() => {
    setMapDrawn(true);
    preloadPanels();
  }, []);
  const mapCamera = useCallback(() => controllerRef.current ?? fallbackRef.current, []);
  // The SVG map frames a linked region itself when drawn (unless the link holds a camera).
  useFraming(data, layouts, mapCamera, webgl && mapDrawn);
  useUrlSync(link, data, linkCheck);
  useCloseRules(data, linkCheck?.elementKeys);

  useRendererNotice(choice?.reason, link);
  const onNoWebgl = () => {
    if (!webgl) return;
    useRenderer.getState().set(fellBack('no-webgl2'));
    setRegionsOpen(true);
  };

  return (
    <div className="app">
      <Header data={data} index={plans.data?.index} afterFirstDraw={afterFirstDraw} controllerRef={controllerRef} />
      <Sidebar data={data} layers={layers} afterFirstDraw={afterFirstDraw} regionsOpen={regionsOpen} setRegionsOpen={setRegionsOpen} />
      <Stage
        data={data}
        layers={layers}
        webgl={webgl}
        controllerRef={controllerRef}
        fallbackRef={fallbackRef}
        onDrawn={onDrawn}
        onNoWebgl={onNoWebgl}
        stageRef={setStage}
        linkCamera={link.view.camera}
      />
      {afterFirstDraw && (
        <ErrorBoundary>
          <Suspense fallback={null}>
            <PresentationLayer stage={stage} link={link} data={data} plans={plans.data} layouts={layouts} camera={mapCamera} />
          </Suspense>
        </ErrorBoundary>
      )}
      {afterFirstDraw && building && (
        <ErrorBoundary>
          <Suspense fallback={null}>
            <BriefingBuilder data={data} plans={plans.data} layouts={layouts} camera={mapCamera} />
          </Suspense>
        </ErrorBoundary>
      )}
      {afterFirstDraw && readingSource && (
        <ErrorBoundary>
          <Suspense fallback={null}>
            <SourceReader
              plans={plans.data?.plans ?? (plans.isError ? null : undefined)}
              regions={data}
              onRegion={(code) => useUi.getState().chooseRegion(data, code)}
              onElement={(key) => {
                const ref = elementRefOf(key);
                if (ref) useUi.getState().chooseElement(ref);
              }}
            />
          </Suspense>
        </ErrorBoundary>
      )}
      <footer className="app-footer">
        <span>{t('attribution')}</span>
        <span aria-hidden="true"> · </span>
        <strong>{t('notOfficial')}</strong>
      </footer>
    </div>
  );
}

/** Why the SVG map is drawn where one might expect the WebGL map, and a bad `renderer=` in the link. */
const RENDERER_NOTICES: Partial<Record<RendererReason, StringKey>> = {
  'no-webgl2': 'fallback.noWebgl',
  'software-webgl': 'fallback.softwareWebgl',
  'failed-to-load': 'loading.mapFallback',
};
function useRendererNotice(reason: RendererReason | undefined, link: ParsedView) {
  useEffect(() => {
    const key = reason && RENDERER_NOTICES[reason];
    if (key) useUi.getState().notify({ id: 'renderer', key });
  }, [reason]);
  useEffect(() => {
    const bad = problemText(link, 'renderer');
    if (bad) reportLinkProblem('renderer', bad);
  }, [link]);
}

/** Esc closes the open panel; a removed data pack closes what showed its regions or plans. */
function useCloseRules(data: RegionData, elementKeys: ReadonlySet<string> | undefined) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const state = useUi.getState();
      // In presentation mode Esc leaves the presentation instead (src/present).
      if (e.key === 'Escape' && !state.present && !state.source && (state.selected || state.selectedElement)) state.select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    const state = useUi.getState();
    if (state.scope && !data.regions.has(state.scope)) state.setScope(null);
    if (state.selected && !data.regions.has(state.selected)) state.select(null);
  }, [data]);
  useEffect(() => {
    const element = useUi.getState().selectedElement;
    if (elementKeys && element && !elementKeys.has(elementRefKey(element))) useUi.getState().select(null);
  }, [elementKeys]);
}
