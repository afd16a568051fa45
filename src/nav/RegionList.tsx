import { memo, useMemo, useState } from 'react';
import type { RegionData } from '../data/regions';
import { useT } from '../ui/useT';
import { topRegions } from '../state/drill';
import { searchRegions, treeOrder } from './searchRegions';
import { useProgress } from '../progress/useProgress';
import { sortByStatus } from '../progress/sortByStatus';
import { RegionStatus, RegionStatusSort } from '../progress/RegionStatusSort';

interface Props {
  data: RegionData;
  selected: string | null;
  onChoose: (code: string) => void;
}

/** More than this many rows and the list asks for a search instead (a national pack has ~3,200). */
const MAX_ROWS = 400;

/** Every region as a keyboard-reachable button, filterable by name or code. Memoised: it is long. */
export const RegionList = memo(function RegionList({ data, selected, onChoose }: Props) {
  const { lang, t } = useT();
  const [query, setQuery] = useState('');
  const statuses = useProgress().regions;
  const [byStatus, setByStatus] = useState(false);
  const tree = useMemo(() => treeOrder(topRegions(data), data.children), [data]);
  const visible = useMemo(() => {
    if (!query.trim()) return tree;
    const matches = new Set(searchRegions(data.regions.values(), query).map((r) => r.code));
    return tree.filter((item) => matches.has(item.region.code));
  }, [tree, data, query]);
  const sorted = useMemo(
    () =>
      byStatus && statuses.size
        ? sortByStatus(visible, (item) => statuses.get(item.region.code)).map((item) => ({ ...item, depth: 0 }))
        : visible,
    [visible, byStatus, statuses],
  );

  return (
    <nav className="region-list" aria-label={t('regionsNav')}>
      <input
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t('searchRegions')}
        aria-label={t('searchRegions')}
      />
      <RegionStatusSort statuses={statuses} on={byStatus} onChange={setByStatus} />
      {visible.length === 0 ? (
        <p className="muted">{t('noMatches')}</p>
      ) : (
        <ul>
          {visible.length > MAX_ROWS && (
            <li className="muted" role="note">
              {t('listTruncated', { shown: String(MAX_ROWS), total: String(visible.length) })}
            </li>
          )}
          {sorted.slice(0, MAX_ROWS).map(({ region, depth }) => (
            <li key={region.code} style={{ paddingInlineStart: `${depth * 0.9}rem` }}>
              <button type="button" aria-current={region.code === selected ? 'true' : undefined} onClick={() => onChoose(region.code)}>
                {region.name[lang]}
                <RegionStatus status={statuses.get(region.code)} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
});
