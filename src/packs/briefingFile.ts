/**
 * A briefing file on its own (what the builder exports: `{ "version": 1, "id", "title", "steps" … }`),
 * checked with the pack's limits and the same briefing checks a pack's briefings get, so the
 * builder's import and `npm run check-pack <briefing.json>` say the same things. Pure; never throws.
 */
import type { Briefing } from '../briefings/briefingSchema';
import { validateBriefing } from '../briefings/validateBriefing';
import { decodeJson, PACK_LIMITS } from './limits';
import { isObject, type FileData, type PackOptions } from './packParts';

export type BriefingFileResult = { ok: true; briefing: Briefing } | { ok: false; problems: string[] };

/** A parsed JSON value that is a briefing rather than a pack (no `pack` key, a `steps` list). */
export const looksLikeBriefing = (json: unknown) => isObject(json) && !('pack' in json) && 'steps' in json;

export function validateBriefingFile(
  data: FileData,
  name: string,
  builtInCodes: Iterable<string>,
  options: PackOptions = {},
): BriefingFileResult {
  try {
    const limits = { ...PACK_LIMITS, ...options.limits };
    const decoded = decodeJson(data, name, limits);
    if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
    const refs = {
      plans: options.builtInPlans ?? [],
      regionCodes: new Set(builtInCodes),
      regionSource: 'the regions on the map',
      categoryIds: options.taxonomyIds ? new Set(options.taxonomyIds) : undefined,
    };
    const result = validateBriefing(name, decoded.json, refs);
    if (!result.ok) return { ok: false, problems: result.errors.slice(0, limits.maxProblems) };
    if (new Set(options.briefingIds ?? []).has(result.data.id))
      return { ok: false, problems: [`${name}: id: briefing id "${result.data.id}" is already shipped; expected a new id`] };
    return { ok: true, briefing: result.data };
  } catch (e) {
    return {
      ok: false,
      problems: [`${name}: the validator failed (${e instanceof Error ? e.message : String(e)}); please report this file`],
    };
  }
}
