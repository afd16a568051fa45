/**
 * Validation of the plan data files. Pure: takes parsed JSON (unknown) plus the file name
 * used in messages, returns either the typed data or a list of errors of the form
 *   public/data/plans/hebei-2022.json: targets[3].value: expected number, got string
 */
import type { z } from 'zod';
import {
  plan as planSchema,
  planIndex as planIndexSchema,
  taxonomy as taxonomySchema,
  UNITS,
  type Plan,
  type PlanIndex,
  type Taxonomy,
} from './planSchema';

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: string[] };

type PathKey = PropertyKey;

export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key as string];
  }
  return cur;
}

function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'invalid_type') {
    return `expected ${issue.expected}, got ${describe(valueAt(input, issue.path))}`;
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(' | ');
    return `expected one of ${allowed}, got ${JSON.stringify(valueAt(input, issue.path))}`;
  }
  if (issue.code === 'unrecognized_keys') return `unexpected key(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

/** Parses `json` with a zod schema; every issue becomes "file: field.path: what was expected". */
export function validateWith<T>(schema: z.ZodType<T>, file: string, json: unknown): Validated<T> {
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${file}: ${formatPath(issue.path)}: ${issueMessage(issue, json)}`),
  };
}

export function validatePlan(file: string, json: unknown): Validated<Plan> {
  const parsed = validateWith(planSchema, file, json);
  if (!parsed.ok) return parsed;
  const refErrors = checkPlanRefs(file, parsed.data);
  return refErrors.length ? { ok: false, errors: refErrors } : parsed;
}

export function validateTaxonomy(file: string, json: unknown): Validated<Taxonomy> {
  const parsed = validateWith(taxonomySchema, file, json);
  if (!parsed.ok) return parsed;
  const errors = duplicates(parsed.data.categories.map((c) => c.id)).map((id) => `${file}: categories: duplicate id "${id}"`);
  return errors.length ? { ok: false, errors } : parsed;
}

export function validatePlanIndex(file: string, json: unknown): Validated<PlanIndex> {
  return validateWith(planIndexSchema, file, json);
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Every id a plan defines (targets, industries, groups, layout, task lists and items, discrepancies). */
export function planIds(p: Plan): string[] {
  return [
    ...p.targets.map((t) => t.id),
    ...p.industries.map((i) => i.id),
    ...p.industryGroups.map((g) => g.id),
    ...p.layout.map((e) => e.id),
    ...p.tasks.flatMap((t) => [t.id, ...t.items.map((i) => i.id)]),
    ...p.discrepancies.map((d) => d.id),
  ];
}

/**
 * Referential checks inside one plan: unique ids, industries/groups/targets referenced exist,
 * unit group matches the unit, member status matches its source, sources belong to the plan's
 * document. Optionally checks taxonomy ids.
 */
export function checkPlanRefs(file: string, p: Plan, taxonomyIds?: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const err = (path: string, msg: string) => errors.push(`${file}: ${path}: ${msg}`);
  for (const id of duplicates(planIds(p))) err('(ids)', `duplicate id "${id}"`);

  const industryIds = new Set(p.industries.map((i) => i.id));
  const groupIds = new Set(p.industryGroups.map((g) => g.id));
  const targetIds = new Set(p.targets.map((t) => t.id));
  const layoutIds = new Set(p.layout.map((e) => e.id));
  const all = new Set(planIds(p));

  p.targets.forEach((t, i) => {
    if (UNITS[t.unit].group !== t.group)
      err(`targets[${i}].group`, `unit ${t.unit} belongs to group ${UNITS[t.unit].group}, not ${t.group}`);
    t.industries?.forEach((id, k) => {
      if (!industryIds.has(id)) err(`targets[${i}].industries[${k}]`, `unknown industry "${id}"`);
    });
    if (t.partOf) {
      if (!targetIds.has(t.partOf.target)) err(`targets[${i}].partOf.target`, `unknown target "${t.partOf.target}"`);
      if (t.partOf.industry && !industryIds.has(t.partOf.industry))
        err(`targets[${i}].partOf.industry`, `unknown industry "${t.partOf.industry}"`);
    }
  });
  p.industries.forEach((ind, i) => {
    if (ind.parent && !industryIds.has(ind.parent)) err(`industries[${i}].parent`, `unknown industry "${ind.parent}"`);
    ind.groups.forEach((g, k) => {
      if (!groupIds.has(g.group)) err(`industries[${i}].groups[${k}].group`, `unknown group "${g.group}"`);
      if (g.status !== g.source.status) err(`industries[${i}].groups[${k}].status`, `differs from its source status ${g.source.status}`);
    });
    ind.roles.forEach((r, k) => {
      if (r.context && !layoutIds.has(r.context)) err(`industries[${i}].roles[${k}].context`, `unknown layout element "${r.context}"`);
    });
    ind.hostRegions?.forEach((m, k) => {
      if (m.status !== m.source.status)
        err(`industries[${i}].hostRegions[${k}].status`, `differs from its source status ${m.source.status}`);
    });
    if (taxonomyIds)
      ind.taxonomy.forEach((t, k) => {
        if (!taxonomyIds.has(t)) err(`industries[${i}].taxonomy[${k}]`, `unknown taxonomy category "${t}"`);
      });
  });
  p.layout.forEach((e, i) => {
    e.industries.forEach((id, k) => {
      if (!industryIds.has(id)) err(`layout[${i}].industries[${k}]`, `unknown industry "${id}"`);
    });
    if (e.pattern && !layoutIds.has(e.pattern)) err(`layout[${i}].pattern`, `unknown layout element "${e.pattern}"`);
    e.members.forEach((m, k) => {
      if (m.status !== m.source.status) err(`layout[${i}].members[${k}].status`, `differs from its source status ${m.source.status}`);
      if (m.status === 'interpretation' && !m.reason) err(`layout[${i}].members[${k}].reason`, 'an interpretation needs a reason');
    });
  });
  p.discrepancies.forEach((d, i) => {
    d.refs.forEach((r, k) => {
      if (!all.has(r)) err(`discrepancies[${i}].refs[${k}]`, `unknown id "${r}"`);
    });
  });
  // Every source in the plan must cite the plan's own document.
  walkSources(p, (s, path) => {
    if (s.doc !== p.doc) err(path, `cites ${s.doc}, but this plan's document is ${p.doc}`);
  });
  return errors;
}

export type SourceLike = { doc: string; quote: string; status: string; lang: string; formula?: string; reason?: string };

function isSource(v: unknown): v is SourceLike {
  return !!v && typeof v === 'object' && typeof (v as SourceLike).doc === 'string' && typeof (v as SourceLike).quote === 'string';
}

/** Visit every `source` object in a JSON value, with its path. */
export function walkSources(value: unknown, visit: (s: SourceLike, path: string) => void, path: PathKey[] = []): void {
  if (isSource(value)) {
    visit(value, formatPath(path));
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => walkSources(v, visit, [...path, i]));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkSources(v, visit, [...path, k]);
}
