/**
 * The app's own renderings of verbatim quotes in the other language (public/data/sources/
 * renderings/<document stem>.json), looked up by (document, quote), and the glosses of garbled
 * machine translation set beside their spans. Pure: used by the quote display, the CSV rows and
 * the briefing generator alike.
 *
 * A rendering is a translation, never evidence: the verbatim quote stays what the data holds.
 */
import type { Gloss, QuoteRendering, Renderings } from './sourceSchema';

type Lang = 'zh' | 'en';

/** The quotes of one document, by verbatim text; `to` is the language they are rendered into. */
export interface DocRenderings {
  doc: string;
  from: Lang;
  to: Lang;
  byQuote: ReadonlyMap<string, QuoteRendering>;
}

/** (document, verbatim quote) → the app's rendering, or undefined when there is none. */
export type RenderingLookup = (doc: string, quote: string) => QuoteRendering | undefined;

/** `000_19444a5c5371e155.txt` → `000_19444a5c5371e155.json` (the renderings file of that document). */
export const renderingsFileOf = (doc: string) => doc.replace(/\.txt$/, '.json');

export function indexDoc(r: Renderings): DocRenderings {
  return { doc: r.doc, from: r.from, to: r.to, byQuote: new Map(r.quotes.map((q) => [q.quote, q])) };
}

/** One lookup over several documents' renderings (a document missing from the list has none). */
export function renderingLookup(docs: readonly (DocRenderings | null | undefined)[]): RenderingLookup {
  const byDoc = new Map(docs.filter((d): d is DocRenderings => !!d).map((d) => [d.doc, d]));
  return (doc, quote) => byDoc.get(doc)?.byQuote.get(quote);
}

/** A piece of a verbatim quote: plain text, a garbled span, or the gloss set right after that span. */
export type QuoteSegment = { kind: 'text'; text: string } | { kind: 'span'; text: string } | { kind: 'gloss'; gloss: Gloss };

/**
 * The verbatim quote cut at its glossed spans, each span followed by its gloss. A span is glossed
 * where it first occurs; spans that would overlap an earlier one are left out. The text pieces
 * joined back are exactly the quote.
 */
export function glossSegments(quote: string, glosses: readonly Gloss[] = []): QuoteSegment[] {
  const found = glosses
    .map((gloss) => ({ gloss, at: quote.indexOf(gloss.span) }))
    .filter((g) => g.at >= 0)
    .sort((a, b) => a.at - b.at);
  const segments: QuoteSegment[] = [];
  let pos = 0;
  for (const { gloss, at } of found) {
    if (at < pos) continue;
    if (at > pos) segments.push({ kind: 'text', text: quote.slice(pos, at) });
    segments.push({ kind: 'span', text: gloss.span }, { kind: 'gloss', gloss });
    pos = at + gloss.span.length;
  }
  if (pos < quote.length || segments.length === 0) segments.push({ kind: 'text', text: quote.slice(pos) });
  return segments;
}

/** The gloss as written beside its span: `[= 雄安新区]`. */
export const glossText = (gloss: Gloss, lang: Lang) => `[= ${gloss.meaning[lang]}]`;

/** The verbatim quote as plain text with its glosses in brackets (for speaker notes): "male Ann new [= 雄安新区] …". */
export function glossedQuote(quote: string, glosses: readonly Gloss[] | undefined, lang: Lang): string {
  return glossSegments(quote, glosses)
    .map((s) => (s.kind === 'gloss' ? ` ${glossText(s.gloss, lang)}` : s.text))
    .join('');
}

/**
 * What leads when a quote is shown to a reader of `lang`: the app's rendering when the quote is in
 * the other language and a rendering into `lang` exists (the verbatim is then one action away),
 * otherwise the verbatim quote itself.
 */
export function leadsWithRendering(quoteLang: Lang, lang: Lang, rendering: QuoteRendering | undefined): rendering is QuoteRendering {
  return quoteLang !== lang && !!rendering;
}
