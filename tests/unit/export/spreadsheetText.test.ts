import { describe, expect, it } from 'vitest';
import { guardSpreadsheetText } from '../../../src/ui/spreadsheetText';
import { csvField } from '../../../src/export/csv';

describe('spreadsheet formula guard', () => {
  it('prefixes text a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x")'])
      expect(guardSpreadsheetText(bad)).toBe(`'${bad}`);
  });

  it('leaves other text alone, Chinese included', () => {
    for (const ok of ['plain', '吉林省', '18.7%', ' =not first', "'already"]) expect(guardSpreadsheetText(ok)).toBe(ok);
  });

  it('guards the CSV export: text is prefixed, numbers (negative ones too) stay numbers', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvField(-5)).toBe('-5');
  });
});
