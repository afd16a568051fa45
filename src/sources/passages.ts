/**
 * A source document as passages, and where a quote sits in it. Pure (node-tested with the real
 * documents).
 *
 * The documents' lines are their paragraphs, so a passage is a non-blank line, numbered from 1
 * (¶ n). One document (002, a press report) lost its paragraph breaks: nearly all of it is one
 * line of 7,000 characters. A line that long is not a paragraph a reader can take in, so it is
 * split into sentences (¶ n.1, ¶ n.2 …), each a passage of its own for marks and coverage.
 * Lines that the index says are not part of the document (another website's header) are kept,
 * but apart: unnumbered and outside coverage.
 *
 * Offsets are UTF-16 code units into the text as decoded (JavaScript string indices); all five
 * documents are in the Basic Multilingual Plane, so that is also their character count.
 */

/** A line longer than this is a run-on text, not a paragraph: it is shown and counted sentence by sentence. */
export const RUN_ON_LINE = 2500;

export interface LineRange {
  /** 1-based file lines, inclusive */
  from: number;
  to: number;
}

export interface Passage {
  /** "5", or "5.3" for the third sentence of a split paragraph; "" for lines outside the document */
  id: string;
  /** paragraph number among the document's own paragraphs (0 for lines outside it) */
  n: number;
  /** 1-based sentence number when the paragraph was split into sentences */
  sentence?: number;
  /** offsets of the passage's text (surrounding whitespace trimmed) */
  start: number;
  end: number;
  /** 1-based line of the file */
  line: number;
  /** index into the `outside` ranges when the line is not part of the document */
  outside?: number;
}

const isSpace = (ch: string) => /\s/u.test(ch);

/** Trims whitespace off a [start, end) span of the text. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return [start, end];
}

// A sentence ends at 。！？ (with any closing quotes or brackets after them), or at . ! ? followed
// by a space or, as the machine-translated texts often run sentences together ("…Province”.At
// the press conference."), directly by a capital letter or an opening quote. A decimal point or
// "NO.329" is no end.
const ZH_END = /[。！？][”’」』）)]*/gu;
const EN_END = /[.!?][”’"')）]*(?=\s|[A-Z“‘"(（]|$)/gu;

/** Sentence spans of text[start, end), trimmed, in order; the whole span when it has no sentence end. */
export function splitSentences(text: string, start: number, end: number): [number, number][] {
  const part = text.slice(start, end);
  const cuts = new Set<number>();
  for (const re of [ZH_END, EN_END]) {
    re.lastIndex = 0;
    for (const m of part.matchAll(re)) cuts.add(m.index + m[0].length);
  }
  const spans: [number, number][] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= from) continue;
    const [s, e] = trimSpan(text, start + from, start + cut);
    if (e > s) spans.push([s, e]);
    from = cut;
  }
  const [s, e] = trimSpan(text, start + from, end);
  if (e > s) spans.push([s, e]);
  return spans;
}

/** The document's passages in order: its paragraphs (non-blank lines), run-on lines split into sentences. */
export function splitPassages(text: string, outside: readonly LineRange[] = []): Passage[] {
  const passages: Passage[] = [];
  let n = 0;
  let lineStart = 0;
  let line = 0;
  while (lineStart <= text.length) {
    line++;
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const [start, end] = trimSpan(text, lineStart, lineEnd);
    if (end > start) {
      const out = outside.findIndex((r) => line >= r.from && line <= r.to);
      if (out >= 0) passages.push({ id: '', n: 0, start, end, line, outside: out });
      else {
        n++;
        const sentences = end - start > RUN_ON_LINE ? splitSentences(text, start, end) : [];
        if (sentences.length > 1) {
          sentences.forEach(([s, e], i) => passages.push({ id: `${n}.${i + 1}`, n, sentence: i + 1, start: s, end: e, line }));
        } else passages.push({ id: String(n), n, start, end, line });
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return passages;
}

/**
 * The text with every whitespace run as one space and the ends trimmed (as the audit compares
 * quotes, src/tools/quoteCheck.ts), with the offset in the original text of each of its characters.
 */
export interface NormalizedText {
  text: string;
  /** offsets[i] = offset in the original text of normalised character i */
  offsets: number[];
}

export function normalizeWithOffsets(original: string): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    if (isSpace(ch)) {
      if (pendingSpace === -1) pendingSpace = i;
      continue;
    }
    if (pendingSpace !== -1 && text.length > 0) {
      text += ' ';
      offsets.push(pendingSpace);
    }
    pendingSpace = -1;
    text += ch;
    offsets.push(i);
  }
  return { text, offsets };
}

const collapse = (quote: string) => quote.replace(/\s+/gu, ' ').trim();

/**
 * Where a quote first stands in the text, whitespace runs normalised: [start, end) in the
 * original text, or null when it is not there. Pass a normalised text to look up many quotes.
 */
export function locateQuote(text: string | NormalizedText, quote: string): { start: number; end: number } | null {
  const normalized = typeof text === 'string' ? normalizeWithOffsets(text) : text;
  const q = collapse(quote);
  if (q === '') return null;
  const at = normalized.text.indexOf(q);
  if (at === -1) return null;
  return { start: normalized.offsets[at], end: normalized.offsets[at + q.length - 1] + 1 };
}

/** How often a quote stands in the text (whitespace normalised): more than once makes its place a guess at the first. */
export function occurrences(text: NormalizedText, quote: string): number {
  const q = collapse(quote);
  let count = 0;
  for (let at = text.text.indexOf(q); at !== -1 && q; at = text.text.indexOf(q, at + 1)) count++;
  return count;
}

/** The passages a [start, end) span touches. */
export function passagesOf(passages: readonly Passage[], start: number, end: number): Passage[] {
  return passages.filter((p) => p.start < end && start < p.end);
}
