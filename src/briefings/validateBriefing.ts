/**
 * Validation of briefing files, with the same "file: field.path: what was expected" messages
 * as the plan data. Shape first (zod), then references to what the app has loaded.
 */
import { validateWith, type Validated } from '../data/validate';
import { briefing, briefingIndex, type Briefing, type BriefingIndex } from './briefingSchema';

export function validateBriefingIndex(file: string, json: unknown): Validated<BriefingIndex> {
  return validateWith(briefingIndex, file, json);
}

export function validateBriefing(file: string, json: unknown): Validated<Briefing> {
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
  return errors.length ? { ok: false, errors } : parsed;
}
