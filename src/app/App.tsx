import { useEffect } from 'react';
import { useRegionData } from '../data/useRegionData';
import { useT } from '../i18n/useT';
import { Dashboard } from './Dashboard';

export function App() {
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
