/**
 * Under a figure card of a presentation step: the target's status and latest actual figure, when the
 * user has loaded actual figures for it — marked as the user's, with its source, and as example data
 * while the example is loaded. Draws nothing otherwise.
 */
import { formatValue } from '../ui/formatValue';
import { useT } from '../ui/useT';
import { targetKey } from './assessAll';
import { useExampleLoaded } from './figuresStore';
import { StatusMark } from './statusMark';
import { useProgress } from './useProgress';
import './progress.css';

export function CardProgress({ planId, targetId }: { planId: string; targetId: string }) {
  const { t, lang } = useT();
  const row = useProgress().byTarget.get(targetKey(planId, targetId));
  const example = useExampleLoaded();
  if (!row) return null;
  const { assessment: a, latest, target } = row;
  return (
    <div className="card-progress" data-status={a.status}>
      <p>
        <StatusMark status={a.status} />
        {a.latest &&
          ` · ${t('progress.latest', { year: String(a.latest.year), value: formatValue(a.latest.value, target.unit, lang, target.countOf) })}`}
      </p>
      {latest && <p className="small">{t('progress.userFigure', { source: latest.source, date: latest.dataDate, unit: '' })}</p>}
      {example && <p className="example-mark small">{t('progress.exampleMark')}</p>}
    </div>
  );
}
