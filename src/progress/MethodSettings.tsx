import { useId } from 'react';
import { useT } from '../ui/useT';
import { useFigures } from './figuresStore';
import type { Method } from './method';

/** The progress method and its schedule thresholds, with the method written out. */
export function MethodSettings() {
  const { t } = useT();
  const method = useFigures((s) => s.method);
  const thresholds = useFigures((s) => s.thresholds);
  const name = useId();
  const vars = { yellow: String(thresholds.yellow), red: String(thresholds.red) };
  const setPoints = (key: 'yellow' | 'red', value: number) => {
    if (!Number.isFinite(value) || value < 0 || value > 100) return;
    const next = { ...thresholds, [key]: value };
    if (next.yellow <= next.red) useFigures.getState().setThresholds(next);
  };
  return (
    <fieldset className="progress-method">
      <legend>{t('progress.method')}</legend>
      {(['schedule', 'growth'] as Method[]).map((m) => (
        <label key={m} className="progress-row">
          <input type="radio" name={name} checked={method === m} onChange={() => useFigures.getState().setMethod(m)} />
          {t(`progress.method.${m}`, vars)}
        </label>
      ))}
      {method === 'schedule' && (
        <div className="progress-thresholds">
          <label>
            {t('progress.yellow')}{' '}
            <input
              type="number"
              min={0}
              max={100}
              value={thresholds.yellow}
              onChange={(e) => setPoints('yellow', e.currentTarget.valueAsNumber)}
            />
          </label>
          <label>
            {t('progress.red')}{' '}
            <input
              type="number"
              min={0}
              max={100}
              value={thresholds.red}
              onChange={(e) => setPoints('red', e.currentTarget.valueAsNumber)}
            />
          </label>
        </div>
      )}
      <p className="muted small">{t('progress.methodNote')}</p>
    </fieldset>
  );
}
