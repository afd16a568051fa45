/**
 * What a briefing may refer to at run time, and the briefing with what does not exist taken
 * out: a step with a bad reference still runs, without that part. The references are reported
 * by `checkBriefingRefs` (src/briefings/validateBriefing.ts), the check the generator and packs use.
 */
import type { Briefing } from '../briefings/briefingSchema';

export interface KnownIds {
  regions: ReadonlySet<string>;
  plans: ReadonlySet<string>;
  /** `planId/elementId` */
  elements: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  /** `planId/targetId` */
  targets: ReadonlySet<string>;
}

/** The briefing with every unknown reference dropped, so what is valid still shows. */
export function withoutUnknownRefs(briefing: Briefing, known: KnownIds): Briefing {
  return {
    ...briefing,
    steps: briefing.steps.map((step) => {
      const fit = step.camera && 'fit' in step.camera ? step.camera.fit.filter((c) => known.regions.has(c)) : null;
      return {
        ...step,
        camera: fit ? (fit.length ? { fit } : undefined) : step.camera,
        layouts: step.layouts?.filter((id) => known.plans.has(id)),
        filter: step.filter?.filter((id) => known.categories.has(id)),
        region: step.region && known.regions.has(step.region) ? step.region : undefined,
        scope: step.scope && known.regions.has(step.scope) ? step.scope : undefined,
        element: step.element && known.elements.has(step.element) ? step.element : undefined,
        figures: step.figures?.filter((ref) => known.targets.has(ref)),
      };
    }),
  };
}
