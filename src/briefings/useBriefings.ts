/**
 * React-query hooks for the shipped briefings (public/data/briefings/): the index, and one
 * briefing by id. Loaded on demand (the briefing menu or a `present=` link), validated on load.
 */
import { useQuery } from '@tanstack/react-query';
import { PLAN_DATA_BASE, forever } from '../data/usePlanData';

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

/** One briefing, through the index's file name; unknown ids fail with a message naming the id. */
export function useBriefing(id: string | null) {
  const index = useBriefingIndex({ enabled: !!id });
  const file = index.data?.briefings.find((b) => b.id === id)?.file;
  return useQuery({
    queryKey: briefingKeys.briefing(id ?? ''),
    queryFn: async () => {
      if (!file) throw new Error(`unknown briefing "${id}"`);
      return (await loader()).fetchBriefing(PLAN_DATA_BASE, file);
    },
    enabled: !!id && !!index.data,
    ...forever,
  });
}
