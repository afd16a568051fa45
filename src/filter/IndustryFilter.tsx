import { memo } from 'react';
import type { PlanIndex, Taxonomy } from '../data/planSchema';
import { useT } from '../ui/useT';
import { useUi } from '../state/store';
import { categoryCounts, type FilterMatch } from './matchFilter';
import { INTERPRETATION_LINE, MATCH, MATCH_FILL, type MatchStrength } from './matchStyle';
import './industryFilter.css';

interface Props {
  taxonomy: Taxonomy;
  index: PlanIndex;
  match: FilterMatch;
}

/** Multi-select of the common taxonomy with counts; says how much matched. */
export const IndustryFilter = memo(function IndustryFilter({ taxonomy, index, match }: Props) {
  const { lang, t } = useT();
  const filter = useUi((s) => s.filter);
  const setFilter = useUi((s) => s.setFilter);
  const counts = categoryCounts(index);
  const toggle = (id: string) => setFilter(filter.includes(id) ? filter.filter((f) => f !== id) : [...filter, id]);
  return (
    <fieldset className="industry-filter">
      <legend className="visually-hidden">{t('filter.title')}</legend>
      <p className="muted small" data-export="omit">
        {t('filter.hint')}
      </p>
      <ul>
        {taxonomy.categories.map((category) => (
          <li key={category.id} data-export={filter.includes(category.id) ? undefined : 'omit'}>
            <label>
              <input type="checkbox" checked={filter.includes(category.id)} onChange={() => toggle(category.id)} />
              <span className="swatch" style={{ background: category.color }} aria-hidden="true" />
              <span className="category-name">{category.name[lang]}</span>
              <small className="count" title={t('filter.count', { n: String(counts.get(category.id) ?? 0) })}>
                <span aria-hidden="true">{counts.get(category.id) ?? 0}</span>
                <span className="visually-hidden"> {t('filter.count', { n: String(counts.get(category.id) ?? 0) })}</span>
              </small>
            </label>
          </li>
        ))}
      </ul>
      {filter.length > 0 && (
        <div className="filter-summary" role="status">
          <p>
            {t('filter.summary', {
              direct: String(counted(match, MATCH.own)),
              interpretation: String(counted(match, MATCH.interpretation)),
              covered: String(counted(match, MATCH.viaParent)),
              elements: String(match.elements.size),
            })}
          </p>
          <button type="button" data-export="omit" onClick={() => setFilter([])}>
            {t('filter.clear')}
          </button>
        </div>
      )}
    </fieldset>
  );
});

const counted = (match: FilterMatch, strength: MatchStrength) => [...match.regions.values()].filter((m) => m.strength === strength).length;

/** The map's shades under a filter, darkest first. */
const KEY = [
  [MATCH.own, 'filter.key.own'],
  [MATCH.interpretation, 'filter.key.interpretation'],
  [MATCH.viaParent, 'filter.key.viaParent'],
] as const;

/** The key of the filter's shades, over the map while a filter is on (both map renderers). */
export const FilterKey = memo(function FilterKey() {
  const { t } = useT();
  return (
    <ul className="map-key" aria-label={t('filter.key')}>
      {KEY.map(([strength, label]) => (
        <li key={strength}>
          <KeySwatch strength={strength} />
          {t(label)}
        </li>
      ))}
    </ul>
  );
});

/** A region as the map draws it in that state: the same fill opacity and, for an interpretation, the same dashed outline. */
function KeySwatch({ strength }: { strength: MatchStrength }) {
  const dashed = strength === MATCH.interpretation;
  const w = INTERPRETATION_LINE.width;
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true">
      <rect
        x={w / 2}
        y={w / 2}
        width={28 - w}
        height={16 - w}
        fill="#52616f"
        fillOpacity={MATCH_FILL[strength][0]}
        stroke={dashed ? INTERPRETATION_LINE.colour : 'none'}
        strokeWidth={w}
        strokeDasharray={INTERPRETATION_LINE.dash.map((d) => d * w).join(' ')}
      />
    </svg>
  );
}
