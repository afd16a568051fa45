/**
 * Bilingual formatting of plan figures: number + unit, comparator, target year.
 * Pure. Chinese money is shown in 亿元 / 万亿元 (万元 / 元 for small sums), English money in
 * billion / trillion yuan (million yuan / yuan for small sums). Never changes what a figure
 * says, only how it is written: 17,000 亿元 and 1.7 万亿元 are the same number.
 */
import type { Lang } from '../i18n/strings';
import type { Comparator, UnitId } from '../data/planSchema';
import { COUNTS, UNITS, type CountKind } from '../data/planVocabulary';
import { numberFormat } from './format';

/** What a count counts (the plan vocabulary's count kinds). */
export type CountOf = CountKind;

/** Rounds away binary noise (0.1 × 3) and formats with grouping. */
export function formatNumber(value: number, lang: Lang, maxFractionDigits = 2): string {
  const rounded = Number(value.toPrecision(12));
  return numberFormat(lang, maxFractionDigits).format(rounded);
}

/** A money amount in yuan, in the largest readable unit of the language. */
export function formatYuan(yuan: number, lang: Lang): string {
  const abs = Math.abs(yuan);
  if (lang === 'zh') {
    if (abs >= 1e12) return `${formatNumber(yuan / 1e12, lang)}万亿元`;
    if (abs >= 1e8) return `${formatNumber(yuan / 1e8, lang)}亿元`;
    if (abs >= 1e4) return `${formatNumber(yuan / 1e4, lang)}万元`;
    return `${formatNumber(yuan, lang)}元`;
  }
  if (abs >= 1e12) return `${formatNumber(yuan / 1e12, lang)} trillion yuan`;
  if (abs >= 1e9) return `${formatNumber(yuan / 1e9, lang)} billion yuan`;
  if (abs >= 1e6) return `${formatNumber(yuan / 1e6, lang)} million yuan`;
  return `${formatNumber(yuan, lang)} yuan`;
}

/** Yuan per mu, Chinese in 万元/亩 from 10,000 up, English in (million) yuan per mu. */
export function formatYuanPerMu(yuanPerMu: number, lang: Lang): string {
  const abs = Math.abs(yuanPerMu);
  if (lang === 'zh') {
    if (abs >= 1e4) return `${formatNumber(yuanPerMu / 1e4, lang)}万元/亩`;
    return `${formatNumber(yuanPerMu, lang)}元/亩`;
  }
  if (abs >= 1e6) return `${formatNumber(yuanPerMu / 1e6, lang)} million yuan per mu`;
  return `${formatNumber(yuanPerMu, lang)} yuan per mu`;
}

/** The Chinese count word of a count, as written after the number: 家, 项, 章, 个方面; 个 when the thing is not given. */
export function countWord(countOf: CountOf | undefined): string {
  if (!countOf) return UNITS.count.zh;
  const c: { measure: string; zh: string; withNoun?: boolean } = COUNTS[countOf];
  return c.withNoun ? `${c.measure}${c.zh}` : c.measure;
}

/** A value with its unit, e.g. 730亿元 / 73 billion yuan, 18.7%, 1,000家 / 1,000 enterprises. */
export function formatValue(value: number, unit: UnitId, lang: Lang, countOf?: CountOf): string {
  const def = UNITS[unit];
  switch (def.group) {
    case 'money':
      return formatYuan(value * def.factor, lang);
    case 'intensity':
      return formatYuanPerMu(value * def.factor, lang);
    case 'share':
      if (unit === 'percent') return `${formatNumber(value, lang)}%`;
      return lang === 'zh'
        ? `${formatNumber(value, lang)}个百分点`
        : `${formatNumber(value, lang)} ${value === 1 ? 'percentage point' : 'percentage points'}`;
    case 'multiple':
      return lang === 'zh' ? `${formatNumber(value, lang)}倍` : `${formatNumber(value, lang)} times`;
    case 'count': {
      const n = formatNumber(value, lang);
      if (lang === 'zh') return `${n}${countWord(countOf)}`;
      if (!countOf) return n;
      const [one, many] = COUNTS[countOf].en;
      return `${n} ${value === 1 ? one : many}`;
    }
  }
}

/** Just the unit name, e.g. for chart axes. */
export function unitName(unit: UnitId, lang: Lang): string {
  return UNITS[unit][lang];
}

const COMPARATOR_SYMBOL: Record<Comparator, Record<Lang, string>> = {
  'at-least': { zh: '≥', en: '≥' },
  'more-than': { zh: '>', en: '>' },
  reach: { zh: '', en: '' },
  about: { zh: '约', en: '≈' },
};

const COMPARATOR_WORD: Record<Comparator, Record<Lang, string>> = {
  'at-least': { zh: '不低于', en: 'at least' },
  'more-than': { zh: '超过', en: 'more than' },
  reach: { zh: '达到', en: 'reach' },
  about: { zh: '约', en: 'about' },
};

/** Comparator as a short symbol (≥ > 约/≈, nothing for "reach") or a word. */
export function formatComparator(c: Comparator, lang: Lang, style: 'symbol' | 'word' = 'word'): string {
  return (style === 'symbol' ? COMPARATOR_SYMBOL : COMPARATOR_WORD)[c][lang];
}

/** Target year: 2025年 / by 2025. */
export function formatYear(year: number, lang: Lang): string {
  return lang === 'zh' ? `${year}年` : `by ${year}`;
}

export interface TargetLike {
  value: number;
  unit: UnitId;
  comparator: Comparator;
  year: number | null;
  countOf?: CountOf;
}

/** Short form for chart labels: "≥1.7万亿元 · 2025年" / "≥1.7 trillion yuan · by 2025". */
export function formatTargetShort(t: TargetLike, lang: Lang): string {
  const symbol = formatComparator(t.comparator, lang, 'symbol');
  const sep = symbol && lang === 'en' && symbol !== '≈' ? ' ' : '';
  const main = `${symbol}${sep}${formatValue(t.value, t.unit, lang, t.countOf)}`;
  return t.year === null ? main : `${main} · ${formatYear(t.year, lang)}`;
}

/** Sentence form: "到2025年不低于1.7万亿元" / "at least 1.7 trillion yuan by 2025". */
export function formatTargetText(t: TargetLike, lang: Lang): string {
  const word = formatComparator(t.comparator, lang, 'word');
  const value = formatValue(t.value, t.unit, lang, t.countOf);
  if (lang === 'zh') return `${t.year === null ? '' : `到${t.year}年`}${word}${value}`;
  return `${word} ${value}${t.year === null ? '' : ` ${formatYear(t.year, lang)}`}`;
}

/** What a count counts, as a plural noun: 企业 / enterprises. */
export function countNoun(countOf: CountOf, lang: Lang): string {
  return lang === 'zh' ? COUNTS[countOf].zh : COUNTS[countOf].en[1];
}
