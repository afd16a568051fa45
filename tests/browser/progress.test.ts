/**
 * Progress tracking in real Chromium, on one page: download the template, fill it in node (ExcelJS),
 * import it, see the statuses on the map and in a panel, then import a broken file and see each error
 * with its sheet, row and column while the earlier figures stay.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { browserSession } from './session';
import { COLUMNS, columnLetter } from '../../src/progress/table';

const open = browserSession();
const col = (key: string) => columnLetter(COLUMNS.findIndex((c) => c.key === key));

async function fill(template: Buffer, rows: Record<number, Record<string, ExcelJS.CellValue>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer);
  const sheet = book.getWorksheet('figures')!;
  for (const [row, cells] of Object.entries(rows))
    for (const [key, value] of Object.entries(cells)) sheet.getCell(`${col(key)}${row}`).value = value;
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The sheet row of a target's year in the downloaded template. */
function rowOf(template: Buffer, targetId: string, year: number) {
  return async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer);
    let found = 0;
    book.getWorksheet('figures')!.eachRow((row, n) => {
      if (row.getCell(2).value === targetId && row.getCell(11).value === year) found = n;
    });
    return found;
  };
}

/** The colour a maplibre `match` expression gives a code: ['match', input, label(s), colour, …, fallback]. */
function colourOf(expression: unknown, code: string): unknown {
  if (!Array.isArray(expression) || expression[0] !== 'match') return expression;
  for (let i = 2; i < expression.length - 1; i += 2) {
    const labels: unknown = expression[i];
    if (labels === code || (Array.isArray(labels) && labels.includes(code))) return expression[i + 1];
  }
  return expression.at(-1);
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.locator('.progress-section input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

describe('progress: template, import, statuses', () => {
  it('round-trips the Excel template and keeps the figures when a broken file is refused', async () => {
    const { page, map } = await open('', { lang: 'en' });
    const section = page.locator('details.progress-section');
    await section.locator('summary').click();
    await section.locator('select').selectOption('plan:lishui-clusters-2022');
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await section.getByRole('button', { name: 'Download template (.xlsx)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^progress-template-lishui-clusters-2022-.*\.xlsx$/);
    const template = readFileSync(await download.path());

    const [base1, last1, base9, last9] = await Promise.all([
      rowOf(template, 'ls-t01', 2021)(),
      rowOf(template, 'ls-t01', 2025)(),
      rowOf(template, 'ls-t09', 2021)(),
      rowOf(template, 'ls-t09', 2025)(),
    ]);
    expect(Math.min(base1, last1, base9, last9)).toBeGreaterThan(1);
    const source = 'Test bulletin 2025, table 4';
    const filled = await fill(template, {
      [base1]: { actual_value: 40, source, data_date: '2022-03-01' },
      [last1]: { actual_value: 70, source, data_date: '2026-03-01', responsible_unit: 'Test bureau' },
      [base9]: { actual_value: 5, source, data_date: '2022-03-01' },
      [last9]: { actual_value: 5, source, data_date: '2026-03-01' },
    });
    await importFile(page, 'lishui-filled.xlsx', filled);
    await expect
      .poll(() => section.locator('.pack-loaded').innerText(), { timeout: 60_000 })
      .toMatch(/Imported “lishui-filled.xlsx”: 4 actual figure/);

    // The map in progress colours, with its legend; Lishui's worst target (ls-t09, no way covered) is far behind.
    await section.getByLabel('Colour the map by progress').check();
    await expect
      .poll(async () => JSON.stringify(await map.paintProperty('prefectures-fill', 'fill-color')), { timeout: 20_000 })
      .toContain('331100');
    expect(colourOf(await map.paintProperty('prefectures-fill', 'fill-color'), '331100')).toBe('#C0392B');
    expect(colourOf(await map.paintProperty('prefectures-fill', 'fill-color'), '130100')).toBe('#e4e4e4'); // Shijiazhuang: no figures
    expect(await section.getByRole('group', { name: 'Progress legend' }).innerText()).toMatch(/on track[\s\S]*far behind/);

    // The panel: each target's status in words, its latest actual marked as the user's with its source.
    // The region list sorted by progress puts Lishui first, with its status; choosing it opens its panel.
    // The sidebar's list (a panel's sections have titles with "regions" in them too).
    await page.locator('.sidebar summary', { hasText: /^Regions$/ }).click();
    await page.getByLabel('Sort by progress').check();
    const list = page.getByRole('navigation', { name: 'Regions' }).getByRole('button');
    expect(await list.first().innerText()).toMatch(/^Lishui\s+✖ far behind$/);
    await list.first().click();
    await map.expectPanel('Lishui');
    const progress = page.locator('aside.panel [data-section=progress]');
    await expect.poll(() => progress.locator('[data-progress-target=ls-t01]').innerText(), { timeout: 20_000 }).toContain('on track');
    const t01 = await progress.locator('[data-progress-target=ls-t01]').innerText();
    expect(t01).toContain('Latest actual (2025)');
    expect(t01).toContain(`Figure supplied by the user; source: ${source} (data date 2026-03-01)`);
    expect(await progress.locator('[data-progress-target=ls-t09]').innerText()).toContain('far behind');

    // A broken file: every problem with sheet, row and column; the figures already loaded stay.
    const broken = await fill(template, {
      [base1]: { actual_value: 'about forty', source, data_date: '2022-03-01' },
      [last1]: { target_id: 'ls-t99', actual_value: 1, source, data_date: '2026-03-01' },
      [base9]: { actual_value: 5, data_date: '2022-03-01' },
    });
    await importFile(page, 'broken.xlsx', broken);
    const alert = section.locator('.progress-problems');
    await alert.waitFor({ timeout: 60_000 });
    const problems = await alert.locator('li').allInnerTexts();
    expect(problems).toEqual([
      `broken.xlsx, sheet figures, row ${base1}, column ${col('actual_value')}: “about forty” is not a number`,
      `broken.xlsx, sheet figures, row ${last1}, column ${col('target_id')}: no target id “ls-t99” in plan “lishui-clusters-2022”`,
      `broken.xlsx, sheet figures, row ${base9}, column ${col('source')}: a source is needed`,
    ]);
    expect(await alert.innerText()).toContain('Nothing already loaded has changed');
    expect(await section.locator('.progress-sets li').count()).toBe(1);
    expect(await progress.locator('[data-progress-target=ls-t01]').innerText()).toContain('on track');
  });
});
