/** The checks of a pack once its files are read into parts: counts, boundaries, taxonomy, plans, index, briefings. */
import type { Feature, Geometry } from 'geojson';
import type { RegionProps } from '../data/regions';
import type { Plan, PlanIndex, Taxonomy } from '../data/planSchema';
import { checkPlanRefs, formatPath, validatePlan, validatePlanIndex, validateTaxonomy } from '../data/validate';
import type { Briefing } from '../briefings/briefingSchema';
import { validateBriefing } from '../briefings/validateBriefing';
import { boundaryFeatures, checkBoundaryFeatures, type BoundaryFeature } from './boundaries';
import type { PackLimits } from './limits';
import { isObject, rebased, type Key, type PackOptions, type PackResult, type Part, type Parts, Problems } from './packParts';

const PLAN_LISTS = ['targets', 'industries', 'industryGroups', 'layout', 'tasks', 'discrepancies', 'notes'] as const;
/** briefings in one pack (each has at most 200 steps, by its schema) */
const MAX_BRIEFINGS = 50;

type Report = (part: Part, path: Key[], message: string) => void;

interface Regions {
  builtIn: Set<string>;
  /** code → where first defined */
  packCodes: Map<string, string>;
}

export function validateParts(
  parts: Parts,
  problems: Problems,
  builtIn: Set<string>,
  options: PackOptions,
  limits: PackLimits,
): PackResult {
  const notes = [...parts.notes];
  const report: Report = (part, path, message) => problems.at(part.file, [...part.base, ...path], message);
  const anyFile = parts.boundaries?.file ?? parts.plans[0]?.file ?? '(pack)';
  if (!parts.boundaries && parts.plans.length === 0 && parts.briefings.length === 0)
    problems.add(`${anyFile}: expected boundaries, plans, briefings or a mix; the pack has none`);

  if (!countsWithinLimits(parts, problems, report, anyFile, limits)) return { ok: false, problems: problems.final() };

  const regions: Regions = { builtIn, packCodes: new Map() };
  const features = parts.boundaries ? checkBoundaries(parts.boundaries, problems, regions, limits, notes) : [];
  const taxonomy = parts.taxonomy ? checkTaxonomy(parts.taxonomy, problems) : null;
  const taxonomyIds = taxonomy
    ? new Set(taxonomy.categories.map((c) => c.id))
    : options.taxonomyIds
      ? new Set(options.taxonomyIds)
      : undefined;
  const { plans, planAt } = checkPlans(parts.plans, problems, report, regions, taxonomyIds, options);
  const index = parts.index ? checkIndex(parts.index, problems, report, regions, planAt) : null;
  const briefings =
    parts.briefings.length > 0 ? checkBriefings(parts.briefings, problems, report, { regions, plans, planAt, taxonomyIds, options }) : [];

  if (problems.count) return { ok: false, problems: problems.final() };
  return {
    ok: true,
    pack: { name: parts.name, boundaries: { type: 'FeatureCollection', features }, plans, taxonomy, index, briefings, notes },
  };
}

/** Refuses oversize lists before zod runs over them. */
function countsWithinLimits(parts: Parts, problems: Problems, report: Report, anyFile: string, limits: PackLimits): boolean {
  const before = problems.count;
  if (parts.plans.length > limits.maxPlans) {
    problems.add(`${anyFile}: ${parts.plans.length} plans; the limit is ${limits.maxPlans}`);
    return false;
  }
  if (parts.briefings.length > MAX_BRIEFINGS) {
    problems.add(`${parts.briefings[0].file}: ${parts.briefings.length} briefings; the limit is ${MAX_BRIEFINGS}`);
    return false;
  }
  for (const part of parts.plans) {
    if (!isObject(part.json)) continue;
    for (const list of PLAN_LISTS) {
      const value = part.json[list];
      if (Array.isArray(value) && value.length > limits.maxListLength)
        report(part, [list], `${value.length} entries; the limit is ${limits.maxListLength}`);
    }
  }
  return problems.count <= before;
}

function checkBoundaries(
  b: Part,
  problems: Problems,
  regions: Regions,
  limits: PackLimits,
  notes: string[],
): Feature<Geometry, RegionProps>[] {
  const { builtIn, packCodes } = regions;
  const budget = { pairs: limits.maxSegmentPairs, exhausted: false };
  let features: Feature<Geometry, RegionProps>[] = [];
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
        problems.at(
          b.file,
          [...path, 'properties', 'code'],
          `code "${code}" is already a built-in region; a pack can only add new regions`,
        );
      else packCodes.set(code, formatPath(path));
    });
    checked.defined.forEach(({ props, path }) => {
      const parent = props.parent;
      if (parent === props.code) problems.at(b.file, [...path, 'properties', 'parent'], 'a region cannot be its own parent');
      else if (parent !== null && !packCodes.has(parent) && !builtIn.has(parent))
        problems.at(
          b.file,
          [...path, 'properties', 'parent'],
          `unknown parent code "${parent}" (not in this pack's boundaries nor the built-in regions)`,
        );
    });
    features = checked.features;
  }
  if (budget.exhausted)
    notes.push(`${b.file}: the self-intersection check stopped after ${limits.maxSegmentPairs} segment pairs; some rings were not checked`);
  return features;
}

function checkTaxonomy(part: Part, problems: Problems): Taxonomy | null {
  const result = rebased(part, (file, json) => validateTaxonomy(file, json));
  if (result.ok) return result.data;
  result.errors.forEach((e) => problems.add(e));
  return null;
}

const knownRegion = (regions: Regions, code: string) => regions.packCodes.has(code) || regions.builtIn.has(code);

function checkPlans(
  planParts: Part[],
  problems: Problems,
  report: Report,
  regions: Regions,
  taxonomyIds: Set<string> | undefined,
  options: PackOptions,
): { plans: Plan[]; planAt: Map<string, Part> } {
  const plans: Plan[] = [];
  const planAt = new Map<string, Part>();
  const loaded = new Set([...(options.planIds ?? []), ...(options.builtInPlans ?? []).map((p) => p.id)]);
  for (const part of planParts) {
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
    if (first)
      report(
        part,
        ['id'],
        `duplicate plan id "${plan.id}" (also in ${first.file}${first.base.length ? ` at ${formatPath(first.base)}` : ''})`,
      );
    else if (loaded.has(plan.id)) report(part, ['id'], `plan id "${plan.id}" is already loaded; expected a new id`);
    else planAt.set(plan.id, part);
    plans.push(plan);
    checkRegionRefs(plan, (path, code) =>
      knownRegion(regions, code)
        ? undefined
        : report(part, path, `unknown region code "${code}" (not in this pack's boundaries nor the built-in regions)`),
    );
  }
  return { plans, planAt };
}

/** Every admin code a plan refers to, with its path in the plan. */
function checkRegionRefs(plan: Plan, visit: (path: Key[], code: string) => void) {
  visit(['region', 'code'], plan.region.code);
  plan.targets.forEach((t, i) => visit(['targets', i, 'regionCode'], t.regionCode));
  plan.industries.forEach((ind, i) => ind.hostRegions?.forEach((m, k) => visit(['industries', i, 'hostRegions', k, 'code'], m.code)));
  plan.layout.forEach((e, i) => e.members.forEach((m, k) => visit(['layout', i, 'members', k, 'code'], m.code)));
}

function checkIndex(part: Part, problems: Problems, report: Report, regions: Regions, planAt: Map<string, Part>): PlanIndex | null {
  const result = rebased(part, (file, json) => validatePlanIndex(file, json));
  if (!result.ok) {
    result.errors.forEach((e) => problems.add(e));
    return null;
  }
  const index = result.data;
  index.plans.forEach((p, i) => {
    if (!planAt.has(p.id)) report(part, ['plans', i, 'id'], `plan "${p.id}" is not in this pack`);
  });
  for (const code of Object.keys(index.byRegion)) {
    if (!knownRegion(regions, code))
      report(part, ['byRegion', code], `unknown region code "${code}" (not in this pack's boundaries nor the built-in regions)`);
    index.byRegion[code].forEach((entry, i) => {
      if (!planAt.has(entry.plan)) report(part, ['byRegion', code, i, 'plan'], `plan "${entry.plan}" is not in this pack`);
    });
  }
  return index;
}

interface BriefingContext {
  regions: Regions;
  plans: Plan[];
  planAt: Map<string, Part>;
  taxonomyIds: Set<string> | undefined;
  options: PackOptions;
}

/** The same checks as the shipped briefings, against the pack's and the built-in plans and regions. */
function checkBriefings(briefingParts: Part[], problems: Problems, report: Report, context: BriefingContext): Briefing[] {
  const { regions, plans, planAt, taxonomyIds, options } = context;
  const briefings: Briefing[] = [];
  const refs = {
    plans: [...(options.builtInPlans ?? []).filter((p) => !planAt.has(p.id)), ...plans],
    regionCodes: new Set([...regions.builtIn, ...regions.packCodes.keys()]),
    regionSource: "this pack's boundaries nor the built-in regions",
    categoryIds: taxonomyIds,
  };
  const shipped = new Set(options.briefingIds ?? []);
  const briefingAt = new Map<string, Part>();
  for (const part of briefingParts) {
    const result = rebased(part, (file, json) => validateBriefing(file, json, refs));
    if (!result.ok) {
      result.errors.forEach((e) => problems.add(e));
      continue;
    }
    const b = result.data;
    const first = briefingAt.get(b.id);
    if (first)
      report(
        part,
        ['id'],
        `duplicate briefing id "${b.id}" (also in ${first.file}${first.base.length ? ` at ${formatPath(first.base)}` : ''})`,
      );
    else if (shipped.has(b.id)) report(part, ['id'], `briefing id "${b.id}" is already shipped; expected a new id`);
    else briefingAt.set(b.id, part);
    briefings.push(b);
  }
  return briefings;
}
