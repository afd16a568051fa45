/**
 * A briefing may be written in one language: a title or notes with one side empty. Wherever it is
 * shown, the empty side is filled with the other side behind a mark saying so, e.g. "（仅有英文）"
 * in Chinese. Pure; applied once, where a briefing is loaded (useBriefings).
 */
import type { Lang } from '../i18n/strings';
import type { Briefing } from './briefingSchema';

export interface BriefingText {
  zh: string;
  en: string;
}

/** The mark before a text shown in `lang` that exists only in the other language. */
export const ONE_LANGUAGE_MARK: Record<Lang, string> = { zh: '（仅有英文）', en: '(Chinese only) ' };

/** The text to show in `lang`: its own side, else the other side marked, else empty. */
export function shownText(text: BriefingText, lang: Lang): string {
  const own = text[lang].trim();
  if (own) return text[lang];
  const other = text[lang === 'zh' ? 'en' : 'zh'];
  return other.trim() ? `${ONE_LANGUAGE_MARK[lang]}${other}` : '';
}

/** Both sides filled for showing. */
export const filledText = (text: BriefingText): BriefingText => ({ zh: shownText(text, 'zh'), en: shownText(text, 'en') });

/** The briefing with every one-language title and note filled with the other side, marked. */
export function withOneLanguageMarks(b: Briefing): Briefing {
  return {
    ...b,
    title: filledText(b.title),
    ...(b.summary ? { summary: filledText(b.summary) } : {}),
    steps: b.steps.map((s) => ({ ...s, title: filledText(s.title), notes: filledText(s.notes) })),
  };
}
