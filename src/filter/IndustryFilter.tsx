import { memo } from 'react';
import type { PlanIndex, Taxonomy } from '../data/planSchema';
import { useT } from '../ui/useT';
import { useUi } from '../state/store';
import { categoryCounts, type FilterMatch } from './matchFilter';
import { FilterSummary } from './FilterSummary';
import './industryFilter.css';

interface Props {
  taxonomy: Taxonomy;
  index: PlanIndex;
  match: FilterMatch;
  /** A region's name in the current language (for the plans that cover whole provinces or cities). */
  regionName: (code: string) => string;
}

/** Multi-select of the common taxonomy with counts; says how much matched. */
export const IndustryFilter = memo(function IndustryFilter({ taxonomy, index, match, regionName }: Props) {
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
          <FilterSummary match={match} regionName={regionName} />
          <button type="button" data-export="omit" onClick={() => setFilter([])}>
            {t('filter.clear')}
          </button>
        </div>
      )}
    </fieldset>
  );
});

export { FilterKey } from './FilterKey';
