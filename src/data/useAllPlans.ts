import { useQuery } from '@tanstack/react-query';
import { fetchPlan, fetchPlanIndex, fetchTaxonomy } from './planData';

const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

/**
 * Everything the map's layouts and the industry filter need: the plan index, the taxonomy
 * and every plan. Loaded after the first map view; cached for the session.
 */
export function useAllPlans() {
  return useQuery({
    queryKey: ['all-plans', DATA_BASE],
    queryFn: async () => {
      const [index, taxonomy] = await Promise.all([fetchPlanIndex(DATA_BASE), fetchTaxonomy(DATA_BASE)]);
      const plans = await Promise.all(index.plans.map((p) => fetchPlan(DATA_BASE, p.file)));
      return { index, taxonomy, plans };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
