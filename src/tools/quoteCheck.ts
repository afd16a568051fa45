/**
 * Pure helpers for auditing provenance: is a quote verbatim in its document (whitespace runs
 * normalised), and does a figure's number appear in its quote ("1.7 trillion", "300,000",
 * "73billion", "three", "double", "17000亿元", "十大", "万亿" …)?
 */

export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function quoteInText(quote: string, text: string): boolean {
  return normalizeWhitespace(text).includes(normalizeWhitespace(quote));
}

const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  sixteen: 16,
  twenty: 20,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  double: 2,
  twice: 2,
};

const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parse a run of Chinese numerals below 10,000 (十, 十二, 二十, 三百五十, 一千 …). */
export function parseChineseNumber(run: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const ch of run) {
    if (ch in ZH_DIGITS) {
      current = ZH_DIGITS[ch]!;
      seen = true;
    } else if (ch === '十' || ch === '百' || ch === '千') {
      const mult = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (current === 0 ? 1 : current) * mult;
      current = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}

/** Every number a quote can be read as containing, including scaled forms. */
export function numbersIn(quote: string): number[] {
  const out: number[] = [];
  const text = quote.replace(/(\d),(?=\d{3}\b)/g, '$1');
  // Arabic numerals, with an optional English or Chinese scale word after them.
  const re = /(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|万亿|亿|万)?/gi;
  for (const m of text.matchAll(re)) {
    const n = Number(m[1]);
    out.push(n);
    const scale = m[2]?.toLowerCase();
    if (scale === '万亿') out.push(n * 1e12);
    else if (scale === '亿') out.push(n * 1e8);
    else if (scale === '万') out.push(n * 1e4);
    else if (scale) out.push(n * SCALES[scale]);
  }
  // English number words (whole words only).
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) {
    const w = WORDS[m[0]];
    if (w !== undefined) out.push(w);
  }
  // Chinese numerals, e.g. 十大, 六个, 五大; 万亿/千亿 alone read as 1 trillion / 1000亿.
  for (const m of text.matchAll(/[零〇一二两三四五六七八九十百千]+/g)) {
    const n = parseChineseNumber(m[0]);
    if (n !== null) out.push(n);
  }
  if (text.includes('万亿')) out.push(1, 1e12);
  if (text.includes('千亿')) out.push(1000, 1e11);
  return out;
}

/** Does `value` (in `unitFactor` base units) appear in the quote, as written or scaled? */
export function valueInQuote(value: number, quote: string, unitFactor = 1): boolean {
  const nums = numbersIn(quote);
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9;
  return nums.some((n) => close(n, value) || (unitFactor !== 1 && close(n, value * unitFactor)));
}

/**
 * A "respectively" sentence as the translations write it: "A, B, … and N will be (or will reach)
 * 1, 2, … and 9", split into its terms and its numbers, which pair by position. Null when the quote
 * is not such a sentence or the counts of terms and numbers differ (e.g. a quote cut inside the list).
 */
export function respectiveList(quote: string): { terms: string[]; values: number[] } | null {
  const number = String.raw`\d+(?:\.\d+)?`;
  const m = new RegExp(String.raw`^(.*?)\s+(?:will be|will reach)\s+((?:${number},\s*)*${number}\s+and\s+${number})$`).exec(
    normalizeWhitespace(quote),
  );
  if (!m) return null;
  const values = m[2].split(/,\s*|\s+and\s+/).map(Number);
  const items = m[1].split(/,\s*/);
  const last = items.pop()!;
  const and = last.lastIndexOf(' and ');
  if (and < 0) return null;
  const terms = [...items, last.slice(0, and), last.slice(and + ' and '.length)];
  return terms.length === values.length ? { terms, values } : null;
}

/** Words compared loosely: lower case, a plural "s" dropped ("Petrochemicals" = "petrochemical"). */
const looseWords = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter(Boolean)
    .map((w) => w.replace(/s$/, ''));

/** Does the term end with these words (a list's first term carries the sentence's lead-in)? */
export function termEndsWith(term: string, words: string): boolean {
  const t = looseWords(term);
  const w = looseWords(words);
  return w.length > 0 && w.length <= t.length && w.every((x, i) => t[t.length - w.length + i] === x);
}

/** Chinese count words (量词) that may follow a number. */
const COUNT_WORD = /^[家个项条章座所处批种类位名次件台]/u;

/**
 * The count words a Chinese quote writes right after `value` ("企业技术中心500家" → 家, "共六章" → 章,
 * "十大产业集群" → none: 大 is no count word). Arabic and Chinese numerals; a number inside a longer one
 * ("5" in "15") does not count.
 */
export function countWordsAfter(quote: string, value: number): string[] {
  const out: string[] = [];
  const text = quote.replace(/(\d),(?=\d{3}\b)/g, '$1');
  for (const m of text.matchAll(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])|[零〇一二两三四五六七八九十百千]+/gu)) {
    const n = /\d/.test(m[0]) ? Number(m[0]) : parseChineseNumber(m[0]);
    if (n !== value) continue;
    const next = COUNT_WORD.exec(text.slice(m.index + m[0].length));
    if (next) out.push(next[0]);
  }
  return out;
}
