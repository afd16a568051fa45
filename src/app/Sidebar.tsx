import { Suspense, useCallback } from 'react';
import type { RegionData } from '../data/regions';
import { useT } from '../ui/useT';
import { useUi } from '../state/store';
import { RegionList } from '../nav/RegionList';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { IndustryFilter, LayoutLegend, PackLoader, ProgressSection } from './lazyPanels';
import type { PlanLayers } from './usePlanLayers';

interface Props {
  data: RegionData;
  layers: PlanLayers;
  afterFirstDraw: boolean;
  regionsOpen: boolean;
  setRegionsOpen: (open: boolean) => void;
}

/** The industry filter, the layouts' legend, the list of every region and the data-pack loader. */
export function Sidebar({ data, layers, afterFirstDraw, regionsOpen, setRegionsOpen }: Props) {
  const { lang, t } = useT();
  const { plans, match, matchedElements } = layers;
  const regionName = useCallback((code: string) => data.regions.get(code)?.name[lang] ?? code, [data, lang]);
  const selected = useUi((s) => s.selected);
  const filter = useUi((s) => s.filter);
  const chooseRegion = useUi((s) => s.chooseRegion);
  const chooseElement = useUi((s) => s.chooseElement);
  const status = <PlanDataStatus failed={plans.isError} message={plans.error?.message} />;
  return (
    <div className="sidebar">
      <details open data-export={filter.length > 0 ? undefined : 'omit'}>
        <summary>{t('filter.title')}</summary>
        <ErrorBoundary>
          {plans.data && match ? (
            <Suspense fallback={<PlanDataStatus failed={false} />}>
              <IndustryFilter taxonomy={plans.data.taxonomy} index={plans.data.index} match={match} regionName={regionName} />
            </Suspense>
          ) : (
            status
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
            status
          )}
        </ErrorBoundary>
      </details>
      <details data-export={regionsOpen ? 'omit' : undefined} open={regionsOpen} onToggle={(e) => setRegionsOpen(e.currentTarget.open)}>
        <summary>{t('regionsSection')}</summary>
        {/* Drawn only while open: with a national pack it is thousands of buttons. */}
        {regionsOpen && (
          <ErrorBoundary>
            <RegionList data={data} selected={selected} onChoose={(code) => chooseRegion(data, code)} />
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
      {afterFirstDraw && (
        <ErrorBoundary>
          <Suspense fallback={null}>
            <ProgressSection data={data} />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
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
