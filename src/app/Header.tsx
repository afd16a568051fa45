import { Suspense, useMemo, type MutableRefObject } from 'react';
import type { RegionData } from '../data/regions';
import type { PlanIndex } from '../data/planSchema';
import type { MapController } from '../map/MapController';
import { useT } from '../ui/useT';
import { useUi } from '../state/store';
import { jumpTargets } from '../state/drill';
import { JumpButtons } from '../nav/JumpButtons';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { BriefingMenu } from '../present/BriefingMenu';
import { startPresentation } from '../present/startPresentation';
import { ExportMenu } from './lazyPanels';
import { AboutButton } from '../about/AboutButton';
import { ErrorBoundary } from '../ui/ErrorBoundary';

interface Props {
  data: RegionData;
  index: PlanIndex | undefined;
  /** The map is drawn: the export menu's code may load. */
  afterFirstDraw: boolean;
  controllerRef: MutableRefObject<MapController | null>;
}

/** Title, jump buttons, briefings, copy link, export and language. */
export function Header({ data, index, afterFirstDraw, controllerRef }: Props) {
  const { t } = useT();
  const drillInto = useUi((s) => s.drillInto);
  const jumps = useMemo(
    () =>
      jumpTargets(
        data,
        index?.plans.map((p) => p.regionCode),
      ),
    [data, index],
  );
  return (
    <header className="app-header">
      <div className="titles">
        <h1>{t('appTitle')}</h1>
        <p>{t('appSubtitle')}</p>
      </div>
      <JumpButtons regions={jumps} onJump={drillInto} />
      <BriefingMenu onStart={startPresentation} />
      <CopyLinkButton />
      {afterFirstDraw ? (
        // A menu whose code did not load (src/loading reports which file) stays disabled; the rest of the page works.
        <ErrorBoundary fallback={() => <ExportPlaceholder />}>
          <Suspense fallback={<ExportPlaceholder />}>
            <ExportMenu controllerRef={controllerRef} data={data} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <ExportPlaceholder />
      )}
      <LanguageSwitch />
      <AboutButton />
    </header>
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
