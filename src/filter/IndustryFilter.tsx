import { memo } from 'react';
import type { PlanIndex, Taxonomy } from '../data/planSchema';
import { useT } from '../i18n/useT';
import { useUi } from '../state/store';
import { categoryCounts, type FilterMatch } from './matchFilter';

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
      <p className="muted small">{t('filter.hint')}</p>
      <ul>
        {taxonomy.categories.map((category) => (
          <li key={category.id}>
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
              direct: String([...match.regions.values()].filter((m) => m.strength === 2).length),
              covered: String([...match.regions.values()].filter((m) => m.strength === 1).length),
              elements: String(match.elements.size),
            })}
          </p>
          <button type="button" onClick={() => setFilter([])}>
            {t('filter.clear')}
          </button>
        </div>
      )}
    </fieldset>
  );
});
