/**
 * CSV text as RFC 4180 describes it (CRLF line ends, a field quoted when it holds a comma,
 * a quote or a line break, quotes doubled), with a UTF-8 byte-order mark in front so that
 * Excel reads Chinese correctly. Text that a spreadsheet could run as a formula is guarded first. Pure.
 */
import { guardSpreadsheetText } from '../ui/spreadsheetText';

export type CsvValue = string | number | null | undefined;

export const BOM = '\uFEFF';

/** One field, quoted only when it must be. Numbers are written as JavaScript prints them. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : guardSpreadsheetText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

/** The whole file: BOM, header line, one line per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((r) => csvLine(r) + '\r\n').join('');
}
