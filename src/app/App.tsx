import { useEffect } from 'react';
import { useRegionData } from '../data/useRegionData';
import { useT } from '../i18n/useT';
import { Dashboard } from './Dashboard';
import { PresenterView } from '../present/PresenterView';
import '../present/present.css';

/** The presenter's second window (`?presenter=1`) needs no map; every other page is the dashboard. */
const isPresenterWindow = new URLSearchParams(window.location.search).get('presenter') === '1';

export function App() {
  return isPresenterWindow ? <PresenterView /> : <DashboardApp />;
}

function DashboardApp() {
  const boundaries = useRegionData();
  const { lang, t } = useT();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle');
  }, [lang, t]);

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
  return <Dashboard data={boundaries.data} />;
}
