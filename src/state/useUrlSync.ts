import { useEffect, useRef } from 'react';
import type { RegionData } from '../data/regions';
import { useUi } from './store';
import { naturalScope } from './drill';
import {
  changedParams,
  parseElementParam,
  parseFilterParam,
  parseHiddenPlansParam,
  parseLangParam,
  parseRegionParam,
  parseSourceParam,
  viewParams,
  withParams,
} from './url';

const replaceUrl = (params: Record<string, string | null>) =>
  window.history.replaceState(window.history.state, '', withParams(window.location.href, params));

/** What the link's plan-dependent parameters are checked against. */
export interface LinkCheck {
  elementKeys: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  planIds: ReadonlySet<string>;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * Applies the link's view once and then writes each change back (replace, not push, so the
 * history is not flooded). Language and region apply as soon as the boundaries are in; the
 * element, filter and hidden layouts once the plan data has loaded (they are checked against
 * it); a source document's form at once, whether it exists when the reader loads it. Each bad value is reported in a notice and dropped from the link; the rest still applies.
 */
export function useUrlSync(
  data: RegionData,
  plans: LinkCheck | undefined,
  onRegionFromLink: (code: string) => void,
  onElementFromLink: (key: string) => void,
) {
  const initialSearch = useRef(window.location.search);
  const linkRead = useRef(false);

  useEffect(() => {
    // Once: the region data changes when a data pack is added or removed, the link does not.
    if (linkRead.current) return;
    linkRead.current = true;
    const { select, notify, setLang, lang } = useUi.getState();
    const langParam = parseLangParam(initialSearch.current);
    if (langParam.kind === 'valid' && langParam.value !== lang) setLang(langParam.value);
    else if (langParam.kind === 'invalid') {
      notify({ id: 'bad-lang', key: 'link.badLang', vars: { value: clip(langParam.raw, 20) } });
    }
    replaceUrl(viewParams(useUi.getState(), ['lang']));

    const param = parseRegionParam(initialSearch.current);
    if (param.kind === 'invalid' || (param.kind === 'valid' && !data.regions.has(param.value))) {
      const raw = param.kind === 'invalid' ? param.raw : param.value;
      notify({ id: 'bad-region', key: 'unknownRegion', vars: { code: clip(raw, 40) } });
      replaceUrl({ region: null });
    } else if (param.kind === 'valid') {
      select(param.value, naturalScope(data, param.value));
      onRegionFromLink(param.value);
    }

    // The reader opens once the map is drawn; it checks the document and passage then (src/sources).
    const source = parseSourceParam(initialSearch.current);
    if (source.kind === 'invalid') {
      notify({ id: 'bad-source', key: 'link.badSource', vars: { value: clip(source.raw, 60) } });
      replaceUrl({ source: null });
    } else if (source.kind === 'valid') {
      useUi.getState().openSource(source.value);
      replaceUrl(viewParams(useUi.getState(), ['source']));
    }
  }, [data, onRegionFromLink]);

  useEffect(
    () =>
      useUi.subscribe((state, prev) => {
        const params = changedParams(state, prev);
        if (Object.keys(params).length > 0) replaceUrl(params);
      }),
    [],
  );

  const planLinkRead = useRef(false);
  useEffect(() => {
    if (!plans || planLinkRead.current) return;
    planLinkRead.current = true;
    const { setFilter, setHiddenPlans, notify } = useUi.getState();
    const filter = parseFilterParam(initialSearch.current, plans.categories);
    if (filter.invalid.length > 0) {
      notify({ id: 'bad-filter', key: 'filter.unknown', vars: { ids: clip(filter.invalid.join(', '), 80) } });
    }
    const hidden = parseHiddenPlansParam(initialSearch.current, plans.planIds);
    if (hidden.invalid.length > 0) {
      notify({ id: 'bad-hide', key: 'link.badPlans', vars: { ids: clip(hidden.invalid.join(', '), 80) } });
    }
    // Merge with anything chosen while the plans were loading, and rewrite the cleaned lists.
    const before = useUi.getState();
    setFilter([...before.filter, ...filter.valid]);
    setHiddenPlans([...before.hiddenPlans, ...hidden.valid]);
    replaceUrl(viewParams(useUi.getState(), ['filter', 'hiddenPlans']));

    const element = parseElementParam(initialSearch.current);
    if (element.kind === 'valid' && plans.elementKeys.has(element.value)) {
      if (!useUi.getState().selected) onElementFromLink(element.value);
      else replaceUrl({ element: null });
    } else if (element.kind !== 'missing') {
      const raw = element.kind === 'invalid' ? element.raw : element.value;
      notify({ id: 'bad-element', key: 'element.unknown', vars: { key: clip(raw, 80) } });
      replaceUrl({ element: null });
    }
    // Runs when the plan data first arrives; later changes (data packs) do not re-read the link.
  }, [plans]);
}
