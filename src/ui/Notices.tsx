import { useUi } from '../state/store';
import { useT } from './useT';

/** Short, dismissable messages about things the app could not do (bad link, no WebGL…). */
export function Notices() {
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismiss);
  const { t } = useT();
  return (
    <div className="notices" data-export="omit" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <span>{t(n.key, n.vars)}</span>
          <button type="button" onClick={() => dismiss(n.id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
