/**
 * Schema for the industrial-plan data in public/data/ (taxonomy.json, plans/<id>.json,
 * plans/index.json). Every fact carries a `source` pointing at a seed document and a
 * verbatim clause from it; the UI can show the clause and its status next to the figure.
 */
import { z } from 'zod';
import {
  COMPARATORS,
  COUNT_KINDS,
  PLAN_KINDS,
  UNIT_GROUPS,
  LAYOUT_KINDS,
  ROLES,
  SOURCE_STATUSES,
  TIERS,
  UNITS,
  type Comparator,
  type PlanKind,
  type Role,
  type Tier,
  type UnitId,
} from './planVocabulary';

export * from './planVocabulary';

// ---------------------------------------------------------------------------
// Shared bits

export const adminCode = z.string().regex(/^\d{6}$/, 'a 6-digit GB/T 2260 admin code');

export const bilingual = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingual>;

/** A reason, note, formula or discrepancy text: bilingual, or (in a user's pack) one plain string. */
export const localText = z.union([z.string().min(1), bilingual]);

export const source = z
  .object({
    doc: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'a seed file name such as 000_19444a5c5371e155.txt'),
    quote: z.string().min(2).max(400),
    lang: z.enum(['en', 'zh']),
    status: z.enum(SOURCE_STATUSES),
    formula: localText.optional(),
    reason: localText.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.status === 'derived' && !s.formula)
      ctx.addIssue({ code: 'custom', path: ['formula'], message: 'a derived source needs a formula' });
    if (s.status === 'interpretation' && !s.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'an interpretation needs a reason' });
  });
export type Source = z.infer<typeof source>;

// ---------------------------------------------------------------------------
// Vocabularies (tables in planVocabulary.ts)

export const unitId = z.enum(Object.keys(UNITS) as [UnitId, ...UnitId[]]);
export const countKind = z.enum(COUNT_KINDS);
export const comparator = z.enum(Object.keys(COMPARATORS) as [Comparator, ...Comparator[]]);
export const tier = z.enum(Object.keys(TIERS) as [Tier, ...Tier[]]);
export const role = z.enum(Object.keys(ROLES) as [Role, ...Role[]]);

// ---------------------------------------------------------------------------
// Taxonomy

export const taxonomyCategory = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: bilingual,
  /** Which classification the category is based on, with its codes. */
  basis: z
    .array(
      z.object({
        standard: z.enum(['SEI-2018', 'GB/T-4754-2017']),
        codes: z.array(z.string().min(1)).min(1),
        note: localText.optional(),
      }),
    )
    .min(1),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  description: bilingual.optional(),
});
export type TaxonomyCategory = z.infer<typeof taxonomyCategory>;

export const taxonomy = z.object({
  version: z.literal(1),
  standards: z.record(z.string(), bilingual),
  categories: z.array(taxonomyCategory).min(12).max(20),
});
export type Taxonomy = z.infer<typeof taxonomy>;

// ---------------------------------------------------------------------------
// Plan parts

export const member = z.object({
  code: adminCode,
  status: z.enum(SOURCE_STATUSES),
  reason: localText.optional(),
  source: source,
});
export type Member = z.infer<typeof member>;

export const target = z.object({
  id: z.string().min(1),
  label: bilingual,
  /** goal = something to reach by `year`; structure = a count describing the plan itself
   *  (number of indicators, actions, chapters …). */
  kind: z.enum(['goal', 'structure']),
  value: z.number(),
  unit: unitId,
  comparator: comparator,
  year: z.number().int().min(2000).max(2100).nullable(),
  group: z.enum(UNIT_GROUPS),
  countOf: countKind.optional(),
  regionCode: adminCode,
  industries: z.array(z.string()).optional(),
  baseline: z.object({ value: z.number(), unit: unitId, year: z.number().int().nullable(), source }).optional(),
  rate: z.object({ value: z.number(), unit: unitId, per: z.enum(['year']), source }).optional(),
  /** A part of another target's total (e.g. clusters by size or by industry). */
  partOf: z
    .object({
      target: z.string(),
      by: z.enum(['size', 'industry']),
      /** industry id (by industry) */
      industry: z.string().optional(),
      /** output threshold of the size class (by size) */
      threshold: z.object({ value: z.number(), unit: unitId, comparator }).optional(),
    })
    .optional(),
  note: localText.optional(),
  source,
});
export type Target = z.infer<typeof target>;

export const industry = z.object({
  id: z.string().min(1),
  name: bilingual,
  taxonomy: z.array(z.string()).min(1),
  /** a broader industry in the same plan this one is a field of */
  parent: z.string().optional(),
  tier: z.object({ level: tier, source }).optional(),
  roles: z.array(z.object({ role, source, context: z.string().optional() })),
  groups: z.array(z.object({ group: z.string(), status: z.enum(SOURCE_STATUSES), reason: localText.optional(), source })),
  /** where the industry sits, when the plan (or our reading) places it */
  hostRegions: z.array(member).optional(),
  note: localText.optional(),
  source,
});
export type Industry = z.infer<typeof industry>;

export const industryGroup = z.object({
  id: z.string().min(1),
  /** e.g. Hebei "4+4+3+N", Lishui five clusters, Jilin 2013 cluster-count classes */
  system: bilingual,
  name: bilingual,
  /** stated number of members, null when open ("N") */
  count: z.number().int().nullable(),
  source,
});
export type IndustryGroup = z.infer<typeof industryGroup>;

export const layoutElement = z.object({
  id: z.string().min(1),
  kind: z.enum(LAYOUT_KINDS),
  name: bilingual,
  /** the function the text gives the element when it names no listed industry */
  theme: bilingual.optional(),
  /** pattern the element belongs to, e.g. Hebei "one core, two poles, four zones, multiple clusters" */
  pattern: z.string().optional(),
  industries: z.array(z.string()),
  /** ordered for belts/corridors: the line runs through the members in this order */
  members: z.array(member),
  note: localText.optional(),
  source,
});
export type LayoutElement = z.infer<typeof layoutElement>;

export const taskList = z.object({
  id: z.string().min(1),
  kind: z.enum([
    'key-tasks',
    'special-actions',
    'main-tasks',
    'policy-measures',
    'safeguard-measures',
    'methods',
    'principles',
    'major-projects',
  ]),
  name: bilingual,
  /** count as stated by the document; null when it gives none */
  count: z.number().int().nullable(),
  /** false when the document lists only some items ("等", "etc.") or none */
  itemsComplete: z.boolean(),
  items: z.array(z.object({ id: z.string(), name: bilingual, source })),
  source,
});
export type TaskList = z.infer<typeof taskList>;

export const discrepancy = z.object({
  id: z.string().min(1),
  what: localText,
  kind: z.enum(['sum-mismatch', 'count-vs-listed', 'ambiguous-count']),
  /** the numbers as written, each with its quote */
  figures: z.array(z.object({ label: localText, value: z.number(), source })).min(1),
  /** ids of targets/task lists/industries involved */
  refs: z.array(z.string()),
  note: localText.optional(),
});
export type Discrepancy = z.infer<typeof discrepancy>;

const sourced = <T extends z.ZodTypeAny>(value: T) => z.object({ value, source });

export const plan = z.object({
  schema: z.literal('plan/1'),
  id: z.string().regex(/^[a-z0-9-]+$/),
  doc: z.string(),
  /** what the seed text itself is */
  docKind: z.enum(['policy-interpretation', 'press-report']),
  title: z.object({ zh: z.string(), en: z.string(), source }),
  issuer: z.object({ zh: z.string(), en: z.string(), source }),
  /** ISO date or partial date, as precise as the text allows */
  date: z.object({ value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), label: bilingual, source }),
  period: z.object({ start: z.number().int(), end: z.number().int(), source }),
  region: z.object({ code: adminCode, name: bilingual, source }),
  kind: sourced(z.enum(Object.keys(PLAN_KINDS) as [PlanKind, ...PlanKind[]])),
  targets: z.array(target),
  industryGroups: z.array(industryGroup),
  industries: z.array(industry),
  layout: z.array(layoutElement),
  tasks: z.array(taskList),
  discrepancies: z.array(discrepancy),
  notes: z.array(localText),
});
export type Plan = z.infer<typeof plan>;

// ---------------------------------------------------------------------------
// Index

export const planIndex = z.object({
  schema: z.literal('plan-index/1'),
  plans: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      title: bilingual,
      period: z.object({ start: z.number().int(), end: z.number().int() }),
      regionCode: adminCode,
      kind: z.enum(Object.keys(PLAN_KINDS) as [PlanKind, ...PlanKind[]]),
    }),
  ),
  /** admin code → where that region appears, so a region's figures need no scan */
  byRegion: z.record(
    adminCode,
    z.array(
      z.object({
        plan: z.string(),
        /** plan = the plan covers this region; member = named in layout elements; host = hosts industries */
        roles: z.array(z.enum(['plan', 'member', 'host'])),
        elements: z.array(z.string()).optional(),
        industries: z.array(z.string()).optional(),
        /** taxonomy ids reachable through this region's elements/industries in the plan */
        taxonomy: z.array(z.string()),
      }),
    ),
  ),
});
export type PlanIndex = z.infer<typeof planIndex>;
