/**
 * Validation of a user data pack (format in README.md, "Data packs"). Pure: runs in the browser
 * (drag and drop) and in node (`npm run check-pack`). Never throws on any input; returns the
 * checked pack, or every problem found, each as "file: field path: what was expected".
 */
import { kindOf, preview } from './geometry';
import { decodeJson, PACK_LIMITS, sizeProblem } from './limits';
import { isObject, Problems, type FileData, type PackOptions, type PackResult, type Part, type Parts } from './packParts';
import { validateParts } from './validateParts';

export { PACK_LIMITS, sizeProblem, type PackLimits } from './limits';
export type { FileData, Pack, PackOptions, PackResult } from './packParts';
export { looksLikeBriefing, validateBriefingFile, type BriefingFileResult } from './briefingFile';

export const PACK_VERSION = 1;

const PACK_KEYS = ['pack', 'name', 'boundaries', 'taxonomy', 'plans', 'index', 'briefings'];

/**
 * A single-file pack: `{ "pack": 1, "boundaries": …, "plans": [ … ], … }` as bytes or text.
 * `builtInCodes` are the admin codes already on the map (regions and context provinces):
 * plans may refer to them and pack regions may hang under them, but not redefine them.
 */
export function validatePackFile(data: FileData, name: string, builtInCodes: Iterable<string>, options: PackOptions = {}): PackResult {
  try {
    const limits = { ...PACK_LIMITS, ...options.limits };
    const decoded = decodeJson(data, name, limits);
    if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
    const json = decoded.json;
    const problems = new Problems(limits.maxProblems);
    if (!isObject(json)) {
      problems.at(name, [], `expected a data pack: an object with "pack": ${PACK_VERSION}, got ${kindOf(json)}`);
      return { ok: false, problems: problems.final() };
    }
    if (json.pack !== PACK_VERSION)
      problems.at(name, ['pack'], `expected ${PACK_VERSION} (the pack format version), got ${preview(json.pack)}`);
    for (const key of Object.keys(json))
      if (!PACK_KEYS.includes(key)) problems.at(name, [key], `unexpected key (expected one of ${PACK_KEYS.join(', ')})`);
    const parts: Parts = { name: null, boundaries: null, taxonomy: null, index: null, plans: [], briefings: [], notes: [] };
    if (json.name !== undefined) {
      if (typeof json.name === 'string' && json.name.length > 0 && json.name.length <= 200) parts.name = json.name;
      else problems.at(name, ['name'], `expected a text of 1 to 200 characters, got ${preview(json.name)}`);
    }
    if (json.boundaries !== undefined) parts.boundaries = { file: name, base: ['boundaries'], json: json.boundaries };
    if (json.taxonomy !== undefined) parts.taxonomy = { file: name, base: ['taxonomy'], json: json.taxonomy };
    if (json.index !== undefined) parts.index = { file: name, base: ['index'], json: json.index };
    if (json.plans !== undefined) {
      if (!Array.isArray(json.plans)) problems.at(name, ['plans'], `expected an array of plans, got ${kindOf(json.plans)}`);
      else parts.plans = json.plans.map((p, i) => ({ file: name, base: ['plans', i], json: p }));
    }
    if (json.briefings !== undefined) {
      if (!Array.isArray(json.briefings)) problems.at(name, ['briefings'], `expected an array of briefings, got ${kindOf(json.briefings)}`);
      else parts.briefings = json.briefings.map((b, i) => ({ file: name, base: ['briefings', i], json: b }));
    }
    return validateParts(parts, problems, new Set(builtInCodes), options, limits);
  } catch (e) {
    return {
      ok: false,
      problems: [`${name}: the validator failed (${e instanceof Error ? e.message : String(e)}); please report this file`],
    };
  }
}

/**
 * A folder pack, given as its files with paths relative to the folder ("plans/a.json"):
 *   boundaries.json | boundaries.geojson | boundaries.topo.json   (optional)
 *   taxonomy.json                                                (optional)
 *   plans/*.json, plans/index.json (optional index)
 *   briefings/<id>.json                                          (optional, one briefing each)
 *   pack.json  (optional: { "pack": 1, "name": "…" })
 */
export function validatePackFiles(
  files: { name: string; data: FileData }[],
  builtInCodes: Iterable<string>,
  options: PackOptions = {},
): PackResult {
  try {
    const limits = { ...PACK_LIMITS, ...options.limits };
    const problems = new Problems(limits.maxProblems);
    const total = files.reduce((n, f) => n + (typeof f.data === 'string' ? f.data.length : f.data.byteLength), 0);
    if (total > limits.maxBytes) return { ok: false, problems: [sizeProblem('(pack folder)', total, limits)] };
    const parts: Parts = { name: null, boundaries: null, taxonomy: null, index: null, plans: [], briefings: [], notes: [] };
    const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const f of sorted) {
      const file = f.name.replace(/\\/g, '/').replace(/^\.\//, '');
      const role = /^boundaries\.(json|geojson|topo\.json|topojson)$/.test(file)
        ? 'boundaries'
        : file === 'taxonomy.json'
          ? 'taxonomy'
          : file === 'plans/index.json'
            ? 'index'
            : /^plans\/[^/]+\.json$/.test(file)
              ? 'plan'
              : /^briefings\/[^/]+\.json$/.test(file) && file !== 'briefings/index.json'
                ? 'briefing'
                : file === 'pack.json'
                  ? 'manifest'
                  : null;
      if (!role) {
        parts.notes.push(
          file === 'briefings/index.json'
            ? `${file}: a pack needs no briefing index (its briefings are listed by their titles); ignored`
            : `${file}: not part of the pack layout; ignored`,
        );
        continue;
      }
      const decoded = decodeJson(f.data, file, limits);
      if (!decoded.ok) {
        problems.add(decoded.problem);
        continue;
      }
      const part: Part = { file, base: [], json: decoded.json };
      if (role === 'boundaries') {
        if (parts.boundaries) problems.at(file, [], `a second boundaries file (the first is ${parts.boundaries.file}); expected one`);
        else parts.boundaries = part;
      } else if (role === 'taxonomy') parts.taxonomy = part;
      else if (role === 'index') parts.index = part;
      else if (role === 'plan') parts.plans.push(part);
      else if (role === 'briefing') parts.briefings.push(part);
      else {
        const m = decoded.json;
        if (!isObject(m) || m.pack !== PACK_VERSION) problems.at(file, ['pack'], `expected ${PACK_VERSION} (the pack format version)`);
        else if (m.name !== undefined && (typeof m.name !== 'string' || m.name.length === 0 || m.name.length > 200))
          problems.at(file, ['name'], `expected a text of 1 to 200 characters, got ${preview(m.name)}`);
        else if (typeof m.name === 'string') parts.name = m.name;
      }
    }
    return validateParts(parts, problems, new Set(builtInCodes), options, limits);
  } catch (e) {
    return {
      ok: false,
      problems: [`(pack): the validator failed (${e instanceof Error ? e.message : String(e)}); please report this pack`],
    };
  }
}
