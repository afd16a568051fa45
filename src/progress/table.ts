/**
 * The progress table: its columns (the same in the .xlsx template and in CSV), and the rows a
 * template holds — one per target × region × year, from the base year to the target year. Pure.
 */
import type { Plan } from '../data/planSchema';
import type { Bilingual } from '../i18n/strings';
import type { TargetRef } from './observation';

export const COLUMNS = [
  { key: 'plan_id', zh: '规划编号', en: 'plan id', input: false },
  { key: 'target_id', zh: '指标编号', en: 'target id', input: false },
  { key: 'target_zh', zh: '指标（中文）', en: 'target (Chinese)', input: false },
  { key: 'target_en', zh: '指标（英文）', en: 'target (English)', input: false },
  { key: 'region_code', zh: '地区代码', en: 'region code', input: false },
  { key: 'region', zh: '地区', en: 'region', input: false },
  { key: 'comparator', zh: '目标类型', en: 'comparator', input: false },
  { key: 'target_value', zh: '目标值', en: 'target value', input: false },
  { key: 'target_year', zh: '目标年份', en: 'target year', input: false },
  { key: 'unit', zh: '单位', en: 'unit', input: false },
  { key: 'year', zh: '年份', en: 'year', input: false },
  { key: 'row_kind', zh: '行类型', en: 'row kind', input: false },
  { key: 'actual_value', zh: '实际值', en: 'actual value', input: true },
  { key: 'source', zh: '数据来源', en: 'source', input: true },
  { key: 'data_date', zh: '数据日期', en: 'data date', input: true },
  { key: 'responsible_unit', zh: '主责单位', en: 'responsible unit', input: true },
  { key: 'note', zh: '备注', en: 'note', input: true },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** Columns an import cannot do without. The others (names, target value …) are for the person filling it in. */
export const REQUIRED: readonly ColumnKey[] = [
  'plan_id',
  'target_id',
  'region_code',
  'year',
  'unit',
  'actual_value',
  'source',
  'data_date',
];

/** "实际值 / actual value [actual_value]": both languages for the person, the key for the importer. */
export const headerText = (c: (typeof COLUMNS)[number]) => `${c.zh} / ${c.en} [${c.key}]`;

/** The column a header cell names: its key in brackets, or the bare key. */
export function columnOfHeader(text: string): ColumnKey | null {
  const t = text.trim();
  const key = /\[([a-z_]+)\]\s*$/.exec(t)?.[1] ?? t.toLowerCase();
  return COLUMNS.find((c) => c.key === key)?.key ?? null;
}

export const FIGURES_SHEET = 'figures';
export const INSTRUCTIONS_SHEET = 'instructions';

export type TemplateRow = Record<ColumnKey, string | number | null>;

export interface TemplateScope {
  /** a plan id, or null for all */
  planId: string | null;
  /** a region code, or null for all */
  regionCode: string | null;
}

/** The goal targets a template covers (structure counts describe the plan itself and are not tracked). */
export function trackedTargets(plans: readonly Plan[], scope: TemplateScope = { planId: null, regionCode: null }) {
  return plans
    .filter((p) => scope.planId === null || p.id === scope.planId)
    .flatMap((plan) => plan.targets.filter((t) => t.kind === 'goal').map((target) => ({ plan, target })))
    .filter(({ target }) => scope.regionCode === null || target.regionCode === scope.regionCode);
}

export function targetRefs(plans: readonly Plan[]): TargetRef[] {
  return trackedTargets(plans).map(({ plan, target }) => ({
    planId: plan.id,
    targetId: target.id,
    regionCode: target.regionCode,
    unit: target.unit,
    periodStart: plan.period.start,
    periodEnd: plan.period.end,
    targetYear: target.year,
  }));
}

export function templateRows(plans: readonly Plan[], scope: TemplateScope, regionName: (code: string) => Bilingual | null): TemplateRow[] {
  const rows: TemplateRow[] = [];
  for (const { plan, target } of trackedTargets(plans, scope)) {
    const region = regionName(target.regionCode) ?? (target.regionCode === plan.region.code ? plan.region.name : null);
    const last = Math.max(plan.period.end, target.year ?? plan.period.end);
    for (let year = plan.period.start - 1; year <= last; year++) {
      rows.push({
        plan_id: plan.id,
        target_id: target.id,
        target_zh: target.label.zh,
        target_en: target.label.en,
        region_code: target.regionCode,
        region: region ? `${region.zh} / ${region.en}` : null,
        comparator: target.comparator,
        target_value: target.value,
        target_year: target.year,
        unit: target.unit,
        year,
        row_kind: year === plan.period.start - 1 ? 'baseline' : 'actual',
        actual_value: null,
        source: null,
        data_date: null,
        responsible_unit: null,
        note: null,
      });
    }
  }
  return rows;
}

/** Column letter of a 0-based column index (A … Z, AA …), as spreadsheets name them. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
