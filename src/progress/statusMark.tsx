import { PROGRESS_COLOURS } from '../mapModel';
import { useT } from '../ui/useT';
import { STATUS_SYMBOL, type StatusId } from './method';

/** A status as symbol, colour swatch and words: never colour alone. */
export function StatusMark({ status }: { status: StatusId }) {
  const { t } = useT();
  return (
    <span className="status-mark" data-status={status}>
      <span className="status-symbol" aria-hidden="true" style={{ color: PROGRESS_COLOURS[status] }}>
        {STATUS_SYMBOL[status]}
      </span>{' '}
      {t(`progress.status.${status}`)}
    </span>
  );
}
