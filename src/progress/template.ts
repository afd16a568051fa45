/**
 * The progress template as an .xlsx (ExcelJS, imported only when a template is made): a sheet of rows
 * to fill in (one per target × region × year) and a sheet of instructions in both languages. Every text
 * cell goes through the spreadsheet formula guard; the cells to fill in carry data validation.
 */
import { guardSpreadsheetText } from '../ui/spreadsheetText';
import { COLUMNS, FIGURES_SHEET, INSTRUCTIONS_SHEET, columnLetter, headerText, type TemplateRow } from './table';

export interface TemplateText {
  /** instruction lines, Chinese then English */
  instructions: { zh: string; en: string }[];
  /** a line saying what the file holds (plan, region), in both languages */
  title: string;
  /** set when example figures are loaded into the template */
  exampleMark?: string;
}

const cellValue = (v: string | number | null) => (typeof v === 'string' ? guardSpreadsheetText(v) : v);

export async function templateWorkbook(rows: readonly TemplateRow[], text: TemplateText): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Industrial Plan Map';
  const sheet = book.addWorksheet(FIGURES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: headerText(c), key: c.key, width: c.input ? 24 : c.key.startsWith('target_') ? 28 : 14 }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  COLUMNS.forEach((c, i) => {
    if (c.input) header.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });
  for (const row of rows) sheet.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cellValue(v)])));
  const last = Math.max(2, rows.length + 1);
  const col = (key: string) => columnLetter(COLUMNS.findIndex((c) => c.key === key));
  for (let r = 2; r <= last; r++) {
    sheet.getCell(`${col('actual_value')}${r}`).dataValidation = {
      type: 'decimal',
      operator: 'between',
      formulae: [-1e15, 1e15],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: '数字 / Number',
      error: '请填写数字 / Enter a number',
    };
    const date = sheet.getCell(`${col('data_date')}${r}`);
    date.dataValidation = {
      type: 'date',
      operator: 'between',
      formulae: [new Date(Date.UTC(1990, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: '日期 / Date',
      error: '请填写日期，如 2024-03-31 / Enter a date such as 2024-03-31',
    };
    date.numFmt = 'yyyy-mm-dd';
  }
  const help = book.addWorksheet(INSTRUCTIONS_SHEET);
  help.columns = [{ width: 120 }];
  help.addRow([guardSpreadsheetText(text.title)]).font = { bold: true };
  if (text.exampleMark) help.addRow([guardSpreadsheetText(text.exampleMark)]).font = { bold: true, color: { argb: 'FFC00000' } };
  for (const line of text.instructions) {
    help.addRow([guardSpreadsheetText(line.zh)]);
    help.addRow([guardSpreadsheetText(line.en)]);
    help.addRow([]);
  }
  help.addRow(['列 / Columns']).font = { bold: true };
  for (const c of COLUMNS) help.addRow([guardSpreadsheetText(`${headerText(c)}${c.input ? ' ✎' : ''}`)]);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
