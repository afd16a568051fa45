import type { Bilingual, Target } from '../data/planSchema';
import { useT } from '../ui/useT';
import { SourceNote } from '../sources/SourceNote';
import { OpenSourceButton } from '../sources/SourceLinks';
import { formatComparator, formatValue, formatYear } from '../ui/formatValue';
import './charts.css';

/** A target with nothing to compare it with on its axis: a figure card (label, value, year, source), not a one-bar chart. */
export function TargetFigure({ target, planTitle }: { target: Target; planTitle: Bilingual }) {
  const { lang } = useT();
  const label = target.label[lang];
  const symbol = formatComparator(target.comparator, lang, 'symbol');
  return (
    <figure className="target-figure" data-target={target.id}>
      <figcaption className="target-figure-label">{label}</figcaption>
      <p className="target-figure-value">
        {symbol && <span className="target-figure-comparator">{symbol}</span>}
        {formatValue(target.value, target.unit, lang, target.countOf)}
        {target.year !== null && <span className="target-figure-year"> · {formatYear(target.year, lang)}</span>}
        <SourceNote source={target.source} planTitle={planTitle} label={label} />
        <OpenSourceButton file={target.source.doc} quote={target.source.quote} label={label} short />
      </p>
    </figure>
  );
}
