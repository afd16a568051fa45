/**
 * One step's fields: title and speaker notes in both languages (either may stay empty), up to four
 * figure cards from the targets of the panel the step opens, and replacing its view with the
 * current one. Every change is kept at once.
 */
import { useId } from 'react';
import type { BriefingStep } from '../briefings/briefingSchema';
import type { Plan } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import type { Lang } from '../i18n/strings';
import { formatTargetShort } from '../ui/formatValue';
import { useT } from '../ui/useT';
import { figureChoices } from './figureChoices';

interface Props {
  step: BriefingStep;
  n: number;
  plans: readonly Plan[];
  data: RegionData;
  onChange: (step: BriefingStep) => void;
  onReplaceView: () => void;
}

const MAX_FIGURES = 4;

export function StepEditor({ step, n, plans, data, onChange, onReplaceView }: Props) {
  const { lang, t } = useT();
  const id = useId();
  const choices = figureChoices(step, plans, data);
  const chosen = step.figures ?? [];
  const setText = (field: 'title' | 'notes', side: Lang, value: string) =>
    onChange({ ...step, [field]: { ...step[field], [side]: value } });
  const toggleFigure = (ref: string, on: boolean) => {
    const figures = on ? [...chosen, ref].slice(0, MAX_FIGURES) : chosen.filter((r) => r !== ref);
    const { figures: _old, ...rest } = step;
    onChange(figures.length ? { ...rest, figures } : rest);
  };
  const field = (kind: 'title' | 'notes', side: Lang) => {
    const fieldId = `${id}-${kind}-${side}`;
    const label = `${kind === 'title' ? t('builder.stepTitle') : t('builder.notes')} · ${t(side === 'zh' ? 'builder.zh' : 'builder.en')}`;
    const common = {
      id: fieldId,
      value: step[kind][side],
      lang: side === 'zh' ? 'zh-CN' : 'en',
      'data-field': `${kind}-${side}`,
    };
    return (
      <div className="builder-field">
        <label htmlFor={fieldId}>{label}</label>
        {kind === 'title' ? (
          <input {...common} type="text" maxLength={200} onChange={(e) => setText(kind, side, e.target.value)} />
        ) : (
          <textarea {...common} rows={3} maxLength={4000} onChange={(e) => setText(kind, side, e.target.value)} />
        )}
      </div>
    );
  };
  return (
    <div className="builder-step-editor" role="group" aria-label={t('builder.stepN', { n: String(n) })}>
      {field('title', 'zh')}
      {field('title', 'en')}
      {field('notes', 'zh')}
      {field('notes', 'en')}
      <fieldset className="builder-figures">
        <legend>{t('builder.figures')}</legend>
        {choices.length === 0 ? (
          <p className="muted small">{t('builder.noFigures')}</p>
        ) : (
          <ul>
            {choices.map(({ ref, plan, target }) => {
              const on = chosen.includes(ref);
              return (
                <li key={ref}>
                  <label>
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={!on && chosen.length >= MAX_FIGURES}
                      onChange={(e) => toggleFigure(ref, e.target.checked)}
                    />
                    <span>
                      {target.label[lang]} · {formatTargetShort(target, lang)}
                      <span className="muted small"> · {plan.title[lang]}</span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      <button type="button" onClick={onReplaceView}>
        {t('builder.replaceView')}
      </button>
    </div>
  );
}
