/**
 * The plan data's fixed vocabularies (units, comparators, tiers, roles, layout kinds) as plain
 * tables, bilingual where shown. Kept apart from the zod schema so the UI can label things
 * without loading the validator.
 */

/** stated = the document says it; derived = computed from stated figures (formula given);
 *  interpretation = our reading, not the document's word (reason given). */
export const SOURCE_STATUSES = ['stated', 'derived', 'interpretation'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/** Units are defined once, bilingually, with the chart group they belong to and a factor to
 *  the group's base unit (yuan for money, yuan per mu for intensity, 1 for the others). */
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

export const COMPARATORS = {
  'at-least': { zh: '以上/至少', en: 'at least' },
  'more-than': { zh: '超过', en: 'more than / exceed' },
  reach: { zh: '达到', en: 'reach' },
  about: { zh: '约', en: 'about' },
} as const;
export type Comparator = keyof typeof COMPARATORS;

export const TIERS = {
  trillion: { zh: '万亿级', en: 'trillion-yuan level' },
  '100-billion': { zh: '千亿级', en: '100-billion-yuan level' },
  '50-billion': { zh: '500亿级', en: '50-billion-yuan level' },
  '10-billion': { zh: '百亿级', en: '10-billion-yuan level' },
} as const;
export type Tier = keyof typeof TIERS;

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

export const PLAN_KINDS = {
  '14th-fyp': { zh: '“十四五”规划', en: '14th Five-Year Plan' },
  'action-plan': { zh: '行动方案', en: 'action plan' },
  'implementation-opinion': { zh: '实施意见', en: 'implementation opinion' },
} as const;
export type PlanKind = keyof typeof PLAN_KINDS;

/** An explanatory text of the data (a reason, note, formula or discrepancy): both languages in the
 *  shipped plans; a data pack may give a plain string, shown as written in either language. */
export type LocalText = string | { zh: string; en: string };

/** The text of a LocalText in the reader's language (a plain string as written). */
export function textIn(text: LocalText, lang: 'zh' | 'en'): string {
  return typeof text === 'string' ? text : text[lang];
}
