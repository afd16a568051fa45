import type { Lang } from '../i18n/strings';
import { useT } from '../ui/useT';
import type { FilterMatch } from './matchFilter';
import { MATCH, type MatchStrength } from './matchStyle';

/**
 * What the filter lit, in the words of the map's key: which provinces' or cities' plans list a
 * chosen kind (and so cover every region below them), how many regions a plan names for it, how
 * many only our interpretation links, how many layout elements.
 */
export function FilterSummary({ match, regionName }: { match: FilterMatch; regionName: (code: string) => string }) {
  const { lang, t } = useT();
  if (match.regions.size === 0 && match.elements.size === 0) return <p>{t('filter.summary.none')}</p>;
  const named = counted(match, MATCH.own);
  const interpretation = counted(match, MATCH.interpretation);
  return (
    <ul className="filter-summary-lines">
      {match.covering.length > 0 && (
        <li>
          {t('filter.summary.covering', {
            regions: joinNames(
              match.covering.map((c) => regionName(c.code)),
              lang,
            ),
            n: String(match.coveredBelow),
          })}
        </li>
      )}
      <li>{t('filter.summary.named', { n: String(named) })}</li>
      {interpretation > 0 && <li>{t('filter.summary.interpretation', { n: String(interpretation) })}</li>}
      {match.elements.size > 0 && <li>{t('filter.summary.elements', { n: String(match.elements.size) })}</li>}
    </ul>
  );
}

const counted = (match: FilterMatch, strength: MatchStrength) => [...match.regions.values()].filter((m) => m.strength === strength).length;

/** 吉林省、河北省 / Jilin, Hebei and Lishui. */
export function joinNames(names: readonly string[], lang: Lang): string {
  if (lang === 'zh' || names.length < 2) return names.join('、');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
