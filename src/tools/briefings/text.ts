/** Bilingual text helpers of the briefings: joining, lists, quotes and the sentences every step uses. */
import type { LayoutElement, Plan, Source, Target } from '../../data/planSchema';
import { ROLES, TIERS, textIn, type LocalText, type Role, type Tier } from '../../data/planVocabulary';
import { glossedQuote, type RenderingLookup } from '../../data/quoteRendering';
import { layoutStrings } from '../../i18n/layoutStrings';
import { formatTargetShort, formatTargetText } from '../../ui/formatValue';
import type { Lang, Text } from './input';

export const text = (zh: string, en: string): Text => ({ zh, en });
/** Sentences joined per language (Chinese without spaces). */
export const join = (parts: (Text | null | undefined | false)[]): Text => {
  const kept = parts.filter((p): p is Text => !!p && p.zh !== '' && p.en !== '');
  return { zh: kept.map((p) => p.zh).join(''), en: kept.map((p) => p.en).join(' ') };
};
export function list(items: readonly string[], lang: Lang): string {
  if (lang === 'zh') return items.join('、');
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
export const names = (items: readonly Text[]): Text =>
  text(
    list(
      items.map((i) => i.zh),
      'zh',
    ),
    list(
      items.map((i) => i.en),
      'en',
    ),
  );
export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** An explanatory text of the data (reason, formula, note) in one language; a plain string as written. */
export const local = (t: LocalText | undefined, lang: Lang) => (t === undefined ? '' : textIn(t, lang));
export const unique = <T>(items: T[]) => [...new Set(items)];

/** Quote renderings of the run in progress (set by buildBriefings for its duration). */
const noRenderings: RenderingLookup = () => undefined;
let renderings: RenderingLookup = noRenderings;

export function withRenderings<T>(lookup: RenderingLookup, build: () => T): T {
  renderings = lookup;
  try {
    return build();
  } finally {
    renderings = noRenderings;
  }
}

/**
 * A quote as the notes of `lang` give it: the verbatim (garbled spans glossed in brackets) when the
 * document is in that language, else the app's rendering. A missing rendering stops the build: the
 * shipped renderings cover every quote (tests/data/renderings.test.ts).
 */
function quoted(s: Source, lang: Lang): string {
  const r = renderings(s.doc, s.quote);
  if (s.lang === lang) return `«${glossedQuote(s.quote, r?.glosses, lang)}»`;
  if (!r)
    throw new Error(
      `${s.doc}: no rendering of «${s.quote}» into ${lang}: add it to public/data/sources/renderings/${s.doc.replace(/\.txt$/, '.json')}`,
    );
  return `«${r.text}»`;
}
const translated = (s: Source, lang: Lang) => s.lang !== lang;
/** One quote, labelled: 原文：«…» or 译文：«…» in Chinese; «…» or «…» (our translation) in English. */
export function cite(s: Source, lang: Lang): string {
  if (lang === 'zh') return `${translated(s, lang) ? '译文' : '原文'}：${quoted(s, lang)}`;
  return translated(s, lang) ? `${quoted(s, lang)} (our translation)` : quoted(s, lang);
}
/** Several quotes (of one document) after one label: 原文：/译文：«…» «…»; Quote: / Quote (our translation): «…» «…». */
export function citeAll(sources: readonly Source[], lang: Lang): string {
  const parts = [false, true].flatMap((t) => {
    const these = unique(sources.filter((s) => translated(s, lang) === t).map((s) => quoted(s, lang)));
    if (these.length === 0) return [];
    const label = lang === 'zh' ? (t ? '译文：' : '原文：') : t ? 'Quote (our translation): ' : 'Quote: ';
    return [`${label}${these.join(' ')}`];
  });
  return parts.join(lang === 'zh' ? '' : ' ');
}

export function statusNote(s: Source): Text | null {
  if (s.status === 'derived') return text(`（推算：${local(s.formula, 'zh')}）`, `(derived: ${local(s.formula, 'en')})`);
  if (s.status === 'interpretation')
    return text('（解读，非原文表述）', `(an interpretation, not the document’s word: ${local(s.reason, 'en')})`);
  return null;
}

export const DOC_KIND: Record<Plan['docKind'], Text> = {
  'policy-interpretation': text('官方政策解读', 'an official interpretation of the plan'),
  'press-report': text('新闻报道', 'a press report on the plan'),
};

export const kindName = (kind: LayoutElement['kind']): Text => layoutStrings[`layout.kind.${kind}`];
export const tierName = (tier: Tier): Text => TIERS[tier];
export const roleName = (role: Role): Text => ROLES[role];

export function targetSentence(t: Target): Text {
  const value = { ...t, countOf: t.countOf };
  return join([
    text(`${t.label.zh}：${formatTargetText(value, 'zh')}`, `${t.label.en}: ${formatTargetText(value, 'en')}`),
    statusNote(t.source),
    text(`（${cite(t.source, 'zh')}）。`, `— ${cite(t.source, 'en')}.`),
  ]);
}

const DISCREPANCY_ZH: Record<Plan['discrepancies'][number]['kind'], string> = {
  'sum-mismatch': '原文各项之和与所述总数不符，均按原文保留',
  'count-vs-listed': '原文所述数量与列出的项数不符，均按原文保留',
  'ambiguous-count': '原文数量表述有歧义，按原文保留',
};

export function discrepancySentence(d: Plan['discrepancies'][number]): Text {
  const figures = d.figures.map((f) => `${f.value}（${cite(f.source, 'zh')}）`).join(' / ');
  // A plain-string description is English only: the Chinese sentence then gives the kind and the figures alone.
  const what = typeof d.what === 'string' ? '' : d.what.zh;
  return text(
    `${DISCREPANCY_ZH[d.kind]}：${what}${figures}。`,
    `A discrepancy in the text, figures kept as written: ${local(d.what, 'en')}`,
  );
}

/** A count that describes the plan (not a goal): value without comparator wording. */
export function structureSentence(t: Target): Text {
  const value = { ...t, countOf: t.countOf };
  return text(
    `${t.label.zh}：${formatTargetShort(value, 'zh')}（${cite(t.source, 'zh')}）。`,
    `${t.label.en}: ${formatTargetShort(value, 'en')} — ${cite(t.source, 'en')}.`,
  );
}
