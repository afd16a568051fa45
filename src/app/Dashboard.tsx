import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Bbox, RegionData } from '../data/regions';
import { useAllPlans } from '../data/usePlanData';
import { useUi } from '../state/store';
import { isDisplayed, jumpTargets, naturalScope } from '../state/drill';
import { hashHasCamera } from '../state/url';
import { useUrlSync } from '../state/useUrlSync';
import { useT } from '../ui/useT';
import { MapView } from '../map/MapView';
import type { MapController, MapTarget } from '../map/MapController';
import { layoutFeatures, elementKey } from '../layouts/layoutFeatures';
import type { matchFilter as MatchFilter } from '../filter/matchFilter';
import { RegionList } from '../nav/RegionList';
import { Breadcrumb } from '../nav/Breadcrumb';
import { JumpButtons } from '../nav/JumpButtons';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { Notices } from '../ui/Notices';
import { ElementPanel, ExportMenu, FilterKey, IndustryFilter, LayoutLegend, PackLoader, PresentationLayer, RegionPanel, SourceReader, SvgMap, loadMatcher, preloadPanels } from './lazyPanels';
import { ErrorBoundary, PanelBoundary } from '../ui/ErrorBoundary';
import type { SvgMapHandle } from '../fallback/SvgMap';
import { BriefingMenu } from '../present/BriefingMenu';
import { startPresentation } from '../present/startPresentation';

/** The side panel's width as app.css lays it out (min(25rem, 45% of the stage)), plus its margin. */
function panelWidthPx(): number {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const stage = document.querySelector('.stage')?.clientWidth ?? window.innerWidth;
  return Math.min(25 * rem, 0.45 * stage) + rem;
}
const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The whole screen once the boundaries are loaded: header, sidebar, map, panel, footer. */
export function Dashboard({ data }: { data: RegionData }) {
  const { t } = useT();
  const selected = useUi((s) => s.selected);
  const selectedElement = useUi((s) => s.selectedElement);
  const scope = useUi((s) => s.scope);
  const filter = useUi((s) => s.filter);
  const readingSource = useUi((s) => !!s.source);
  const select = useUi((s) => s.select);
  const selectElement = useUi((s) => s.selectElement);
  const notify = useUi((s) => s.notify);
  const controllerRef = useRef<MapController | null>(null);
  const fallbackRef = useRef<SvgMapHandle | null>(null);
  const [webgl, setWebgl] = useState(true);
  const [regionsOpen, setRegionsOpen] = useState(false);
  // Read before the map exists: maplibre writes its own camera into the hash as soon as it starts.
  const [linkHadCamera] = useState(() => hashHasCamera(window.location.hash));
  // What the first view does without (the plans and their validator, the presentation runtime, export, the pack
  // loader) loads once the first map is drawn, or at once without a WebGL map.
  const [mapDrawn, setMapDrawn] = useState(false);
  const afterFirstDraw = mapDrawn || !webgl;
  const plans = useAllPlans({ enabled: afterFirstDraw });
  const onDrawn = useCallback(() => {
    setMapDrawn(true);
    preloadPanels();
  }, []);

  const layouts = useMemo(() => plans.data && layoutFeatures(plans.data.plans, data), [plans.data, data]);
  // The matching loads with the plan data, after the first map.
  const [matchFilter, setMatchFilter] = useState<typeof MatchFilter>();
  useEffect(() => {
    if (afterFirstDraw) void loadMatcher().then((m) => setMatchFilter(() => m.matchFilter));
  }, [afterFirstDraw]);
  const match = useMemo(
    () => (plans.data && matchFilter ? matchFilter(filter, plans.data.index, plans.data.plans, data) : undefined),
    [matchFilter, filter, plans.data, data],
  );
  const jumps = useMemo(() => jumpTargets(data, plans.data?.index.plans.map((p) => p.regionCode)), [data, plans.data]);
  const filterActive = filter.length > 0 && !!match;
  const regionMatches = useMemo(
    () => (filterActive ? new Map([...match!.regions].map(([code, m]) => [code, m.strength])) : null),
    [filterActive, match],
  );
  const matchedElements = useMemo(() => (filterActive ? new Set(match!.elements.keys()) : null), [filterActive, match]);
  const linkCheck = useMemo(
    () =>
      plans.data && {
        elementKeys: new Set(plans.data.plans.flatMap((p) => p.layout.map((e) => elementKey(p.id, e.id)))),
        categories: new Set(plans.data.taxonomy.categories.map((c) => c.id)),
        planIds: new Set(plans.data.plans.map((p) => p.id)),
      },
    [plans.data],
  );

  const frameBox = useCallback((bbox: Bbox | undefined, panelOpen: boolean) => {
    if (!bbox) return;
    const options = { animate: !reducedMotion(), rightPadding: panelOpen ? panelWidthPx() : 0 };
    void (controllerRef.current ?? fallbackRef.current)?.frame(bbox, options);
  }, []);
  const frame = useCallback(
    (code: string | null, panelOpen: boolean) => frameBox(code ? data.regions.get(code)?.bbox : data.bbox, panelOpen),
    [data, frameBox],
  );

  /** Opens a layout element chosen from outside the map (legend, panel, link) and frames its members. */
  const chooseElement = useCallback(
    (key: string) => {
      selectElement(key);
      frameBox(layouts?.bboxes.get(key), true);
    },
    [selectElement, frameBox, layouts],
  );
  const frameFromLink = useCallback((code: string) => !linkHadCamera && frame(code, true), [frame, linkHadCamera]);
  const elementFromLink = useCallback(
    (key: string) => (linkHadCamera ? selectElement(key) : chooseElement(key)),
    [linkHadCamera, selectElement, chooseElement],
  );
  useUrlSync(data, linkCheck, frameFromLink, elementFromLink);
  const mapCamera = useCallback(() => controllerRef.current ?? fallbackRef.current, []);
  const [stage, setStage] = useState<HTMLElement | null>(null);

  /** Selects a region chosen from outside the map (list, breadcrumb, panel link) and frames it. */
  const choose = useCallback(
    (code: string) => {
      const current = useUi.getState().scope;
      select(code, isDisplayed(data, current, code) ? current : naturalScope(data, code));
      frame(code, true);
    },
    [data, select, frame],
  );

  const drill = useCallback(
    (code: string) => {
      select(code, code);
      frame(code, true);
    },
    [select, frame],
  );

  const onMapClick = useCallback(
    (target: MapTarget | null) => {
      if (!target) return select(null);
      if (target.type === 'element') return selectElement(target.key);
      const current = useUi.getState().scope;
      select(target.code, isDisplayed(data, current, target.code) ? current : naturalScope(data, target.code));
    },
    [data, select, selectElement],
  );

  useEffect(() => {
    if (webgl) return;
    notify({ id: 'no-webgl', key: 'fallback.noWebgl' });
    // The list stays the keyboard user's quickest way to any region.
    setRegionsOpen(true);
  }, [webgl, notify]);
  /** The SVG map (loaded only without WebGL2) frames the overview itself; a linked region is framed once it is drawn. */
  const onFallbackDrawn = useCallback(() => {
    onDrawn();
    const selectedAtStart = useUi.getState().selected;
    if (selectedAtStart) frame(selectedAtStart, true);
  }, [onDrawn, frame]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const state = useUi.getState();
      // In presentation mode Esc leaves the presentation instead (src/present).
      if (e.key === 'Escape' && !state.present && !state.source && (state.selected || state.selectedElement)) select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select]);

  // A removed data pack takes its regions and plans with it: close what showed them.
  useEffect(() => {
    const state = useUi.getState();
    if (state.scope && !data.regions.has(state.scope)) state.setScope(null);
    if (state.selected && !data.regions.has(state.selected)) select(null);
  }, [data, select]);
  useEffect(() => {
    const key = useUi.getState().selectedElement;
    if (linkCheck && key && !linkCheck.elementKeys.has(key)) select(null);
  }, [linkCheck, select]);

  const region = selected ? data.regions.get(selected) : undefined;
  return (
    <div className="app">
      <header className="app-header">
        <div className="titles">
          <h1>{t('appTitle')}</h1>
          <p>{t('appSubtitle')}</p>
        </div>
        <JumpButtons regions={jumps} onJump={drill} />
        <BriefingMenu onStart={startPresentation} />
        <CopyLinkButton />
        {afterFirstDraw ? (
          <Suspense fallback={<ExportPlaceholder />}>
            <ExportMenu controllerRef={controllerRef} data={data} />
          </Suspense>
        ) : (
          <ExportPlaceholder />
        )}
        <LanguageSwitch />
      </header>
      <div className="sidebar">
        <details open data-export={filter.length > 0 ? undefined : 'omit'}>
          <summary>{t('filter.title')}</summary>
          <ErrorBoundary>
            {plans.data && match ? (
              <Suspense fallback={<PlanDataStatus failed={false} />}>
                <IndustryFilter taxonomy={plans.data.taxonomy} index={plans.data.index} match={match} />
              </Suspense>
            ) : (
              <PlanDataStatus failed={plans.isError} message={plans.error?.message} />
            )}
          </ErrorBoundary>
        </details>
        <details open>
          <summary>{t('layout.legend')}</summary>
          <ErrorBoundary>
            {plans.data ? (
              <Suspense fallback={<PlanDataStatus failed={false} />}>
                <LayoutLegend plans={plans.data.plans} matchedElements={matchedElements} onChoose={chooseElement} />
              </Suspense>
            ) : (
              <PlanDataStatus failed={plans.isError} message={plans.error?.message} />
            )}
          </ErrorBoundary>
        </details>
        <details data-export={regionsOpen ? 'omit' : undefined} open={regionsOpen} onToggle={(e) => setRegionsOpen(e.currentTarget.open)}>
          <summary>{t('regionsSection')}</summary>
          {/* Drawn only while open: with a national pack it is thousands of buttons. */}
          {regionsOpen && (
            <ErrorBoundary>
              <RegionList data={data} selected={selected} onChoose={choose} />
            </ErrorBoundary>
          )}
        </details>
        {afterFirstDraw && (
          <ErrorBoundary>
            <Suspense fallback={null}>
              <PackLoader data={data} />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
      <main className="stage" ref={setStage}>
        {webgl ? (
          <MapView
            data={data}
            layouts={layouts}
            regionMatches={regionMatches}
            matchedElements={matchedElements}
            controllerRef={controllerRef}
            onTargetClick={onMapClick}
            onDrawn={onDrawn}
            onUnavailable={() => setWebgl(false)}
          />
        ) : (
          <Suspense fallback={<p className="muted">{t('loading')}</p>}>
            <SvgMap
              data={data}
              layouts={layouts}
              regionMatches={regionMatches}
              matchedElements={matchedElements}
              handleRef={fallbackRef}
              onTargetClick={onMapClick}
              onDrawn={onFallbackDrawn}
            />
          </Suspense>
        )}
        <Breadcrumb
          data={data}
          scope={scope}
          onTop={() => {
            select(null, null);
            frame(null, false);
          }}
          onChoose={drill}
        />
        <Notices />
        {filterActive && (
          <ErrorBoundary fallback={() => null}>
            <Suspense fallback={null}>
              <FilterKey />
            </Suspense>
          </ErrorBoundary>
        )}
        <Suspense fallback={<PanelLoading />}>
          {region && (
            <PanelBoundary key={region.code} onClose={() => select(null)}>
              <RegionPanel
                region={region}
                data={data}
                highlightCategories={filter}
                onClose={() => select(null)}
                onDrill={drill}
                onSelect={choose}
                onSelectElement={(planId, elementId) => chooseElement(elementKey(planId, elementId))}
              />
            </PanelBoundary>
          )}
          {selectedElement && (
            <PanelBoundary key={selectedElement} onClose={() => select(null)}>
              <ElementPanel
                planId={selectedElement.split('/')[0]}
                elementId={selectedElement.split('/')[1]}
                regions={data}
                onSelectRegion={choose}
                onClose={() => select(null)}
              />
            </PanelBoundary>
          )}
        </Suspense>
      </main>
      {afterFirstDraw && (
        <ErrorBoundary>
          <Suspense fallback={null}>
            <PresentationLayer stage={stage} data={data} plans={plans.data} layouts={layouts} controllerRef={controllerRef} camera={mapCamera} />
          </Suspense>
        </ErrorBoundary>
      )}
      {afterFirstDraw && readingSource && (
        <ErrorBoundary>
          <Suspense fallback={null}>
            <SourceReader
              plans={plans.data?.plans ?? (plans.isError ? null : undefined)}
              regions={data}
              onRegion={choose}
              onElement={chooseElement}
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

/** The Export button as it stands until the map is drawn and the menu's code has loaded. */
function ExportPlaceholder() {
  const { t } = useT();
  return (
    <div className="export-menu" data-export="omit">
      <button type="button" className="header-button" aria-haspopup="menu" aria-expanded={false} disabled>
        {t('export.menu')} ▾
      </button>
    </div>
  );
}

function PanelLoading() {
  const { t } = useT();
  return (
    <aside className="panel" aria-busy="true">
      <p className="muted">{t('layout.loading')}</p>
    </aside>
  );
}

function PlanDataStatus({ failed, message }: { failed: boolean; message?: string }) {
  const { t } = useT();
  return failed ? (
    <div role="alert" className="muted">
      <p>{t('layout.failed')}</p>
      <pre className="error-detail small">{message}</pre>
    </div>
  ) : (
    <p className="muted">{t('layout.loading')}</p>
  );
}
