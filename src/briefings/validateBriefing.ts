/**
 * Validation of briefing files, with the same "file: field.path: what was expected" messages
 * as the plan data. Shape first (zod), then references to what the app has loaded.
 */
import { validateWith, type Validated } from '../data/validate';
import type { Plan } from '../data/planSchema';
import { briefing, briefingIndex, type Briefing, type BriefingIndex } from './briefingSchema';

/** What a briefing may refer to: the loaded plans, the boundary pack's admin codes, the taxonomy's categories. */
export interface BriefingRefs {
  plans: readonly Plan[];
  regionCodes: ReadonlySet<string>;
  /** where the codes come from, for the message; default "the boundary pack" */
  regionSource?: string;
  /** omitted: filter categories are not checked (a data pack without a taxonomy, none given) */
  categoryIds?: ReadonlySet<string>;
}

export function validateBriefingIndex(file: string, json: unknown): Validated<BriefingIndex> {
  return validateWith(briefingIndex, file, json);
}

/** Shape and the step rules; with `refs`, also every reference (see checkBriefingRefs). */
export function validateBriefing(file: string, json: unknown, refs?: BriefingRefs): Validated<Briefing> {
  const parsed = validateWith(briefing, file, json);
  if (!parsed.ok) return parsed;
  const errors: string[] = [];
  parsed.data.steps.forEach((step, i) => {
    if (step.region && step.element) errors.push(`${file}: steps[${i}]: a step opens a region or an element, not both`);
  });
  const seen = new Set<string>();
  parsed.data.steps.forEach((step, i) => {
    if (seen.has(step.id)) errors.push(`${file}: steps[${i}].id: duplicate step id "${step.id}"`);
    seen.add(step.id);
  });
  if (refs) errors.push(...checkBriefingRefs(file, parsed.data, refs));
  return errors.length ? { ok: false, errors } : parsed;
}

/**
 * Every reference of a (shape-valid) briefing resolves: plan ids, layout elements
 * (`planId/elementId`), figure targets (`planId/targetId`), admin codes of region, scope and
 * camera fit, and filter categories. A selected element must belong to a plan whose layouts
 * the step shows, or it would be selected but invisible. Pure; returns the messages.
 */
export function checkBriefingRefs(file: string, b: Briefing, refs: BriefingRefs): string[] {
  const errors: string[] = [];
  const err = (path: string, msg: string) => errors.push(`${file}: ${path}: ${msg}`);
  const plans = new Map(refs.plans.map((p) => [p.id, p]));
  const split = (ref: string) => {
    const at = ref.indexOf('/');
    return [ref.slice(0, at), ref.slice(at + 1)] as const;
  };
  const region = (path: string, code: string) => {
    if (!refs.regionCodes.has(code)) err(path, `unknown region code "${code}" (not in ${refs.regionSource ?? 'the boundary pack'})`);
  };

  b.plans.forEach((id, k) => {
    if (!plans.has(id)) err(`plans[${k}]`, `unknown plan "${id}"`);
  });
  b.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    step.layouts?.forEach((id, k) => {
      if (!plans.has(id)) err(`${at}.layouts[${k}]`, `unknown plan "${id}"`);
    });
    if (step.element) {
      const [planId, elementId] = split(step.element);
      const plan = plans.get(planId);
      if (!plan?.layout.some((e) => e.id === elementId)) err(`${at}.element`, `unknown layout element "${step.element}"`);
      else if (step.layouts && !step.layouts.includes(planId))
        err(`${at}.element`, `layout element "${step.element}" belongs to plan "${planId}", whose layouts the step hides`);
    }
    step.figures?.forEach((ref, k) => {
      const [planId, targetId] = split(ref);
      if (!plans.get(planId)?.targets.some((t) => t.id === targetId)) err(`${at}.figures[${k}]`, `unknown target "${ref}"`);
    });
    if (step.region) region(`${at}.region`, step.region);
    if (step.scope) region(`${at}.scope`, step.scope);
    if (step.camera && 'fit' in step.camera) step.camera.fit.forEach((code, k) => region(`${at}.camera.fit[${k}]`, code));
    step.filter?.forEach((id, k) => {
      if (refs.categoryIds && !refs.categoryIds.has(id))
        err(`${at}.filter[${k}]`, `unknown industry category "${id}" (not in the taxonomy)`);
    });
  });
  return errors;
}
