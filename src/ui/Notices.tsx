import { useUi } from '../state/store';
import { useT } from './useT';

/**
 * Short, dismissable messages about things the app could not do (bad link, no WebGL…). While
 * presenting or while a panel is open, the note on which map is drawn stays out of view: it says
 * nothing about the plans, and with a panel open the map is narrow enough for it to cover regions
 * (Jilin at 1280×720). It is back after, unless dismissed.
 */
export function Notices() {
  const quiet = useUi((s) => !!s.present || !!s.selected || !!s.selectedElement);
  const all = useUi((s) => s.notices);
  const notices = quiet ? all.filter((n) => !QUIET_WHILE_BUSY.has(n.id)) : all;
  const dismiss = useUi((s) => s.dismiss);
  const { t } = useT();
  return (
    <div className="notices" data-export="omit" data-map-overlay="children" role="status" aria-live="polite">
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

/** Notices about the app itself, not the plans: hidden while presenting or while a panel is open. */
const QUIET_WHILE_BUSY = new Set(['renderer']);
