/**
 * Schema for the industrial-plan data in public/data/ (taxonomy.json, plans/<id>.json,
 * plans/index.json). Every fact carries a `source` pointing at a seed document and a
 * verbatim clause from it; the UI can show the clause and its status next to the figure.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------
// Shared bits

export const adminCode = z.string().regex(/^\d{6}$/, 'a 6-digit GB/T 2260 admin code');

export const bilingual = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingual>;

/** stated = the document says it; derived = computed from stated figures (formula given);
 *  interpretation = our reading, not the document's word (reason given). */
export const SOURCE_STATUSES = ['stated', 'derived', 'interpretation'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export const source = z
  .object({
    doc: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'a seed file name such as 000_19444a5c5371e155.txt'),
    quote: z.string().min(2).max(400),
    lang: z.enum(['en', 'zh']),
    status: z.enum(SOURCE_STATUSES),
    formula: z.string().min(1).optional(),
    reason: z.string().min(1).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.status === 'derived' && !s.formula)
      ctx.addIssue({ code: 'custom', path: ['formula'], message: 'a derived source needs a formula' });
    if (s.status === 'interpretation' && !s.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'an interpretation needs a reason' });
  });
export type Source = z.infer<typeof source>;

// ---------------------------------------------------------------------------
// Units: defined once, bilingually, with the chart group they belong to and a factor to
// the group's base unit (yuan for money, yuan per mu for intensity, 1 for the others).

export const UNIT_GROUPS = ['money', 'intensity', 'share', 'count', 'multiple'] as const;
export type UnitGroup = (typeof UNIT_GROUPS)[number];

export const UNITS = {
  yuan: { zh: '元', en: 'yuan', group: 'money', factor: 1 },
  '10k-yuan': { zh: '万元', en: '10,000 yuan', group: 'money', factor: 1e4 },
  '100m-yuan': { zh: '亿元', en: '100 million yuan', group: 'money', factor: 1e8 },
  'billion-yuan': { zh: '十亿元', en: 'billion yuan', group: 'money', factor: 1e9 },
  'trillion-yuan': { zh: '万亿元', en: 'trillion yuan', group: 'money', factor: 1e12 },
  'yuan-per-mu': { zh: '元/亩', en: 'yuan per mu', group: 'intensity', factor: 1 },
  'million-yuan-per-mu': { zh: '百万元/亩', en: 'million yuan per mu', group: 'intensity', factor: 1e6 },
  percent: { zh: '%', en: 'percent', group: 'share', factor: 1 },
  'percentage-point': { zh: '个百分点', en: 'percentage points', group: 'share', factor: 1 },
  count: { zh: '个', en: 'count', group: 'count', factor: 1 },
  multiple: { zh: '倍', en: 'times', group: 'multiple', factor: 1 },
} as const satisfies Record<string, { zh: string; en: string; group: UnitGroup; factor: number }>;
export type UnitId = keyof typeof UNITS;
export const unitId = z.enum(Object.keys(UNITS) as [UnitId, ...UnitId[]]);

/** What a count counts, so count charts compare like with like. */
export const COUNT_KINDS = [
  'enterprise',
  'industry',
  'industrial-chain',
  'cluster',
  'base',
  'development-zone',
  'indicator',
  'action',
  'task',
  'measure',
  'plan-part',
  'aspect',
  'field',
  'centre',
  'layout-element',
] as const;
export const countKind = z.enum(COUNT_KINDS);

export const COMPARATORS = {
  'at-least': { zh: '以上/至少', en: 'at least' },
  'more-than': { zh: '超过', en: 'more than / exceed' },
  reach: { zh: '达到', en: 'reach' },
  about: { zh: '约', en: 'about' },
} as const;
export type Comparator = keyof typeof COMPARATORS;
export const comparator = z.enum(Object.keys(COMPARATORS) as [Comparator, ...Comparator[]]);

export const TIERS = {
  trillion: { zh: '万亿级', en: 'trillion-yuan level' },
  '100-billion': { zh: '千亿级', en: '100-billion-yuan level' },
  '50-billion': { zh: '500亿级', en: '50-billion-yuan level' },
  '10-billion': { zh: '百亿级', en: '10-billion-yuan level' },
} as const;
export type Tier = keyof typeof TIERS;
export const tier = z.enum(Object.keys(TIERS) as [Tier, ...Tier[]]);

export const ROLES = {
  pillar: { zh: '支柱产业', en: 'pillar' },
  'traditional-advantage': { zh: '传统优势产业', en: 'traditional advantage' },
  'strategic-emerging': { zh: '战略性新兴产业', en: 'strategic emerging' },
  'high-potential': { zh: '高潜力产业', en: 'high-potential' },
  future: { zh: '未来产业', en: 'future' },
  characteristic: { zh: '特色产业', en: 'characteristic' },
  'leading-cluster': { zh: '主导产业集群', en: 'leading cluster' },
  basic: { zh: '基础产业', en: 'basic' },
  advantageous: { zh: '优势产业', en: 'advantageous' },
  'emerging-service': { zh: '新兴服务业', en: 'emerging service' },
  'modern-industrial-system': { zh: '现代化工业体系组成产业', en: 'part of the modern industrial system' },
} as const;
export type Role = keyof typeof ROLES;
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
        note: z.string().optional(),
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
  reason: z.string().min(1).optional(),
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
  baseline: z
    .object({ value: z.number(), unit: unitId, year: z.number().int().nullable(), source })
    .optional(),
  rate: z
    .object({ value: z.number(), unit: unitId, per: z.enum(['year']), source })
    .optional(),
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
  note: z.string().optional(),
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
  groups: z.array(
    z.object({ group: z.string(), status: z.enum(SOURCE_STATUSES), reason: z.string().optional(), source }),
  ),
  /** where the industry sits, when the plan (or our reading) places it */
  hostRegions: z.array(member).optional(),
  note: z.string().optional(),
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

export const LAYOUT_KINDS = [
  'core',
  'pole',
  'zone',
  'belt',
  'corridor',
  'cluster',
  'base',
  'platform',
  'pilot-area',
  'area',
  'pattern',
  'highland',
] as const;
export type LayoutKind = (typeof LAYOUT_KINDS)[number];

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
  note: z.string().optional(),
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
  what: z.string().min(1),
  kind: z.enum(['sum-mismatch', 'count-vs-listed', 'ambiguous-count']),
  /** the numbers as written, each with its quote */
  figures: z
    .array(z.object({ label: z.string(), value: z.number(), source }))
    .min(1),
  /** ids of targets/task lists/industries involved */
  refs: z.array(z.string()),
  note: z.string().optional(),
});
export type Discrepancy = z.infer<typeof discrepancy>;

const sourced = <T extends z.ZodTypeAny>(value: T) => z.object({ value, source });

export const PLAN_KINDS = {
  '14th-fyp': { zh: '“十四五”规划', en: '14th Five-Year Plan' },
  'action-plan': { zh: '行动方案', en: 'action plan' },
  'implementation-opinion': { zh: '实施意见', en: 'implementation opinion' },
} as const;
export type PlanKind = keyof typeof PLAN_KINDS;

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
  notes: z.array(z.string()),
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
