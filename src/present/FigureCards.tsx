import type { Plan } from '../data/planSchema';
import { useT } from '../ui/useT';
import { SourceNote } from '../sources/SourceNote';
import { formatComparator, formatValue, formatYear } from '../ui/formatValue';
import { CardProgress } from '../progress/CardProgress';

/**
 * A step's figures as large cards: label, comparator and value with unit, year, and the source on hover or focus;
 * with actual figures loaded, each card's status and latest actual (the user's, with its source).
 */
export function FigureCards({ refs, plans }: { refs: readonly string[]; plans: readonly Plan[] }) {
  const { lang, t } = useT();
  const figures = refs.flatMap((ref) => {
    const [planId, targetId] = ref.split('/');
    const plan = plans.find((p) => p.id === planId);
    const target = plan?.targets.find((x) => x.id === targetId);
    return plan && target ? [{ ref, plan, target }] : [];
  });
  if (figures.length === 0) return null;
  return (
    <section className="figure-cards" aria-label={t('present.figures')} data-map-overlay>
      {figures.map(({ ref, plan, target }) => {
        const symbol = formatComparator(target.comparator, lang, 'symbol');
        const label = target.label[lang];
        return (
          <article key={ref} className="figure-card">
            <p className="figure-label">{label}</p>
            <p className="figure-value">
              {symbol && <span className="figure-comparator">{symbol}</span>}
              {formatValue(target.value, target.unit, lang, target.countOf)}
              <SourceNote source={target.source} planTitle={plan.title} label={label} />
            </p>
            {target.year !== null && <p className="figure-year">{formatYear(target.year, lang)}</p>}
            <CardProgress planId={plan.id} targetId={target.id} />
          </article>
        );
      })}
    </section>
  );
}
