import { useMemo } from 'react';
import { useAllPlans } from '../data/usePlanData';
import { assessAll, type ProgressView } from './assessAll';
import { useFigures } from './figuresStore';

const EMPTY: ProgressView = { targets: [], byTarget: new Map(), regions: new Map() };

/** The progress of every target with loaded figures, assessed as of the current year; empty without figures. */
export function useProgress(): ProgressView {
  const sets = useFigures((s) => s.sets);
  const method = useFigures((s) => s.method);
  const thresholds = useFigures((s) => s.thresholds);
  const plans = useAllPlans({ enabled: sets.length > 0 }).data?.plans;
  return useMemo(() => {
    if (!plans || sets.length === 0) return EMPTY;
    return assessAll(
      plans,
      sets.flatMap((s) => s.observations),
      method,
      thresholds,
      new Date().getFullYear(),
    );
  }, [plans, sets, method, thresholds]);
}
