/**
 * A filled progress table as rows of cells: an .xlsx through ExcelJS (imported only here, when a file
 * is read), or CSV through papaparse. Runs in the worker and in node.
 */
import type { Cell, FigureProblem, Grid } from './checkRows';
import { FIGURES_SHEET, INSTRUCTIONS_SHEET } from './table';

export type ReadResult = { ok: true; grid: Grid } | { ok: false; problem: FigureProblem };

export const isXlsx = (name: string) => /\.xlsx$/i.test(name);

export async function readTable(name: string, bytes: Uint8Array): Promise<ReadResult> {
  if (isXlsx(name)) return readXlsx(name, bytes);
  if (/\.(csv|txt)$/i.test(name)) return readCsv(name, bytes);
  return { ok: false, problem: { key: 'notTable', file: name } };
}

async function readCsv(name: string, bytes: Uint8Array): Promise<ReadResult> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { key: 'notUtf8', file: name } };
  }
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) return { ok: false, problem: { key: 'csvBroken', file: name, row: (broken.row ?? 0) + 1, vars: { value: broken.message } } };
  return { ok: true, grid: { sheet: null, rows: parsed.data.map((r) => r.map((c) => (c === '' ? null : c))) } };
}

type XlsxValue = unknown;

/** A cell's value as plain data: a formula's cached result, rich text as its text, an error as null. */
function plain(v: XlsxValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
    if ('result' in o) return plain(o.result);
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if (typeof o.text === 'string') return o.text;
  }
  return null;
}

async function readXlsx(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    return {
      ok: false,
      problem: { key: 'notXlsx', file: name, vars: { value: (e instanceof Error ? e.message : String(e)).slice(0, 120) } },
    };
  }
  const sheet = book.getWorksheet(FIGURES_SHEET) ?? book.worksheets.find((w) => w.name !== INSTRUCTIONS_SHEET);
  if (!sheet) return { ok: false, problem: { key: 'noSheet', file: name, vars: { value: FIGURES_SHEET } } };
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plain(cell.value);
    });
    rows[number - 1] = Array.from(cells, (c) => c ?? null);
  });
  return { ok: true, grid: { sheet: sheet.name, rows: Array.from(rows, (r) => r ?? []) } };
}
