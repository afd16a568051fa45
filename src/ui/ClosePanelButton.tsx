import { useT } from './useT';

/** The × of a side panel: named for screen readers and on hover, left out of picture exports. */
export function ClosePanelButton({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  return (
    <button type="button" className="icon-button" data-export="omit" onClick={onClose} aria-label={t('closePanel')} title={t('closePanel')}>
      ×
    </button>
  );
}
