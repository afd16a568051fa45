import type { ReactNode } from 'react';
import { useT } from '../ui/useT';
import { panelString } from '../i18n/panelStrings';
import { SourceNote } from '../sources/SourceNote';
import { formatComparator, formatValue, formatYear } from '../ui/formatValue';
import type { HeadlineTarget } from './headlineTargets';

/**
 * A panel's headline figures as cards: label, comparator and value with unit, year, the plan where
 * several plans speak, and the source (quote and document) on hover, focus or press.
 */
export function HeadlineFigures({ figures, badge }: { figures: readonly HeadlineTarget[]; badge?: ReactNode }) {
  const { lang } = useT();
  if (figures.length === 0) return null;
  const several = new Set(figures.map((f) => f.plan.id)).size > 1;
  return (
    <div className="headline-figures" role="group" aria-label={panelString(lang, 'summary.figures')}>
      {badge}
      <ul>
        {figures.map(({ plan, target }) => {
          const symbol = formatComparator(target.comparator, lang, 'symbol');
          const label = target.label[lang];
          return (
            <li key={`${plan.id}/${target.id}`} className="headline-card" data-plan={plan.id} data-target={target.id}>
              <span className="headline-card-value">
                {symbol && <span className="headline-card-comparator">{symbol}</span>}
                {formatValue(target.value, target.unit, lang, target.countOf)}
              </span>
              <span className="headline-card-label">
                {label}
                {target.year !== null && <span className="headline-card-year"> · {formatYear(target.year, lang)}</span>}
                <SourceNote source={target.source} planTitle={plan.title} label={label} />
              </span>
              {several && <span className="headline-card-plan">{plan.title[lang]}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
