import { PROGRESS_COLOURS, PROGRESS_NONE } from '../mapModel';
import { useT } from '../ui/useT';
import { STATUS_SYMBOL, statusesOf } from './method';
import { useExampleLoaded, useFigures } from './figuresStore';

/** The progress colouring's key: the method's statuses, each with its colour, symbol and words. */
export function ProgressLegend() {
  const { t } = useT();
  const method = useFigures((s) => s.method);
  const example = useExampleLoaded();
  return (
    <div className="progress-legend" role="group" aria-label={t('progress.legend')}>
      <ul>
        {statusesOf(method).map((status) => (
          <li key={status} data-status={status}>
            <span className="progress-swatch" style={{ background: PROGRESS_COLOURS[status] }} aria-hidden="true">
              {STATUS_SYMBOL[status]}
            </span>
            {t(`progress.status.${status}`)}
          </li>
        ))}
        <li>
          <span className="progress-swatch" style={{ background: PROGRESS_NONE }} aria-hidden="true" />
          {t('progress.noStatus')}
        </li>
      </ul>
      {example && <p className="example-mark">{t('progress.exampleMark')}</p>}
    </div>
  );
}
