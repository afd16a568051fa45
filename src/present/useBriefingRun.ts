import { useEffect, useMemo } from 'react';
import type { Plan, Taxonomy } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import { useBriefing, useBriefingIndex } from '../briefings/useBriefings';
import { checkBriefingRefs } from '../briefings/validateBriefing';
import { useUi } from '../state/store';
import { withoutUnknownRefs, type KnownIds } from './briefingRefs';
import { leaveFullscreen } from './fullscreen';

export type PlanSet = { plans: Plan[]; taxonomy: Taxonomy };

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * The briefing being presented, loaded and checked against the data: what it refers to that does
 * not exist is reported once and left out, so the rest still runs; a briefing that fails to load
 * or validate is reported and the presentation ends. Also the index of briefings (for Enter to start).
 */
export function useBriefingRun(present: string | null, plans: PlanSet | undefined, data: RegionData) {
  const index = useBriefingIndex({ enabled: !!plans || !!present });
  const loaded = useBriefing(present);
  const notify = useUi((s) => s.notify);

  const known = useMemo<KnownIds | undefined>(
    () =>
      plans && {
        regions: new Set(data.regions.keys()),
        plans: new Set(plans.plans.map((p) => p.id)),
        elements: new Set(plans.plans.flatMap((p) => p.layout.map((e) => `${p.id}/${e.id}`))),
        categories: new Set(plans.taxonomy.categories.map((c) => c.id)),
        targets: new Set(plans.plans.flatMap((p) => p.targets.map((t) => `${p.id}/${t.id}`))),
      },
    [plans, data],
  );

  useEffect(() => {
    if (!present || !loaded.isError) return;
    notify({ id: 'present-failed', key: 'present.failed', vars: { message: clip(loaded.error.message, 600) } });
    useUi.getState().setPresent(null);
    leaveFullscreen();
  }, [present, loaded.isError, loaded.error, notify]);

  useEffect(() => {
    if (!loaded.data || !known || !plans) return;
    const file = index.data?.briefings.find((b) => b.id === loaded.data.id)?.file ?? loaded.data.id;
    const errors = checkBriefingRefs(file, loaded.data, { plans: plans.plans, regionCodes: known.regions, categoryIds: known.categories });
    if (errors.length)
      notify({ id: `present-refs-${loaded.data.id}`, key: 'present.badRefs', vars: { message: clip(errors.join('; '), 600) } });
  }, [loaded.data, known, plans, index.data, notify]);

  const briefing = useMemo(() => {
    if (!loaded.data || !known || loaded.data.id !== present) return undefined;
    return withoutUnknownRefs(loaded.data, known);
  }, [loaded.data, known, present]);

  return { briefing, index: index.data };
}
