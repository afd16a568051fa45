/**
 * A briefing's references checked against what the app has loaded (regions, plans, layout
 * elements, filter categories, targets), with the same "file: field.path: …" messages as the
 * shape checks. A step with a bad reference still runs, without the part that does not exist.
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

export function checkBriefingRefs(file: string, briefing: Briefing, known: KnownIds): string[] {
  const errors: string[] = [];
  const check = (path: string, value: string, set: ReadonlySet<string>, what: string) => {
    if (!set.has(value)) errors.push(`${file}: ${path}: unknown ${what} "${value}"`);
  };
  briefing.plans.forEach((id, i) => check(`plans[${i}]`, id, known.plans, 'plan'));
  briefing.steps.forEach((step, s) => {
    const at = `steps[${s}]`;
    if (step.camera && 'fit' in step.camera) step.camera.fit.forEach((code, i) => check(`${at}.camera.fit[${i}]`, code, known.regions, 'region'));
    step.layouts?.forEach((id, i) => check(`${at}.layouts[${i}]`, id, known.plans, 'plan'));
    step.filter?.forEach((id, i) => check(`${at}.filter[${i}]`, id, known.categories, 'industry category'));
    if (step.region) check(`${at}.region`, step.region, known.regions, 'region');
    if (step.scope) check(`${at}.scope`, step.scope, known.regions, 'region');
    if (step.element) check(`${at}.element`, step.element, known.elements, 'layout element');
    step.figures?.forEach((ref, i) => check(`${at}.figures[${i}]`, ref, known.targets, 'target'));
  });
  return errors;
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
