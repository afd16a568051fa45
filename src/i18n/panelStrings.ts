import type { Bilingual } from './strings';

/**
 * Strings of parts that load only with the panels, after the first map is drawn: a quote's display
 * (the app's own translation, the verbatim on request, glosses) and a plan's headline concepts.
 * Kept out of the shared table in strings.ts on purpose: that table is part of the first view,
 * which is at its size budget.
 */
export const panelStrings = {
  'quote.rendering': { zh: '译文', en: 'our translation' },
  'quote.renderingTitle': {
    zh: '本应用对引文的翻译，不是文件原文；原文是证据，可点击“显示原文”查看',
    en: 'The app’s own translation of the quote, not the document’s words; the verbatim quote is the evidence (“Show original”)',
  },
  'quote.verbatim': { zh: '原文', en: 'original' },
  'quote.showVerbatim': { zh: '显示原文', en: 'Show original' },
  'quote.hideVerbatim': { zh: '隐藏原文', en: 'Hide original' },
  'quote.loading': { zh: '正在加载引文…', en: 'Loading the quote…' },
  'quote.gloss': { zh: '编者注', en: 'editorial gloss' },
  'quote.glossNote': {
    zh: '方括号内为编者注（解释机器翻译的错误），非原文',
    en: 'In square brackets: editorial glosses of garbled machine translation, not in the source',
  },
  'headlines.heading': { zh: '规划核心提法', en: 'Headline concepts' },
  'headlines.count': { zh: '{name}（{count}）', en: '{name} ({count})' },
  'summary.heading': { zh: '规划要点', en: 'What the plans say here' },
  'summary.figures': { zh: '主要目标', en: 'Headline figures' },
  'summary.role': { zh: '在规划中的角色', en: 'Role in the plans' },
  'summary.subjectOf': { zh: '规划对象：{plans}', en: 'Subject of: {plans}' },
  'summary.hosts': { zh: '承载产业：{industries}', en: 'Hosts: {industries}' },
  'toc.label': { zh: '本面板目录', en: 'In this panel' },
  'element.sections': { zh: '要素详情', en: 'About this element' },
} as const satisfies Record<string, Bilingual>;

export type PanelStringKey = keyof typeof panelStrings;

/** Looks up a panel string and fills `{name}` placeholders. */
export const panelString = (lang: 'zh' | 'en', key: PanelStringKey, vars: Record<string, string> = {}): string =>
  panelStrings[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? `{${name}}`);
