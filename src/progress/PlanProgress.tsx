/**
 * Beside a plan's target charts: for each target with actual figures, the latest actual, the schedule
 * mark and the status in words and symbol, with the figure marked as the user's and its source.
 * Draws nothing while no figures are loaded.
 */
import type { Plan } from '../data/planSchema';
import { formatTargetShort, formatValue, formatNumber, unitName } from '../ui/formatValue';
import { useT } from '../ui/useT';
import { targetKey } from './assessAll';
import { useExampleLoaded } from './figuresStore';
import { StatusMark } from './statusMark';
import { useProgress } from './useProgress';
import './progress.css';

export function PlanProgress({ plan }: { plan: Plan }) {
  const { t, lang } = useT();
  const progress = useProgress();
  const example = useExampleLoaded();
  const rows = plan.targets.flatMap((target) => progress.byTarget.get(targetKey(plan.id, target.id)) ?? []);
  if (rows.length === 0) return null;
  return (
    <div className="target-progress" data-section="progress" aria-label={t('progress.title')} role="group">
      {example && <p className="example-mark">{t('progress.exampleMark')}</p>}
      <ul className="figure-list">
        {rows.map(({ target, assessment: a, latest }) => (
          <li key={target.id} data-progress-target={target.id} data-status={a.status}>
            <p>
              <span>{target.label[lang]}:</span> <strong>{formatTargetShort(target, lang)}</strong> — <StatusMark status={a.status} />
              {a.reason && ` (${t(`progress.reason.${a.reason}`)})`}
            </p>
            {a.latest && (
              <p>
                {t('progress.latest', {
                  year: String(a.latest.year),
                  value: formatValue(a.latest.value, target.unit, lang, target.countOf),
                })}
                {a.scheduleValue !== undefined &&
                  ` · ${t('progress.scheduleMark', { value: formatValue(a.scheduleValue, target.unit, lang, target.countOf) })}`}
                {a.gapPoints !== undefined &&
                  ` · ${t(a.gapPoints >= 0 ? 'progress.gap' : 'progress.ahead', { points: formatNumber(Math.abs(a.gapPoints), lang, 1) })}`}
                {a.ratio !== undefined && ` · ${t('progress.ratio', { ratio: formatNumber(a.ratio * 100, lang, 0) })}`}
              </p>
            )}
            {latest && (
              <p className="muted small">
                {t('progress.userFigure', {
                  source: latest.source,
                  date: latest.dataDate,
                  unit: latest.unit === target.unit ? '' : `; ${unitName(latest.unit, lang)}`,
                })}
                {latest.responsibleUnit && ` · ${t('progress.responsible', { value: latest.responsibleUnit })}`}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
