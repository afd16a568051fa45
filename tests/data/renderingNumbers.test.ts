/**
 * Numbers survive translation. For every renderings file present in public/data/sources/renderings/
 * (documents whose file is not written yet are skipped):
 * - every number of a quote appears in its rendering, as digits, as a numeral word, or in a scaled
 *   form of exactly the same value (50 billion = 500亿, 1.7 trillion = 1.7万亿, 17000亿 = 1.7 trillion);
 * - a Chinese rendering writes no number in digits that its English quote does not hold.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, sourcesDir } from './loadData';
import { renderings as renderingsSchema, type Renderings } from '../../src/data/sourceSchema';

/** Canonical text of a value, free of float noise (0.1 * 3 → "0.3"). */
const canon = (v: number): string => String(Number(v.toPrecision(12)));

const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const EN_ORDINALS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ZH_SCALES: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const ZH_DIGITS = '零一二三四五六七八九';

/** Chinese numerals of an integer 1..9999, with the usual variants (十 for 一十, 千 for 一千, 两 for 二). */
function zhNumerals(n: number): string[] {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return [];
  let s = '';
  let gap = false;
  let rest = n;
  for (const [unit, name] of [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ] as const) {
    const d = Math.floor(rest / unit);
    rest %= unit;
    if (d) {
      if (gap) s += '零';
      s += ZH_DIGITS[d] + name;
      gap = false;
    } else if (s) gap = true;
  }
  if (s.startsWith('一十')) s = s.slice(1);
  const forms = new Set([s]);
  if (/^一[百千]/.test(s)) forms.add(s.slice(1));
  if (/^二([百千]|$)/.test(s)) forms.add('两' + s.slice(1));
  return [...forms];
}

/** A number found in a text, with the strings any faithful rendering of it would contain (one suffices). */
type FoundNumber = { what: string; value: number; forms: string[] };

function digitForms(v: number): string[] {
  const forms = new Set([canon(v), v.toLocaleString('en-US', { maximumFractionDigits: 6 })]);
  return [...forms];
}

/** How a value may be written in Chinese: digits, numerals, or a clean multiple of 万, 亿, 万亿. */
function zhForms(v: number): string[] {
  const forms = [...digitForms(v), ...zhNumerals(v)];
  for (const [name, unit] of Object.entries(ZH_SCALES)) {
    const m = Number((v / unit).toPrecision(12));
    if (m >= 1 && (String(m).split('.')[1]?.length ?? 0) <= 3) {
      forms.push(canon(m) + name, ...zhNumerals(m).map((z) => z + name));
    }
  }
  return forms;
}

/** How a value may be written in English: digits (grouped or not), number words, or a clean multiple of a scale. */
function enForms(v: number): string[] {
  const forms = [...digitForms(v)];
  if (Number.isInteger(v) && v < EN_WORDS.length) forms.push(EN_WORDS[v]);
  for (const [name, unit] of Object.entries(EN_SCALES)) {
    const m = Number((v / unit).toPrecision(12));
    if (m >= 1 && (String(m).split('.')[1]?.length ?? 0) <= 3) {
      const f = canon(m);
      forms.push(`${f} ${name}`, `${f}-${name}`, `${f}${name}`);
      if (m === 100) forms.push(`hundred ${name}`, `hundred-${name}`);
      if (m === 10) forms.push(`ten ${name}`, `ten-${name}`);
    }
  }
  return forms;
}

/** Numbers of an English text: digits with an optional scale word, scaled words, number words, ordinals, months. */
function numbersOfEnglish(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  const add = (what: string, value: number, forms = zhForms(value)) => found.push({ what, value, forms });
  // "14th Five Year Plan" is 十四五: the "Five" is part of a name, not a count.
  let rest = text.replace(/\bfive[\s-]+year\s+plan\b/gi, ' ');
  // "hundred billion level" is 千亿级; a count before it ("three hundred billion level industries") stays a count.
  rest = rest.replace(/\b(ten|hundred|thousand)[\s-]+(million|billion|trillion)\b/gi, (m, a: string, s: string) => {
    const base = a.toLowerCase() === 'ten' ? 10 : a.toLowerCase() === 'hundred' ? 100 : 1000;
    add(m, base * EN_SCALES[s.toLowerCase()]);
    return ' ';
  });
  rest = rest.replace(/(\d+(?:,\d{3})*(?:\.\d+)?)(?:[\s-]*(thousand|million|billion|trillion)\b)?/gi, (m, n: string, s?: string) => {
    add(m, Number(n.replace(/,/g, '')) * (s ? EN_SCALES[s.toLowerCase()] : 1));
    return ' ';
  });
  for (const m of rest.matchAll(/\b[a-z]+\b/gi)) {
    const w = m[0].toLowerCase();
    const n = EN_WORDS.indexOf(w) > 0 ? EN_WORDS.indexOf(w) : EN_ORDINALS.indexOf(w) > 0 ? EN_ORDINALS.indexOf(w) : -1;
    if (n > 0) add(m[0], n);
    const month = MONTHS.indexOf(w);
    if (month >= 0) add(m[0], month + 1, [`${month + 1}月`, `${zhNumerals(month + 1)[0]}月`]);
  }
  return found;
}

/** Numbers written in digits in a Chinese text, with a 万/亿/万亿 scale when one follows; a month counts as a month. */
function numbersOfChinese(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万亿|亿|万|月(?=\d{1,2}日))?/g)) {
    const n = Number(m[1].replace(/,/g, ''));
    if (m[2] === '月') found.push({ what: m[0], value: n, forms: [...digitForms(n), MONTHS[n - 1] ?? ''].filter(Boolean) });
    else {
      const v = n * (m[2] ? ZH_SCALES[m[2]] : 1);
      found.push({ what: m[0], value: v, forms: enForms(v) });
    }
  }
  return found;
}

/** Problems of one rendering: quote numbers it lost, and (into Chinese) digits it added. */
function numberProblems(from: 'zh' | 'en', quote: string, text: string): string[] {
  const problems: string[] = [];
  const inQuote = from === 'en' ? numbersOfEnglish(quote) : numbersOfChinese(quote);
  const haystack = text.toLowerCase();
  for (const n of inQuote) {
    if (!n.forms.some((f) => haystack.includes(f.toLowerCase())))
      problems.push(`«${n.what}» is missing (as any of ${n.forms.join(' / ')})`);
  }
  if (from === 'en') {
    const values = new Set(inQuote.map((n) => canon(n.value)));
    for (const m of text.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万亿|亿|万)?/g)) {
      const v = Number(m[1].replace(/,/g, '')) * (m[2] ? ZH_SCALES[m[2]] : 1);
      if (!values.has(canon(v))) problems.push(`«${m[0]}» is not a number of the quote`);
    }
  }
  return problems;
}

describe('the number check itself', () => {
  it('accepts scaled and word forms of the same value', () => {
    expect(numberProblems('en', 'as well as two 50 billion level industries', '以及两个500亿级产业')).toEqual([]);
    expect(numberProblems('en', 'creating three hundred billion level industries', '打造三个千亿级产业')).toEqual([]);
    expect(numberProblems('en', 'will reach RMB 1.7 trillion', '将达到1.7万亿元')).toEqual([]);
    expect(numberProblems('en', 'the 14th Five Year Plan, focusing on 10 aspects', '“十四五”，聚焦10个方面')).toEqual([]);
    expect(numberProblems('en', 'On January 28 (reporter)', '1月28日（记者）')).toEqual([]);
    expect(numberProblems('zh', '规模以上工业总产值达到17000亿元以上', 'gross output above RMB 1.7 trillion')).toEqual([]);
    expect(
      numberProblems('zh', '8月13日经省政府2021年第21次常务会议审议通过', 'approved on 13 August at the 21st executive meeting of 2021'),
    ).toEqual([]);
  });

  it('reports a number changed, lost or added', () => {
    expect(numberProblems('en', 'as well as two 50 billion level industries', '以及两个50亿级产业')).toHaveLength(2);
    expect(numberProblems('en', 'and reach 18.7% by the end of 2025', '到2025年底达到18%')).not.toEqual([]);
    expect(numberProblems('en', 'the six strategies', '六项策略，共3个方面')).toEqual(['«3» is not a number of the quote']);
    expect(numberProblems('zh', '培育省级“专精特新”中小企业1000家', 'cultivate 100 provincial enterprises')).toHaveLength(1);
  });
});

const renderingsDir = path.join(sourcesDir, 'renderings');
const files = fs.existsSync(renderingsDir)
  ? fs
      .readdirSync(renderingsDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

describe('numbers survive in the renderings of quotes', () => {
  it('finds renderings files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${file}: every number of a quote is in its rendering, and no other`, () => {
      const r: Renderings = renderingsSchema.parse(readJson(path.join(renderingsDir, file)));
      const problems = r.quotes.flatMap((q) => numberProblems(r.from, q.quote, q.text).map((p) => `«${q.quote}» → «${q.text}»: ${p}`));
      expect(problems).toEqual([]);
    });
  }
});
