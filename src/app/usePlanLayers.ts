import { useEffect, useMemo, useState } from 'react';
import type { RegionData } from '../data/regions';
import { useAllPlans } from '../data/usePlanData';
import { usePrefetchSourceNotes } from '../data/useRenderings';
import { layoutFeatures, elementKey } from '../layouts/layoutFeatures';
import type { matchFilter as MatchFilter } from '../filter/matchFilter';
import type { LinkCheck } from '../state/useUrlSync';
import { useUi } from '../state/store';
import { loadMatcher } from './lazyPanels';

/**
 * The plan data and what the map and sidebar draw from it: layout features, the filter's matches
 * (regions with their strength, elements), and the ids a link is checked against. All of it
 * loads after the first map (`enabled`).
 */
export function usePlanLayers(data: RegionData, enabled: boolean) {
  const filter = useUi((s) => s.filter);
  const plans = useAllPlans({ enabled });
  const layouts = useMemo(() => plans.data && layoutFeatures(plans.data.plans, data), [plans.data, data]);
  usePrefetchSourceNotes(plans.data?.plans);
  // The matching loads with the plan data, after the first map.
  const [matchFilter, setMatchFilter] = useState<typeof MatchFilter>();
  useEffect(() => {
    if (enabled) void loadMatcher().then((m) => setMatchFilter(() => m.matchFilter));
  }, [enabled]);
  const match = useMemo(
    () => (plans.data && matchFilter ? matchFilter(filter, plans.data.index, plans.data.plans, data) : undefined),
    [matchFilter, filter, plans.data, data],
  );
  const filterActive = filter.length > 0 && !!match;
  const regionMatches = useMemo(
    () => (filterActive ? new Map([...match.regions].map(([code, m]) => [code, m.strength])) : null),
    [filterActive, match],
  );
  const matchedElements = useMemo(() => (filterActive ? new Set(match.elements.keys()) : null), [filterActive, match]);
  const linkCheck = useMemo<LinkCheck | undefined>(
    () =>
      plans.data && {
        elementKeys: new Set(plans.data.plans.flatMap((p) => p.layout.map((e) => elementKey(p.id, e.id)))),
        categories: new Set(plans.data.taxonomy.categories.map((c) => c.id)),
        planIds: new Set(plans.data.plans.map((p) => p.id)),
      },
    [plans.data],
  );
  return { plans, layouts, match, filterActive, regionMatches, matchedElements, linkCheck };
}

export type PlanLayers = ReturnType<typeof usePlanLayers>;
