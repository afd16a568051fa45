import { Suspense, useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useRegionData } from '../data/useRegionData';
import { useT } from '../ui/useT';
import { useLoadedPacks, usePacks } from '../data/loadedPacks';
import { mergeRegionData } from '../data/mergePack';
import { prefetchKeptPacks, restoreKeptPacks } from '../packs/keptPacks';
import { readLink } from '../state/link';
import { startRenderer } from '../state/webglProbe';
import { Dashboard } from './Dashboard';
import { PresenterView, preloadMap } from './lazyPanels';
import { LoadProblems } from '../about/LoadProblems';

/** The view in the address, read once as the app starts (before the map writes its camera into it). */
const link = readLink();
// The map is chosen before anything loads, so its code downloads beside the boundaries.
if (!link.view.presenter) preloadMap(startRenderer(link.view.renderer).renderer);

/** How long the first view waits for kept data packs before it shows without them (they join when ready). */
const RESTORE_WAIT_MS = 3000;

prefetchKeptPacks();

export function App() {
  // The presenter's second window (`?presenter=1`) needs no map; every other page is the dashboard.
  return (
    <>
      <LoadProblems />
      {link.view.presenter ? (
        <Suspense fallback={null}>
          <PresenterView link={link} />
        </Suspense>
      ) : (
        <DashboardApp />
      )}
    </>
  );
}

function DashboardApp() {
  const boundaries = useRegionData();
  const { lang, t } = useT();
  const client = useQueryClient();
  const packs = usePacks();
  const restored = useLoadedPacks((s) => s.restored);
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle');
  }, [lang, t]);
  useEffect(() => {
    if (!boundaries.data || useLoadedPacks.getState().restored) return;
    void restoreKeptPacks(boundaries.data, client);
    const timer = setTimeout(() => setWaited(true), RESTORE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [boundaries.data, client]);
  const data = useMemo(() => boundaries.data && mergeRegionData(boundaries.data, packs), [boundaries.data, packs]);

  if (boundaries.isPending) {
    return (
      <p className="splash" role="status">
        {t('loading')}
      </p>
    );
  }
  if (boundaries.isError) {
    return (
      <div className="splash" role="alert">
        <h1>{t('loadFailed')}</h1>
        <pre className="error-detail">{boundaries.error.message}</pre>
        <button type="button" onClick={() => void boundaries.refetch()}>
          {t('retry')}
        </button>
      </div>
    );
  }
  if (!restored && !waited) {
    return (
      <p className="splash" role="status">
        {t('packs.restoring')}
      </p>
    );
  }
  return <Dashboard data={data!} link={link} />;
}
