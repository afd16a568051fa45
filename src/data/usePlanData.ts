/**
 * React-query hooks for the plan data, kept for the session. Panels load what they need;
 * the map's layouts and filter load everything (useAllPlans) through the same cache entries.
 */
import { useCallback } from 'react';
import { useQueries, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { Plan, PlanIndex, Taxonomy } from './planSchema';
import { usePacks } from './loadedPacks';
import { mergeIndex, mergePlans, mergeTaxonomy, packPlan, type AllPlans } from './mergePack';

/** The fetchers bring the validator (zod); they load with the first plan request. */
const loader = () => import('./planData');

export const PLAN_DATA_BASE = `${import.meta.env.BASE_URL}data/`;

/** Query keys, exported so tests (and prefetchers) can fill the cache. */
export const planKeys = {
  index: ['plan-index', PLAN_DATA_BASE] as const,
  taxonomy: ['plan-taxonomy', PLAN_DATA_BASE] as const,
  plan: (id: string) => ['plan', PLAN_DATA_BASE, id] as const,
};

/** Static files of the app's own: fetched once, kept for the session, not retried. */
export const forever = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

const indexQuery = { queryKey: planKeys.index, queryFn: async () => (await loader()).fetchPlanIndex(PLAN_DATA_BASE), ...forever };
const taxonomyQuery = { queryKey: planKeys.taxonomy, queryFn: async () => (await loader()).fetchTaxonomy(PLAN_DATA_BASE), ...forever };

/** The built-in taxonomy's category ids and the built-in plan ids: what a data pack is checked against. */
/**
 * What a new data pack is checked against: the built-in taxonomy and plans (a pack's briefings
 * may point into them).
 */
export async function builtInRefs(client: QueryClient): Promise<{ taxonomyIds: string[]; plans: Plan[] }> {
  const [index, taxonomy] = await Promise.all([client.fetchQuery(indexQuery), client.fetchQuery(taxonomyQuery)]);
  const plans = await Promise.all(index.plans.map((p) => client.fetchQuery(planQuery(index, p.id))));
  return { taxonomyIds: taxonomy.categories.map((c) => c.id), plans };
}

/** The built-in index with the loaded data packs' plans. */
export function usePlanIndex() {
  const packs = usePacks();
  const select = useCallback((index: PlanIndex) => mergeIndex(index, packs), [packs]);
  return useQuery({ ...indexQuery, select });
}

export function useTaxonomy() {
  const packs = usePacks();
  const select = useCallback((taxonomy: Taxonomy) => mergeTaxonomy(taxonomy, packs), [packs]);
  return useQuery({ ...taxonomyQuery, select });
}

/**
 * Every plan with the index and taxonomy: what the map's layouts and the industry filter need.
 * `enabled: false` holds the load back (the dashboard waits for the first map to be drawn).
 */
export function useAllPlans({ enabled = true }: { enabled?: boolean } = {}) {
  const client = useQueryClient();
  const packs = usePacks();
  const select = useCallback((data: AllPlans) => mergePlans(data, packs), [packs]);
  return useQuery({
    select,
    enabled,
    queryKey: ['all-plans', PLAN_DATA_BASE],
    queryFn: async () => {
      const [index, taxonomy] = await Promise.all([client.fetchQuery(indexQuery), client.fetchQuery(taxonomyQuery)]);
      const plans = await Promise.all(index.plans.map((p) => client.fetchQuery(planQuery(index, p.id))));
      return { index, taxonomy, plans };
    },
    ...forever,
  });
}

/** Each pack plan object gets a number of its own, so a re-loaded pack never reads a stale cache entry. */
const packPlanSerial = new WeakMap<Plan, number>();
let serial = 0;

function planQuery(index: PlanIndex | undefined, id: string, fromPack?: Plan): UseQueryOptions<Plan, Error, Plan, readonly unknown[]> {
  if (fromPack) {
    let n = packPlanSerial.get(fromPack);
    if (n === undefined) packPlanSerial.set(fromPack, (n = ++serial));
    return { queryKey: ['pack-plan', id, n], queryFn: () => fromPack, initialData: fromPack, ...forever };
  }
  const file = index?.plans.find((p) => p.id === id)?.file;
  return {
    queryKey: planKeys.plan(id),
    queryFn: async () => {
      if (!file) throw new Error(`unknown plan "${id}"`);
      return (await loader()).fetchPlan(PLAN_DATA_BASE, file);
    },
    enabled: !!file,
    ...forever,
  };
}

/** One plan, through the index's file name. */
export function usePlan(id: string | null | undefined) {
  const index = usePlanIndex();
  const packs = usePacks();
  return useQuery(planQuery(index.data, id ?? '', packPlan(packs, id)));
}

/** Several plans; `data` is set once all have loaded. */
export function usePlans(ids: string[]) {
  const index = usePlanIndex();
  const packs = usePacks();
  return useQueries({
    queries: ids.map((id) => planQuery(index.data, id, packPlan(packs, id))),
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
