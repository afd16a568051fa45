import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegionData } from '../data/regions';
import { useUi } from '../state/store';
import { isDisplayed, naturalScope } from '../state/drill';
import { hashHasCamera, parseRegionParam, withRegionParam } from '../state/url';
import { useT } from '../i18n/useT';
import { MapView } from '../map/MapView';
import { hasWebGL2, type MapController } from '../map/MapController';
import { RegionPanel } from '../panel/RegionPanel';
import { RegionList } from '../nav/RegionList';
import { Breadcrumb } from '../nav/Breadcrumb';
import { JumpButtons } from '../nav/JumpButtons';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { Notices } from '../ui/Notices';

/** The side panel's width as app.css lays it out (min(25rem, 45% of the stage)), plus its margin. */
function panelWidthPx(): number {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const stage = document.querySelector('.stage')?.clientWidth ?? window.innerWidth;
  return Math.min(25 * rem, 0.45 * stage) + rem;
}
const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The whole screen once the boundaries are loaded: header, region list, map, panel, footer. */
export function Dashboard({ data }: { data: RegionData }) {
  const { t } = useT();
  const selected = useUi((s) => s.selected);
  const scope = useUi((s) => s.scope);
  const select = useUi((s) => s.select);
  const notify = useUi((s) => s.notify);
  const controllerRef = useRef<MapController | null>(null);
  const [webgl] = useState(hasWebGL2);
  // Read before the map exists: maplibre writes its own camera into the hash as soon as it starts.
  const [linkHadCamera] = useState(() => hashHasCamera(window.location.hash));

  const frame = useCallback(
    (code: string | null, panelOpen: boolean) => {
      const bbox = code ? data.regions.get(code)?.bbox : data.bbox;
      if (!bbox) return;
      void controllerRef.current?.frame(bbox, { animate: !reducedMotion(), rightPadding: panelOpen ? panelWidthPx() : 0 });
    },
    [data],
  );

  /** Selects a region chosen from outside the map (list, breadcrumb, link) and frames it. */
  const choose = useCallback(
    (code: string) => {
      const current = useUi.getState().scope;
      const scopeFor = isDisplayed(data, current, code) ? current : naturalScope(data, code);
      select(code, scopeFor);
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
    (code: string | null) => {
      if (!code) return select(null);
      const current = useUi.getState().scope;
      select(code, isDisplayed(data, current, code) ? current : naturalScope(data, code));
    },
    [data, select],
  );

  // The link's ?region= is applied once; after that the selection is written back to the URL.
  useEffect(() => {
    const param = parseRegionParam(window.location.search);
    if (param.kind === 'invalid' || (param.kind === 'valid' && !data.regions.has(param.value))) {
      const raw = param.kind === 'invalid' ? param.raw : param.value;
      notify({ id: 'bad-region', key: 'unknownRegion', vars: { code: raw.slice(0, 40) } });
      window.history.replaceState(null, '', withRegionParam(window.location.href, null));
    } else if (param.kind === 'valid') {
      select(param.value, naturalScope(data, param.value));
      if (!linkHadCamera) frame(param.value, true);
    }
    return useUi.subscribe((state, prev) => {
      if (state.selected !== prev.selected) {
        window.history.replaceState(window.history.state, '', withRegionParam(window.location.href, state.selected));
      }
    });
  }, [data, select, notify, frame, linkHadCamera]);

  useEffect(() => {
    if (!webgl) notify({ id: 'no-webgl', key: 'noWebgl' });
  }, [webgl, notify]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && useUi.getState().selected) select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select]);

  const region = selected ? data.regions.get(selected) : undefined;
  return (
    <div className="app">
      <header className="app-header">
        <div className="titles">
          <h1>{t('appTitle')}</h1>
          <p>{t('appSubtitle')}</p>
        </div>
        <JumpButtons data={data} onJump={drill} />
        <LanguageSwitch />
      </header>
      <RegionList data={data} selected={selected} onChoose={choose} />
      <main className="stage">
        {webgl ? (
          <MapView data={data} controllerRef={controllerRef} onRegionClick={onMapClick} />
        ) : (
          <div className="map map-missing" role="region" aria-label={t('mapLabel')}>
            <p>{t('noWebgl')}</p>
          </div>
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
        {region && (
          <RegionPanel key={region.code} region={region} data={data} onClose={() => select(null)} onDrill={drill} onSelect={choose} />
        )}
      </main>
      <footer className="app-footer">
        <span>{t('attribution')}</span>
        <span aria-hidden="true"> · </span>
        <strong>{t('notOfficial')}</strong>
      </footer>
    </div>
  );
}
