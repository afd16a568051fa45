/** Passages of the shipped documents, sentence splitting and quote location (src/sources/passages.ts). */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../../../src/tools/quoteCheck';
import { sourceIndex } from '../../../src/data/sourceSchema';
import { RUN_ON_LINE, locateQuote, normalizeWithOffsets, occurrences, splitPassages, splitSentences } from '../../../src/sources/passages';

const index = sourceIndex.parse(JSON.parse(fs.readFileSync('public/data/sources/index.json', 'utf8')));
const texts = new Map(index.documents.map((d) => [d.file, fs.readFileSync(`public/data/sources/${d.file}`, 'utf8')]));
const doc = (prefix: string) => {
  const entry = index.documents.find((d) => d.file.startsWith(prefix))!;
  return { entry, text: texts.get(entry.file)! };
};
const sentences = (text: string) => splitSentences(text, 0, text.length).map(([s, e]) => text.slice(s, e));

describe('sentences', () => {
  it('splits English sentences, also where the machine translation ran them together', () => {
    expect(sentences('It is done. Next one!And a third?“Quoted” fourth.')).toEqual([
      'It is done.',
      'Next one!',
      'And a third?',
      '“Quoted” fourth.',
    ]);
    expect(sentences('in Hebei Province”.At the press conference.To promote it')).toEqual([
      'in Hebei Province”.',
      'At the press conference.',
      'To promote it',
    ]);
  });

  it('does not split at a decimal point, a number after a dot, or a lower-case word', () => {
    expect(sentences('reach RMB 1.7 trillion, and 35.4% of it. NO.329 Post:100051.and so on')).toEqual([
      'reach RMB 1.7 trillion, and 35.4% of it.',
      'NO.329 Post:100051.and so on',
    ]);
  });

  it('splits Chinese sentences after 。！？ with their closing quotes', () => {
    expect(sentences('工业是实体经济的主体。习近平总书记强调，“要重视。”省委高度重视！对吗？')).toEqual([
      '工业是实体经济的主体。',
      '习近平总书记强调，“要重视。”',
      '省委高度重视！',
      '对吗？',
    ]);
  });
});

describe('passages of the shipped documents', () => {
  it.each([...texts.keys()])('%s: the passages hold the whole text, in order, once', (file) => {
    const text = texts.get(file)!;
    const entry = index.documents.find((d) => d.file === file)!;
    const passages = splitPassages(text, entry.outside);
    // Between passages (and before the first, after the last) there is only whitespace.
    const bounds = [0, ...passages.flatMap((p) => [p.start, p.end]), text.length];
    for (let i = 0; i < bounds.length; i += 2) {
      expect(bounds[i + 1]).toBeGreaterThanOrEqual(bounds[i]);
      expect(text.slice(bounds[i], bounds[i + 1]).trim()).toBe('');
    }
    const ids = passages.filter((p) => p.outside === undefined).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps lines as paragraphs, and splits only the run-on line of the press report (002) into sentences', () => {
    for (const [file, text] of texts) {
      const split = splitPassages(text).filter((p) => p.sentence !== undefined);
      if (file.startsWith('002_')) {
        expect(split.length).toBeGreaterThan(20);
        expect(split.every((p) => p.n === 3 && p.end - p.start < RUN_ON_LINE)).toBe(true);
      } else expect(split, file).toEqual([]);
    }
    const { text } = doc('002_');
    const atPress = splitPassages(text).find((p) => text.slice(p.start, p.end) === 'At the press conference.');
    expect(atPress?.id).toBe('3.2');
  });

  it('sets the unrelated address header of 000 apart, unnumbered: the document starts at its breadcrumb line', () => {
    const { entry, text } = doc('000_');
    expect(entry.outside).toEqual([expect.objectContaining({ from: 1, to: 5 })]);
    const passages = splitPassages(text, entry.outside);
    const header = passages.filter((p) => p.outside !== undefined).map((p) => text.slice(p.start, p.end));
    expect(header).toEqual([
      'Add:323-1, Lishui Road, Gongshu District, Hangzhou, Zhejiang, China',
      'Tel:+86 578-2330709',
      'Fax:+86 578-2266539',
    ]);
    const first = passages.find((p) => p.outside === undefined)!;
    expect([first.id, text.slice(first.start, first.end)]).toEqual(['1', 'Current Location : Home > News']);
  });

  it('sets the web page footer of 004 apart', () => {
    const { entry, text } = doc('004_');
    const outside = splitPassages(text, entry.outside).filter((p) => p.outside !== undefined);
    expect(text.slice(outside[0].start, outside[0].end)).toBe('【print】 【close】');
    expect(outside.at(-1)!.line).toBe(49);
  });
});

describe('locating a quote', () => {
  it('finds a quote with its whitespace runs normalised, and gives offsets in the original text', () => {
    const text = 'First line\n\n　　the added value   of industries\nwill exceed 73billion yuan.';
    const at = locateQuote(text, 'of industries will exceed');
    expect(at).not.toBeNull();
    expect(text.slice(at!.start, at!.end)).toBe('of industries\nwill exceed');
    expect(locateQuote(text, 'the added value of')).toEqual({
      start: text.indexOf('the added'),
      end: text.indexOf('value') + 'value   of'.length,
    });
    expect(locateQuote(text, 'not in it')).toBeNull();
    expect(locateQuote(text, '   ')).toBeNull();
  });

  it('maps every character of a normalised document back to the same character', () => {
    for (const text of texts.values()) {
      const n = normalizeWithOffsets(text);
      expect(n.text).toBe(normalizeWhitespace(text));
      for (let i = 0; i < n.text.length; i += 97) {
        if (n.text[i] !== ' ') expect(text[n.offsets[i]]).toBe(n.text[i]);
      }
    }
  });

  it('counts how often a quote stands in a document', () => {
    const { text } = doc('002_');
    const n = normalizeWithOffsets(text);
    expect(occurrences(n, 'At the press conference.')).toBe(1);
    expect(occurrences(n, 'manufacturing')).toBeGreaterThan(5);
    expect(occurrences(n, 'not a phrase of this text')).toBe(0);
  });
});
