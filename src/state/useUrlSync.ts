import { useEffect, useRef } from 'react';
import type { RegionData } from '../data/regions';
import { useUi } from './store';
import { naturalScope } from './drill';
import { parseElementParam, parseFilterParam, parseRegionParam, withParams } from './url';

const replaceUrl = (params: Record<string, string | null>) =>
  window.history.replaceState(window.history.state, '', withParams(window.location.href, params));

/**
 * Applies the link's view state once and then writes changes back (replace, not push).
 * The region applies as soon as the boundaries are in; the element and filter once the plan
 * data has loaded (they are checked against it). Bad values are reported and dropped.
 */
export function useUrlSync(
  data: RegionData,
  plans: { elementKeys: ReadonlySet<string>; categories: ReadonlySet<string> } | undefined,
  onRegionFromLink: (code: string) => void,
  onElementFromLink: (key: string) => void,
) {
  const initialSearch = useRef(window.location.search);

  useEffect(() => {
    const { select, notify } = useUi.getState();
    const param = parseRegionParam(initialSearch.current);
    if (param.kind === 'invalid' || (param.kind === 'valid' && !data.regions.has(param.value))) {
      const raw = param.kind === 'invalid' ? param.raw : param.value;
      notify({ id: 'bad-region', key: 'unknownRegion', vars: { code: raw.slice(0, 40) } });
      replaceUrl({ region: null });
    } else if (param.kind === 'valid') {
      select(param.value, naturalScope(data, param.value));
      onRegionFromLink(param.value);
    }
    return useUi.subscribe((state, prev) => {
      if (state.selected !== prev.selected) replaceUrl({ region: state.selected });
      if (state.selectedElement !== prev.selectedElement) replaceUrl({ element: state.selectedElement });
      if (state.filter !== prev.filter) replaceUrl({ filter: state.filter.join(',') });
    });
  }, [data, onRegionFromLink]);

  useEffect(() => {
    if (!plans) return;
    const { setFilter, notify } = useUi.getState();
    const filter = parseFilterParam(initialSearch.current, plans.categories);
    if (filter.invalid.length > 0) {
      notify({ id: 'bad-filter', key: 'filter.unknown', vars: { ids: filter.invalid.join(', ').slice(0, 80) } });
    }
    // Merge with anything chosen while the plans were loading, and rewrite the cleaned list.
    setFilter([...useUi.getState().filter, ...filter.valid]);
    replaceUrl({ filter: useUi.getState().filter.join(',') });

    const element = parseElementParam(initialSearch.current);
    if (element.kind === 'valid' && plans.elementKeys.has(element.value)) {
      if (!useUi.getState().selected) onElementFromLink(element.value);
      else replaceUrl({ element: null });
    } else if (element.kind !== 'missing') {
      const raw = element.kind === 'invalid' ? element.raw : element.value;
      notify({ id: 'bad-element', key: 'element.unknown', vars: { key: raw.slice(0, 80) } });
      replaceUrl({ element: null });
    }
    // Runs when the plan data arrives; the link is read only once.
  }, [plans]);
}
