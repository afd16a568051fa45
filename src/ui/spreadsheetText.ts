/**
 * Guard for text written into a spreadsheet (CSV or .xlsx): a cell that starts with =, +, -, @, a tab or a
 * carriage return can be run as a formula when the file is opened in Excel or another spreadsheet (CSV /
 * formula injection). Such text gets a leading apostrophe, which spreadsheets show as plain text. Numbers
 * are never passed through here: they are written as numbers. Pure.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardSpreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
