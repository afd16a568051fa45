import { useQuery } from '@tanstack/react-query';
import { fetchBoundaryPack } from './regions';

export const BOUNDARY_URL = `${import.meta.env.BASE_URL}geo/regions.topo.json`;

/** The boundary pack, fetched once and kept for the session (it never changes). */
export function useRegionData() {
  return useQuery({
    queryKey: ['boundaries', BOUNDARY_URL],
    queryFn: () => fetchBoundaryPack(BOUNDARY_URL),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
