import type { Bilingual, Source, Taxonomy } from '../data/planSchema';
import { useT } from '../ui/useT';
import type { ShapedIndustry } from './shapeIndustries';
import { SourceNote } from '../sources/SourceNote';
import './charts.css';

interface Props {
  shaped: ShapedIndustry;
  taxonomy: Taxonomy | undefined;
  planTitle: Bilingual;
  /** the source of the fact shown (tier, role …); the industry's own by default */
  source?: Source;
}

/** An industry name with its taxonomy colour, filter match and source. */
export function IndustryChip({ shaped, taxonomy, planTitle, source }: Props) {
  const { lang, t } = useT();
  const cat = taxonomy?.categories.find((c) => c.id === shaped.category);
  const src = source ?? shaped.industry.source;
  const name = shaped.industry.name[lang];
  const matchNames = shaped.matches.map((m) => taxonomy?.categories.find((c) => c.id === m)?.name[lang] ?? m);
  return (
    <span className={`industry-chip${shaped.matches.length ? ' match' : ''}`} data-industry={shaped.industry.id}>
      <span className="swatch" style={{ background: shaped.color }} title={cat?.name[lang]} aria-hidden="true" />
      <span>{name}</span>
      {cat && <span className="visually-hidden"> ({cat.name[lang]})</span>}
      {src.status === 'interpretation' && <span className="interp-mark">({t('plans.interpretationMark')})</span>}
      {matchNames.length > 0 && <span className="visually-hidden"> — {matchNames.join(', ')}</span>}
      <SourceNote source={src} planTitle={planTitle} label={name} />
    </span>
  );
}
