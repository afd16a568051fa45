import { useMemo } from 'react';
import type { RegionData } from '../data/regions';
import { useFigures } from './figuresStore';
import type { StatusId } from './method';
import { useProgress } from './useProgress';

/**
 * Each region's progress status for the map's progress colouring, or null while it is off. A province's
 * targets colour the regions under it (the map fills prefectures and counties, not provinces), unless a
 * region has targets of its own.
 */
export function useProgressFill(data: RegionData): ReadonlyMap<string, StatusId> | null {
  const on = useFigures((s) => s.colourMap);
  const { regions } = useProgress();
  return useMemo(() => {
    if (!on) return null;
    const out = new Map<string, StatusId>();
    for (const region of data.regions.values()) {
      for (let code: string | null = region.code, depth = 0; code && depth < 8; depth++) {
        const status = regions.get(code);
        if (status) {
          out.set(region.code, status);
          break;
        }
        code = data.regions.get(code)?.parent ?? null;
      }
    }
    return out;
  }, [on, regions, data]);
}
