import { useUi } from '../state/store';
import { useT } from './useT';

/**
 * Short, dismissable messages about things the app could not do (bad link, no WebGL…). While
 * presenting, the note on which map is drawn stays out of the audience's view (it says nothing
 * about the plans; it is back after the presentation unless dismissed).
 */
export function Notices() {
  const present = useUi((s) => !!s.present);
  const all = useUi((s) => s.notices);
  const notices = present ? all.filter((n) => !QUIET_WHILE_PRESENTING.has(n.id)) : all;
  const dismiss = useUi((s) => s.dismiss);
  const { t } = useT();
  return (
    <div className="notices" data-export="omit" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <span>{t(n.key, n.vars)}</span>
          <button type="button" className="notice-dismiss" onClick={() => dismiss(n.id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

/** Notices about the app itself, not the plans: hidden while presenting. */
const QUIET_WHILE_PRESENTING = new Set(['renderer']);
