/**
 * Validation of a user data pack (format in README.md, "Data packs"). Pure: runs in the browser
 * (drag and drop) and in node (`npm run check-pack`). Never throws on any input; returns the
 * checked pack, or every problem found, each as "file: field path: what was expected".
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { RegionProps } from '../data/regions';
import type { Plan, PlanIndex, Taxonomy } from '../data/planSchema';
import { checkPlanRefs, formatPath, validatePlan, validatePlanIndex, validateTaxonomy } from '../data/validate';
import type { Briefing } from '../briefings/briefingSchema';
import { validateBriefing } from '../briefings/validateBriefing';
import { boundaryFeatures, checkBoundaryFeatures, type BoundaryFeature } from './boundaries';
import { kindOf, preview } from './geometry';
import { decodeJson, PACK_LIMITS, sizeProblem, type PackLimits } from './limits';

export { PACK_LIMITS, sizeProblem, type PackLimits } from './limits';

export const PACK_VERSION = 1;

export interface Pack {
  name: string | null;
  /** the pack's regions, with `id` = numeric admin code like the built-in boundaries */
  boundaries: FeatureCollection<Geometry, RegionProps>;
  plans: Plan[];
  taxonomy: Taxonomy | null;
  index: PlanIndex | null;
  /** checked like the shipped ones: shape, and references to the pack's and the built-in plans and regions */
  briefings: Briefing[];
  /** things worth knowing that are not problems (ignored files, a cut-short check) */
  notes: string[];
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: string[] };

export interface PackOptions {
  /** taxonomy category ids industries may use when the pack has no taxonomy of its own */
  taxonomyIds?: Iterable<string>;
  /** ids of plans already loaded: a pack plan may not reuse one */
  planIds?: Iterable<string>;
  /** the plans already loaded, which pack briefings may refer to (their ids count as `planIds` too) */
  builtInPlans?: readonly Plan[];
  /** ids of the shipped briefings: a pack briefing may not reuse one */
  briefingIds?: Iterable<string>;
  limits?: Partial<PackLimits>;
}

export type FileData = Uint8Array | ArrayBuffer | string;

type Key = string | number;

/** One JSON value of the pack: the file it came from and where in that file it sits. */
interface Part {
  file: string;
  base: Key[];
  json: unknown;
}

interface Parts {
  name: string | null;
  boundaries: Part | null;
  taxonomy: Part | null;
  index: Part | null;
  plans: Part[];
  briefings: Part[];
  notes: string[];
}

const PACK_KEYS = ['pack', 'name', 'boundaries', 'taxonomy', 'plans', 'index', 'briefings'];
const PLAN_LISTS = ['targets', 'industries', 'industryGroups', 'layout', 'tasks', 'discrepancies', 'notes'] as const;
/** briefings in one pack (each has at most 200 steps, by its schema) */
const MAX_BRIEFINGS = 50;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

class Problems {
  readonly list: string[] = [];
  private dropped = 0;
  constructor(private readonly max: number) {}
  add(message: string) {
    if (this.list.length < this.max) this.list.push(message);
    else this.dropped++;
  }
  at(file: string, path: Key[], message: string) {
    this.add(`${file}: ${formatPath(path)}: ${message}`);
  }
  get count() {
    return this.list.length + this.dropped;
  }
  final(): string[] {
    return this.dropped ? [...this.list, `… and ${this.dropped} more problems`] : this.list;
  }
}

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
    return { ok: false, problems: [`${name}: the validator failed (${e instanceof Error ? e.message : String(e)}); please report this file`] };
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
export function validatePackFiles(files: { name: string; data: FileData }[], builtInCodes: Iterable<string>, options: PackOptions = {}): PackResult {
  try {
    const limits = { ...PACK_LIMITS, ...options.limits };
    const problems = new Problems(limits.maxProblems);
    const total = files.reduce((n, f) => n + (typeof f.data === 'string' ? f.data.length : f.data.byteLength), 0);
    if (total > limits.maxBytes)
      return { ok: false, problems: [sizeProblem('(pack folder)', total, limits)] };
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
    return { ok: false, problems: [`(pack): the validator failed (${e instanceof Error ? e.message : String(e)}); please report this pack`] };
  }
}

function validateParts(parts: Parts, problems: Problems, builtIn: Set<string>, options: PackOptions, limits: PackLimits): PackResult {
  const notes = [...parts.notes];
  const report = (part: Part, path: Key[], message: string) => problems.at(part.file, [...part.base, ...path], message);
  const anyFile = parts.boundaries?.file ?? parts.plans[0]?.file ?? '(pack)';
  if (!parts.boundaries && parts.plans.length === 0 && parts.briefings.length === 0)
    problems.add(`${anyFile}: expected boundaries, plans, briefings or a mix; the pack has none`);

  // Counts first: refuse oversize lists before running zod over them.
  const before = problems.count;
  if (parts.plans.length > limits.maxPlans) {
    problems.add(`${anyFile}: ${parts.plans.length} plans; the limit is ${limits.maxPlans}`);
    return { ok: false, problems: problems.final() };
  }
  if (parts.briefings.length > MAX_BRIEFINGS) {
    problems.add(`${parts.briefings[0].file}: ${parts.briefings.length} briefings; the limit is ${MAX_BRIEFINGS}`);
    return { ok: false, problems: problems.final() };
  }
  for (const part of parts.plans) {
    if (!isObject(part.json)) continue;
    for (const list of PLAN_LISTS) {
      const value = part.json[list];
      if (Array.isArray(value) && value.length > limits.maxListLength) report(part, [list], `${value.length} entries; the limit is ${limits.maxListLength}`);
    }
  }
  if (problems.count > before) return { ok: false, problems: problems.final() };

  // Boundaries.
  const budget = { pairs: limits.maxSegmentPairs, exhausted: false };
  const packCodes = new Map<string, string>(); // code → where first defined
  let features: Feature<Geometry, RegionProps>[] = [];
  if (parts.boundaries) {
    const b = parts.boundaries;
    const raw: BoundaryFeature[] | null = boundaryFeatures(b.json, b.base, limits, (path, msg) => problems.at(b.file, path, msg));
    if (raw) {
      const isTopo = isObject(b.json) && b.json.type === 'Topology';
      const checked = checkBoundaryFeatures(raw, isTopo, budget, (path, msg) => problems.at(b.file, path, msg));
      if (raw.length === 0) problems.at(b.file, b.base, 'no regions (expected at least one feature)');
      checked.defined.forEach(({ props, path }) => {
        const code = props.code;
        const first = packCodes.get(code);
        if (first !== undefined) problems.at(b.file, [...path, 'properties', 'code'], `duplicate code "${code}" (also at ${first})`);
        else if (builtIn.has(code))
          problems.at(b.file, [...path, 'properties', 'code'], `code "${code}" is already a built-in region; a pack can only add new regions`);
        else packCodes.set(code, formatPath(path));
      });
      checked.defined.forEach(({ props, path }) => {
        const parent = props.parent;
        if (parent === props.code) problems.at(b.file, [...path, 'properties', 'parent'], 'a region cannot be its own parent');
        else if (parent !== null && !packCodes.has(parent) && !builtIn.has(parent))
          problems.at(b.file, [...path, 'properties', 'parent'], `unknown parent code "${parent}" (not in this pack's boundaries nor the built-in regions)`);
      });
      features = checked.features;
    }
    if (budget.exhausted)
      notes.push(`${b.file}: the self-intersection check stopped after ${limits.maxSegmentPairs} segment pairs; some rings were not checked`);
  }

  // Taxonomy.
  let taxonomy: Taxonomy | null = null;
  if (parts.taxonomy) {
    const result = rebased(parts.taxonomy, (file, json) => validateTaxonomy(file, json));
    if (result.ok) taxonomy = result.data;
    else result.errors.forEach((e) => problems.add(e));
  }
  const taxonomyIds = taxonomy ? new Set(taxonomy.categories.map((c) => c.id)) : options.taxonomyIds ? new Set(options.taxonomyIds) : undefined;

  // Plans.
  const plans: Plan[] = [];
  const planAt = new Map<string, Part>();
  const builtInPlans = options.builtInPlans ?? [];
  const loaded = new Set([...(options.planIds ?? []), ...builtInPlans.map((p) => p.id)]);
  for (const part of parts.plans) {
    const result = rebased(part, (file, json) => {
      const v = validatePlan(file, json);
      if (!v.ok || !taxonomyIds) return v;
      const errors = checkPlanRefs(file, v.data, taxonomyIds);
      return errors.length ? { ok: false as const, errors } : v;
    });
    if (!result.ok) {
      result.errors.forEach((e) => problems.add(e));
      continue;
    }
    const plan = result.data;
    const first = planAt.get(plan.id);
    if (first) report(part, ['id'], `duplicate plan id "${plan.id}" (also in ${first.file}${first.base.length ? ` at ${formatPath(first.base)}` : ''})`);
    else if (loaded.has(plan.id)) report(part, ['id'], `plan id "${plan.id}" is already loaded; expected a new id`);
    else planAt.set(plan.id, part);
    plans.push(plan);
    checkRegionRefs(plan, (path, code) =>
      packCodes.has(code) || builtIn.has(code)
        ? undefined
        : report(part, path, `unknown region code "${code}" (not in this pack's boundaries nor the built-in regions)`),
    );
  }

  // Index.
  let index: PlanIndex | null = null;
  if (parts.index) {
    const part = parts.index;
    const result = rebased(part, (file, json) => validatePlanIndex(file, json));
    if (!result.ok) result.errors.forEach((e) => problems.add(e));
    else {
      index = result.data;
      index.plans.forEach((p, i) => {
        if (!planAt.has(p.id)) report(part, ['plans', i, 'id'], `plan "${p.id}" is not in this pack`);
      });
      for (const code of Object.keys(index.byRegion)) {
        if (!packCodes.has(code) && !builtIn.has(code))
          report(part, ['byRegion', code], `unknown region code "${code}" (not in this pack's boundaries nor the built-in regions)`);
        index.byRegion[code].forEach((entry, i) => {
          if (!planAt.has(entry.plan)) report(part, ['byRegion', code, i, 'plan'], `plan "${entry.plan}" is not in this pack`);
        });
      }
    }
  }

  // Briefings: the same checks as the shipped ones, against the pack's and the built-in plans and regions.
  const briefings: Briefing[] = [];
  if (parts.briefings.length > 0) {
    const refs = {
      plans: [...builtInPlans.filter((p) => !planAt.has(p.id)), ...plans],
      regionCodes: new Set([...builtIn, ...packCodes.keys()]),
      regionSource: "this pack's boundaries nor the built-in regions",
      categoryIds: taxonomyIds,
    };
    const shipped = new Set(options.briefingIds ?? []);
    const briefingAt = new Map<string, Part>();
    for (const part of parts.briefings) {
      const result = rebased(part, (file, json) => validateBriefing(file, json, refs));
      if (!result.ok) {
        result.errors.forEach((e) => problems.add(e));
        continue;
      }
      const b = result.data;
      const first = briefingAt.get(b.id);
      if (first) report(part, ['id'], `duplicate briefing id "${b.id}" (also in ${first.file}${first.base.length ? ` at ${formatPath(first.base)}` : ''})`);
      else if (shipped.has(b.id)) report(part, ['id'], `briefing id "${b.id}" is already shipped; expected a new id`);
      else briefingAt.set(b.id, part);
      briefings.push(b);
    }
  }

  if (problems.count) return { ok: false, problems: problems.final() };
  return {
    ok: true,
    pack: { name: parts.name, boundaries: { type: 'FeatureCollection', features }, plans, taxonomy, index, briefings, notes },
  };
}

/** Every admin code a plan refers to, with its path in the plan. */
function checkRegionRefs(plan: Plan, visit: (path: Key[], code: string) => void) {
  visit(['region', 'code'], plan.region.code);
  plan.targets.forEach((t, i) => visit(['targets', i, 'regionCode'], t.regionCode));
  plan.industries.forEach((ind, i) => ind.hostRegions?.forEach((m, k) => visit(['industries', i, 'hostRegions', k, 'code'], m.code)));
  plan.layout.forEach((e, i) => e.members.forEach((m, k) => visit(['layout', i, 'members', k, 'code'], m.code)));
}

type Checked<T> = { ok: true; data: T } | { ok: false; errors: string[] };

/**
 * Runs one of the data validators (which write "file: path: message") on a part that sits
 * inside a file, and puts the part's own path in front of theirs: "pack.json: plans[2].targets[0].value: …".
 */
function rebased<T>(part: Part, check: (file: string, json: unknown) => Checked<T>): Checked<T> {
  if (part.base.length === 0) return check(part.file, part.json);
  const base = formatPath(part.base);
  const label = `${part.file}: ${base}`;
  const result = check(label, part.json);
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.errors.map((e) => {
      if (!e.startsWith(`${label}: `)) return e;
      const rest = e.slice(label.length + 2);
      const joined = rest.startsWith('(root): ')
        ? `${base}: ${rest.slice(8)}`
        : rest.startsWith('(')
          ? `${base} ${rest}`
          : rest.startsWith('[')
            ? `${base}${rest}`
            : `${base}.${rest}`;
      return `${part.file}: ${joined}`;
    }),
  };
}
