import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { plans } from '../plans/planFixtures';
import { checkRows, type FigureProblem } from '../../../src/progress/checkRows';
import { readTable } from '../../../src/progress/readTable';
import { COLUMNS, FIGURES_SHEET, columnLetter, headerText, targetRefs, templateRows } from '../../../src/progress/table';
import { templateWorkbook } from '../../../src/progress/template';

const refs = targetRefs(plans);
const col = (key: string) => columnLetter(COLUMNS.findIndex((c) => c.key === key));
const lishui = templateRows(plans, { planId: 'lishui-clusters-2022', regionCode: null }, () => null);

async function template() {
  return templateWorkbook(lishui, { title: 'test', instructions: [{ zh: '说明', en: 'instructions' }] });
}

/** Fills rows (1-based sheet rows) of the template's figures sheet. */
async function filled(fill: Record<number, Record<string, unknown>>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await template()).buffer as ArrayBuffer);
  const sheet = book.getWorksheet(FIGURES_SHEET)!;
  for (const [row, cells] of Object.entries(fill))
    for (const [key, value] of Object.entries(cells)) sheet.getCell(`${col(key)}${row}`).value = value as ExcelJS.CellValue;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function check(name: string, bytes: Uint8Array) {
  const read = await readTable(name, bytes);
  if (!read.ok) throw new Error(read.problem.key);
  return checkRows(name, read.grid, refs);
}

const where = (p: FigureProblem) => `${p.key} ${p.sheet ?? '-'}!${p.column ?? ''}${p.row ?? ''}`;

describe('progress template', () => {
  it('has one row per goal target and year, from the base year to the target year', () => {
    // Lishui 2022–2026: nine goal targets, base year 2021 to 2026 = six rows each.
    expect(lishui).toHaveLength(9 * 6);
    expect(lishui[0]).toMatchObject({
      plan_id: 'lishui-clusters-2022',
      target_id: 'ls-t01',
      year: 2021,
      row_kind: 'baseline',
      unit: 'billion-yuan',
    });
    expect(lishui.every((r) => r.actual_value === null && r.source === null)).toBe(true);
    expect(templateRows(plans, { planId: null, regionCode: '130000' }, () => null)).toHaveLength(0); // Hebei's targets are structure counts only
  });

  it('round-trips: a filled template imports as observations; empty rows are skipped', async () => {
    const bytes = await filled({
      2: { actual_value: 60, source: '示例 统计公报 表1', data_date: new Date(Date.UTC(2022, 2, 1)), responsible_unit: '市经信局' },
      4: { actual_value: '66.5', source: 'bulletin', data_date: '2024-03-15' },
    });
    const result = await check('filled.xlsx', bytes);
    expect(result).toMatchObject({ ok: true, skipped: lishui.length - 2 });
    if (!result.ok) return;
    expect(result.observations).toEqual([
      expect.objectContaining({
        targetId: 'ls-t01',
        year: 2021,
        value: 60,
        dataDate: '2022-03-01',
        responsibleUnit: '市经信局',
        regionCode: '331100',
      }),
      expect.objectContaining({ targetId: 'ls-t01', year: 2023, value: 66.5, dataDate: '2024-03-15' }),
    ]);
  });

  it('guards template text against formula injection and carries number and date validation', async () => {
    const bytes = await templateWorkbook([{ ...lishui[0], target_en: '=HYPERLINK("x")' }], { title: '+title', instructions: [] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.getWorksheet(FIGURES_SHEET)!;
    expect(sheet.getCell(`${col('target_en')}2`).value).toBe(`'=HYPERLINK("x")`);
    expect(sheet.getCell(`${col('actual_value')}2`).dataValidation).toMatchObject({ type: 'decimal' });
    expect(sheet.getCell(`${col('data_date')}2`).dataValidation).toMatchObject({ type: 'date' });
    expect(book.getWorksheet('instructions')!.getCell('A1').value).toBe("'+title");
  });
});

describe('importing a broken table', () => {
  it('names each problem with sheet, row and column', async () => {
    const bytes = await filled({
      2: { actual_value: 'about 60', source: 's', data_date: '2022-03-01' }, // text in a number cell
      3: { target_id: 'ls-t99', actual_value: 1, source: 's', data_date: '2023-03-01' }, // unknown target
      4: { year: 2030, actual_value: 1, source: 's', data_date: '2024-03-01' }, // outside the plan
      5: { actual_value: 1, source: 's', data_date: '2025-03-01' },
      6: { year: 2024, actual_value: 2, source: 's', data_date: '2025-03-01' }, // the same as row 5
      7: { actual_value: 1, data_date: 'soon' }, // no source, no date
    });
    const result = await check('broken.xlsx', bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(where)).toEqual([
      `notNumber figures!${col('actual_value')}2`,
      `unknownTarget figures!${col('target_id')}3`,
      `yearOutside figures!${col('year')}4`,
      `duplicate figures!${col('year')}6`,
      `sourceNeeded figures!${col('source')}7`,
      `notDate figures!${col('data_date')}7`,
    ]);
    expect(result.problems[3].vars).toEqual({ first: '5' });
  });

  it('reports a missing or unknown column of a CSV by its header', async () => {
    const header = COLUMNS.filter((c) => c.key !== 'source').map(headerText);
    const csv = '\uFEFF' + [...header, 'colour'].join(',') + '\r\n';
    const result = await check('figures.csv', new TextEncoder().encode(csv));
    expect(result.ok ? [] : result.problems.map(where)).toEqual([`unknownColumn -!${columnLetter(header.length)}1`, 'missingColumn -!1']);
  });

  it('accepts the same table as CSV, with bare keys as headers', async () => {
    const csv =
      'plan_id,target_id,region_code,year,unit,actual_value,source,data_date\r\nlishui-clusters-2022,ls-t06,331100,2023,percent,55.5,bulletin table 2,2024/3/1\r\n';
    const result = await check('figures.csv', new TextEncoder().encode(csv));
    expect(result).toMatchObject({ ok: true, observations: [{ targetId: 'ls-t06', value: 55.5, dataDate: '2024-03-01' }] });
  });
});

describe('actual figures in the CSV export', () => {
  it('follow the plan rows, marked as the user’s, with source and data date in the note column', async () => {
    const { actualRows } = await import('../../../src/export/rows');
    const { index } = await import('../plans/planFixtures');
    const { regions } = await import('../realData');
    const observation = {
      planId: 'lishui-clusters-2022',
      targetId: 'ls-t06',
      regionCode: '331100',
      year: 2024,
      value: 61,
      unit: 'percent' as const,
      source: '=bulletin',
      dataDate: '2025-03-01',
    };
    const planRow = { planId: 'lishui-clusters-2022' } as Parameters<typeof actualRows>[0][number];
    const rows = actualRows(
      [planRow],
      [observation, { ...observation, planId: 'jilin-sei-2022', targetId: 'jsei-t03' }],
      { index, plans },
      regions,
      'en',
      (o) => `source ${o.source}, ${o.dataDate}`,
    );
    expect(rows).toEqual([
      expect.objectContaining({ kind: 'actual', status: 'user', value: 61, year: 2024, quote: '', note: 'source =bulletin, 2025-03-01' }),
    ]);
    const { figuresCsv } = await import('../../../src/export/rows');
    expect(figuresCsv([{ ...rows[0], note: '=bulletin' }], (k) => k)).toContain("'=bulletin");
  });
});
