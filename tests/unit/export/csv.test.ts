import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvLine, toCsv } from '../../../src/export/csv';
import { parseCsv } from './parseCsv';

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(18.7)).toBe('18.7');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvField('"')).toBe('""""');
  });

  it('keeps Chinese text, including full-width punctuation, as it is', () => {
    expect(csvField('吉林省工业发展“十四五”规划')).toBe('吉林省工业发展“十四五”规划');
    expect(csvField('长春、吉林，四平')).toBe('长春、吉林，四平');
    expect(csvField('到2025年，达到18.7%')).toBe('到2025年，达到18.7%');
    expect(csvField('达到"3"个, 超过')).toBe('"达到""3""个, 超过"');
  });

  it('joins a line with commas', () => {
    expect(csvLine(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"');
  });
});

describe('CSV file', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const text = toCsv(
      ['值', 'quote'],
      [
        [1, 'x'],
        [2, 'two\nlines'],
      ],
    );
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe('\uFEFF值,quote\r\n1,x\r\n2,"two\nlines"\r\n');
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('round-trips through a strict RFC 4180 reader', () => {
    const rows = [
      ['a,b', 'c"d', '中文，逗号'],
      ['multi\r\nline', '', '"quoted"'],
    ];
    const text = toCsv(['h1', 'h2', 'h3'], rows);
    expect(parseCsv(text.slice(1))).toEqual([['h1', 'h2', 'h3'], ...rows]);
  });
});
