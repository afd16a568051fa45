/**
 * React-query hooks for the briefings: the shipped index (public/data/briefings/), and one
 * briefing by id, looked for among the person's own (kept in this browser, or in a loaded data
 * pack) first, then the shipped ones. Loaded on demand (the briefing menu or a `present=` link),
 * validated on load; a title or notes in one language only is shown with a mark (oneLanguage.ts).
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PLAN_DATA_BASE, forever } from '../data/usePlanData';
import type { Briefing } from './briefingSchema';
import { withOneLanguageMarks } from './oneLanguage';
import { useKeptBriefings, usePackBriefings } from './ownBriefings';

const loader = () => import('./briefingData');

export const briefingKeys = {
  index: ['briefing-index', PLAN_DATA_BASE] as const,
  briefing: (id: string) => ['briefing', PLAN_DATA_BASE, id] as const,
};

export const briefingIndexQuery = {
  queryKey: briefingKeys.index,
  queryFn: async () => (await loader()).fetchBriefingIndex(PLAN_DATA_BASE),
  ...forever,
};

export function useBriefingIndex({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...briefingIndexQuery, enabled });
}

export type BriefingLoad =
  | { data: Briefing; isError: false; error: null }
  | { data: undefined; isError: false; error: null }
  | { data: undefined; isError: true; error: Error };

/** A kept or pack briefing with at least one step (a draft has none and cannot be presented). */
export function useOwnBriefing(id: string | null): { own: Briefing | undefined; settled: boolean } {
  const kept = useKeptBriefings({ enabled: !!id });
  const fromPacks = usePackBriefings();
  const found = id ? (kept.data?.find((b) => b.id === id) ?? fromPacks.find((b) => b.id === id)) : undefined;
  return { own: found?.steps.length ? found : undefined, settled: !id || !!found || kept.isFetched };
}

/** One briefing: the person's own of that id, else the shipped one through the index's file name; unknown ids fail naming the id. */
export function useBriefing(id: string | null): BriefingLoad {
  const { own, settled } = useOwnBriefing(id);
  const shippedWanted = !!id && settled && !own;
  const index = useBriefingIndex({ enabled: shippedWanted });
  const file = index.data?.briefings.find((b) => b.id === id)?.file;
  const shipped = useQuery({
    queryKey: briefingKeys.briefing(id ?? ''),
    queryFn: async () => {
      if (!file) throw new Error(`unknown briefing "${id}"`);
      return (await loader()).fetchBriefing(PLAN_DATA_BASE, file);
    },
    enabled: shippedWanted && !!index.data,
    ...forever,
  });
  const data = own ?? (shippedWanted ? shipped.data : undefined);
  const marked = useMemo(() => data && withOneLanguageMarks(data), [data]);
  if (shippedWanted && shipped.isError) return { data: undefined, isError: true, error: shipped.error };
  if (shippedWanted && index.isError) return { data: undefined, isError: true, error: index.error };
  return marked ? { data: marked, isError: false, error: null } : { data: undefined, isError: false, error: null };
}
