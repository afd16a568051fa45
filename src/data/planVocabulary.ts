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

/**
 * What a count counts, so count charts compare like with like, and how it is written. The Chinese count
 * word (量词) comes from the thing counted, as the documents write it: 企业技术中心500家, 350个基地, 15项指标,
 * 共六章 (the audit checks it against every Chinese quote that puts a count word after its number).
 * `zh` is the noun (chart titles: 企业); `withNoun` writes it after the count word in a value (5个方面);
 * `en` is the English noun, singular and plural.
 */
export const COUNTS = {
  enterprise: { measure: '家', zh: '企业', en: ['enterprise', 'enterprises'] },
  centre: { measure: '家', zh: '中心', en: ['centre', 'centres'] },
  industry: { measure: '个', zh: '产业', en: ['industry', 'industries'] },
  'industrial-chain': { measure: '条', zh: '产业链', en: ['industrial chain', 'industrial chains'] },
  cluster: { measure: '个', zh: '产业集群', en: ['cluster', 'clusters'] },
  base: { measure: '个', zh: '基地', en: ['base', 'bases'] },
  'development-zone': { measure: '个', zh: '开发区', en: ['development zone', 'development zones'] },
  indicator: { measure: '项', zh: '指标', en: ['indicator', 'indicators'] },
  action: { measure: '项', zh: '行动', en: ['action', 'actions'] },
  task: { measure: '项', zh: '任务', en: ['task', 'tasks'] },
  measure: { measure: '项', zh: '措施', en: ['measure', 'measures'] },
  strategy: { measure: '项', zh: '策略', en: ['strategy', 'strategies'] },
  plan: { measure: '个', zh: '规划', en: ['plan', 'plans'] },
  'plan-part': { measure: '个', zh: '规划组成部分', en: ['part', 'parts'] },
  section: { measure: '个', zh: '板块', en: ['section', 'sections'] },
  chapter: { measure: '章', zh: '章', en: ['chapter', 'chapters'] },
  aspect: { measure: '个', zh: '方面', en: ['aspect', 'aspects'], withNoun: true },
  field: { measure: '个', zh: '领域', en: ['field', 'fields'], withNoun: true },
  /** the items of a numbered slogan (“六个回归”, “十个围绕”): the label names them */
  item: { measure: '个', zh: '条目', en: ['item', 'items'] },
  'layout-element': { measure: '个', zh: '布局要素', en: ['layout element', 'layout elements'] },
} as const satisfies Record<string, { measure: string; zh: string; en: readonly [string, string]; withNoun?: boolean }>;
export type CountKind = keyof typeof COUNTS;
export const COUNT_KINDS = Object.keys(COUNTS) as [CountKind, ...CountKind[]];

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
