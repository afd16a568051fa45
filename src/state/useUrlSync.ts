import { useEffect, useRef } from 'react';
import type { RegionData } from '../data/regions';
import { useUi } from './store';
import { elementRefKey } from './elementRef';
import { problemText, replaceParams, reportLinkProblem } from './link';
import { changedParams, viewParams, type ParsedView } from './url';

/** What the link's plan-dependent parameters are checked against. */
export interface LinkCheck {
  /** `<plan>/<element>` of every layout element. */
  elementKeys: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  planIds: ReadonlySet<string>;
}

/** The ids of a list the plan data knows, and those it does not. */
function known(ids: readonly string[], knownIds: ReadonlySet<string>) {
  return { valid: ids.filter((id) => knownIds.has(id)), unknown: ids.filter((id) => !knownIds.has(id)) };
}

/**
 * Applies the link's view (read once at start, `link`) and then writes each change of the UI
 * state back. Language and region apply as soon as the boundaries are in; the element, filter and
 * hidden layouts once the plan data has loaded (they are checked against it); a source document's
 * form at once, whether it exists when the reader loads it. Each bad value is reported in a notice
 * and dropped from the link; the rest still applies. A region or element from the link is framed
 * unless the link carries its own camera. (The presentation's parameters: src/present/usePresentLink.ts.)
 */
export function useUrlSync(link: ParsedView, data: RegionData, plans: LinkCheck | undefined) {
  const linkRead = useRef(false);

  useEffect(() => {
    // Once: the region data changes when a data pack is added or removed, the link does not.
    if (linkRead.current) return;
    linkRead.current = true;
    const { view } = link;
    const { setLang, lang, chooseRegion, openSource } = useUi.getState();
    const badLang = problemText(link, 'lang');
    if (badLang) reportLinkProblem('lang', badLang);
    else if (view.lang && view.lang !== lang) setLang(view.lang);
    replaceParams(viewParams(useUi.getState(), ['lang']));

    const badRegion = problemText(link, 'selected', view.selected && !data.regions.has(view.selected) ? [view.selected] : []);
    if (badRegion) {
      reportLinkProblem('selected', badRegion);
      replaceParams({ region: null });
    } else if (view.selected) {
      chooseRegion(data, view.selected, { frame: !view.camera });
    }

    // The reader opens once the map is drawn; it checks the document and passage then (src/sources).
    const badSource = problemText(link, 'source');
    if (badSource) {
      reportLinkProblem('source', badSource);
      replaceParams({ source: null });
    } else if (view.source) {
      openSource(view.source);
      replaceParams(viewParams(useUi.getState(), ['source']));
    }
  }, [link, data]);

  useEffect(
    () =>
      useUi.subscribe((state, prev) => {
        const params = changedParams(state, prev);
        if (Object.keys(params).length > 0) replaceParams(params);
      }),
    [],
  );

  const planLinkRead = useRef(false);
  useEffect(() => {
    if (!plans || planLinkRead.current) return;
    planLinkRead.current = true;
    const { view } = link;
    const { setFilter, setHiddenPlans, chooseElement } = useUi.getState();
    const filter = known(view.filter, plans.categories);
    const badFilter = problemText(link, 'filter', filter.unknown);
    if (badFilter) reportLinkProblem('filter', badFilter);
    const hidden = known(view.hiddenPlans, plans.planIds);
    const badHidden = problemText(link, 'hiddenPlans', hidden.unknown);
    if (badHidden) reportLinkProblem('hiddenPlans', badHidden);
    // Merge with anything chosen while the plans were loading, and rewrite the cleaned lists.
    const before = useUi.getState();
    setFilter([...before.filter, ...filter.valid]);
    setHiddenPlans([...before.hiddenPlans, ...hidden.valid]);
    replaceParams(viewParams(useUi.getState(), ['filter', 'hiddenPlans']));

    const element = view.selectedElement;
    const badElement = problemText(
      link,
      'selectedElement',
      element && !plans.elementKeys.has(elementRefKey(element)) ? [elementRefKey(element)] : [],
    );
    if (badElement) {
      reportLinkProblem('selectedElement', badElement);
      replaceParams({ element: null });
    } else if (element) {
      if (!useUi.getState().selected) chooseElement(element, { frame: !view.camera });
      else replaceParams({ element: null });
    }
    // Runs when the plan data first arrives; later changes (data packs) do not re-read the link.
  }, [link, plans]);
}
