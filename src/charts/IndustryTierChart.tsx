import { useId } from 'react';
import type { Bilingual, Taxonomy } from '../data/planSchema';
import { TIERS } from '../data/planVocabulary';
import { useT } from '../ui/useT';
import type { TierGroup, TierKey } from './shapeIndustries';
import { IndustryChip } from './IndustryChip';
import './charts.css';

interface Props {
  groups: TierGroup[];
  taxonomy: Taxonomy | undefined;
  planTitle: Bilingual;
  title: string;
}

/**
 * Industries by planned scale as a ladder: one rung per yuan level, highest first, each industry a
 * labelled block coloured by its taxonomy category (with its source); industries of no stated level
 * last. Counting blocks in a stacked bar said less than the names do.
 */
export function IndustryTierChart({ groups, taxonomy, planTitle, title }: Props) {
  const { lang, t } = useT();
  const headingId = useId();
  const tierName = (tier: TierKey) => (tier === 'untiered' ? t('plans.tier.untiered') : TIERS[tier][lang]);
  if (groups.length === 0) return null;
  return (
    <figure className="tier-ladder" aria-labelledby={headingId}>
      <h5 id={headingId}>{title}</h5>
      <ol className="tier-rungs">
        {groups.map((g) => (
          <li key={g.tier} className={`tier-rung tier-${g.tier}`} data-tier={g.tier}>
            <span className="tier-name">
              {tierName(g.tier)} <span className="tier-count">({g.industries.length})</span>
            </span>
            <ul className="industry-list">
              {g.industries.map((s) => (
                <li key={s.industry.id}>
                  <IndustryChip
                    shaped={s}
                    taxonomy={taxonomy}
                    planTitle={planTitle}
                    source={g.tier === 'untiered' ? s.industry.source : (s.industry.tier?.source ?? s.industry.source)}
                  />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </figure>
  );
}
