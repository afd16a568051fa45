/**
 * React-query hooks for the plan data, loaded lazily by the panels that need them and kept
 * for the session. When the map has already loaded every plan (useAllPlans), that copy is used.
 */
import { useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchPlan, fetchPlanIndex, fetchTaxonomy } from './planData';
import type { Plan, PlanIndex, Taxonomy } from './planSchema';

export const PLAN_DATA_BASE = `${import.meta.env.BASE_URL}data/`;

/** Query keys, exported so tests (and prefetchers) can fill the cache. */
export const planKeys = {
  index: ['plan-index', PLAN_DATA_BASE] as const,
  taxonomy: ['plan-taxonomy', PLAN_DATA_BASE] as const,
  plan: (id: string) => ['plan', PLAN_DATA_BASE, id] as const,
};

const forever = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

type AllPlans = { index: PlanIndex; taxonomy: Taxonomy; plans: Plan[] };
const allPlans = (client: QueryClient) => client.getQueryData<AllPlans>(['all-plans', PLAN_DATA_BASE]);

export function usePlanIndex() {
  const client = useQueryClient();
  return useQuery({
    queryKey: planKeys.index,
    queryFn: () => fetchPlanIndex(PLAN_DATA_BASE),
    initialData: () => allPlans(client)?.index,
    ...forever,
  });
}

export function useTaxonomy() {
  const client = useQueryClient();
  return useQuery({
    queryKey: planKeys.taxonomy,
    queryFn: () => fetchTaxonomy(PLAN_DATA_BASE),
    initialData: () => allPlans(client)?.taxonomy,
    ...forever,
  });
}

function planQuery(client: QueryClient, index: PlanIndex | undefined, id: string) {
  const file = index?.plans.find((p) => p.id === id)?.file;
  return {
    queryKey: planKeys.plan(id),
    queryFn: () => {
      if (!file) throw new Error(`unknown plan "${id}"`);
      return fetchPlan(PLAN_DATA_BASE, file);
    },
    initialData: () => allPlans(client)?.plans.find((p) => p.id === id),
    enabled: !!file,
    ...forever,
  };
}

/** One plan, through the index's file name. */
export function usePlan(id: string | null | undefined) {
  const client = useQueryClient();
  const index = usePlanIndex();
  return useQuery(planQuery(client, index.data, id ?? ''));
}

/** Several plans; `data` is set once all have loaded. */
export function usePlans(ids: string[]) {
  const client = useQueryClient();
  const index = usePlanIndex();
  return useQueries({
    queries: ids.map((id) => planQuery(client, index.data, id)),
    combine: (results) => {
      const error = index.error ?? results.find((r) => r.error)?.error ?? null;
      const done = !!index.data && results.every((r) => r.data);
      return {
        data: done ? (results.map((r) => r.data) as Plan[]) : undefined,
        isError: !!error,
        error,
        isPending: !done && !error,
      };
    },
  });
}
