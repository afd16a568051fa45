import type { Bilingual } from './strings';

/** Strings of a quote's display: the app's own translation, the verbatim on request, glosses. */
export const quoteStrings = {
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
} as const satisfies Record<string, Bilingual>;

export type QuoteStringKey = keyof typeof quoteStrings;

/**
 * Looks up a quote string. Kept out of the shared table in strings.ts on purpose: that table is
 * part of the first view (at its size budget), and quotes are only shown after it.
 */
export const quoteString = (lang: 'zh' | 'en', key: QuoteStringKey): string => quoteStrings[key][lang];
