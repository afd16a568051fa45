import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { browserSession } from './session';
import { index, plans, regions } from '../unit/realData';
import { regionRows, selectionRows } from '../../src/export/rows';
import { planDataExport } from '../../src/export/planJson';
import { plan as planSchema, planIndex, taxonomy as taxonomySchema } from '../../src/data/planSchema';
import { parseCsv } from '../unit/export/parseCsv';

// The picture of the view and the print snapshot copy the WebGL map's canvas: those two run on the WebGL map
// (the SVG map's picture is fallback.test.ts's). Data, chart and menu exports do not depend on the map: they
// run on the SVG map, the app's choice under the test Chromium's software WebGL and far quicker to draw.
const openApp = browserSession();
const openSvg = browserSession({ waitFor: 'svg-map' });
/** Pictures written here for a person to look at (outside the repository). */
const OUT = join(tmpdir(), 'plan-map-export');
mkdirSync(OUT, { recursive: true });

async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Decodes a PNG in the page and counts distinct colours, over all and in a box (CSS px × scale). */
async function colours(page: Page, png: Buffer, box?: { x: number; y: number; w: number; h: number }) {
  return page.evaluate(
    async ({ b64, box }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const count = (x: number, y: number, w: number, h: number) => {
        const data = ctx.getImageData(x, y, w, h).data;
        const seen = new Set<number>();
        for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        return seen.size;
      };
      return { all: count(0, 0, bitmap.width, bitmap.height), box: box ? count(box.x, box.y, box.w, box.h) : null };
    },
    { b64: png.toString('base64'), box },
  );
}

const DATE = /\d{4}-\d{2}-\d{2}/.source;

describe('export and print, in real Chromium', () => {
  it('exports the view with Lishui open as PNG at screen size and at 2×, map and panel drawn, caption burned in', async () => {
    const { page, map } = await openApp('?region=331100', { lang: 'zh' });
    await map.expectPanel('丽水市');
    // Charts draw as they come into view, below the panel's headline figures.
    await page.locator('aside.panel .chart-frame').first().scrollIntoViewIfNeeded({ timeout: 20_000 });
    await page.locator('aside.panel .chart-frame svg').first().waitFor({ timeout: 20_000 });
    await map.waitForLayouts();

    const one = await map.exportItem('png');
    expect(one.suggestedFilename()).toMatch(new RegExp(`^plan-map-331100-${DATE}\\.png$`));
    const png = await downloaded(one);
    writeFileSync(`${OUT}/view-1x.png`, png);
    expect(pngSize(png)).toEqual({ width: 1280, height: 720 });
    const stage = await page.locator('.stage').boundingBox();
    const panel = await page.locator('aside.panel').boundingBox();
    // The map between the sidebar and the panel, clear of the caption box at the bottom.
    const mapBox = { x: Math.round(stage!.x + 20), y: Math.round(stage!.y + 60), w: Math.round(panel!.x - stage!.x - 40), h: 150 };
    const c1 = await colours(page, png, mapBox);
    expect(c1.all, 'distinct colours in the picture').toBeGreaterThan(200);
    expect(c1.box!, 'distinct colours in the map area').toBeGreaterThan(20);

    const two = await map.exportItem('png2x');
    expect(two.suggestedFilename()).toMatch(new RegExp(`^plan-map-331100-${DATE}@2x\\.png$`));
    const png2 = await downloaded(two);
    writeFileSync(`${OUT}/view-2x.png`, png2);
    expect(pngSize(png2)).toEqual({ width: 2560, height: 1440 });
    const c2 = await colours(page, png2, { x: mapBox.x * 2, y: mapBox.y * 2, w: mapBox.w * 2, h: mapBox.h * 2 });
    expect(c2.box!).toBeGreaterThan(20);
    // The live map still works after the 2× snapshot.
    await map.waitForIdle();
  });

  it('exports the open panel and the whole selection as CSV with BOM, header, every figure and its verbatim quote', async () => {
    const { map } = await openSvg('?region=331100', { lang: 'zh' });
    await map.expectPanel('丽水市');

    const panelCsv = await map.exportItem('panelCsv');
    expect(panelCsv.suggestedFilename()).toMatch(new RegExp(`^plan-figures-331100-${DATE}\\.csv$`));
    const bytes = await downloaded(panelCsv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes.toString('utf8').slice(1));
    expect(records[0]).toEqual([
      '类型',
      '指标',
      '数值',
      '单位',
      '比较',
      '年份',
      '地区代码',
      '地区名称',
      '规划',
      '性质（stated/derived/interpretation）',
      '原文引述',
      '引述译文（本应用翻译，非原文）',
      '来源文件',
      '公式 / 解读理由',
    ]);
    expect(records.length - 1).toBe(regionRows('331100', { index, plans }, regions, 'zh').length);
    const lishui = plans.find((p) => p.id === 'lishui-clusters-2022')!;
    const t01 = lishui.targets.find((t) => t.id === 'ls-t01')!;
    const row = records.find((r) => r[1] === '规上工业增加值')!;
    // The app's translation of the quote beside it, from the shipped renderings file (empty where the document has none).
    const renderingsFile = `public/data/sources/renderings/${t01.source.doc.replace(/\.txt$/, '.json')}`;
    const rendering = existsSync(renderingsFile)
      ? ((JSON.parse(readFileSync(renderingsFile, 'utf8')) as { quotes: { quote: string; text: string }[] }).quotes.find(
          (q) => q.quote === t01.source.quote,
        )?.text ?? '')
      : '';
    expect(row).toEqual([
      '目标',
      '规上工业增加值',
      '73',
      '十亿元',
      '超过',
      '2026',
      '331100',
      '丽水市',
      lishui.title.zh,
      'stated',
      t01.source.quote,
      rendering,
      t01.source.doc,
      '',
    ]);

    const all = await map.exportItem('selectionCsv');
    expect(all.suggestedFilename()).toMatch(new RegExp(`^plan-figures-all-${DATE}\\.csv$`));
    const allRecords = parseCsv((await downloaded(all)).toString('utf8').slice(1));
    expect(allRecords.length - 1).toBe(selectionRows([], { index, plans }, regions, 'zh').length);
  });

  it('exports a filtered selection and a layout element in English', async () => {
    const { page, map } = await openSvg('?filter=biomedicine&element=jilin-sei-2022/jsei-corridor-medical', { lang: 'en' });
    await page.locator('aside.panel h2').waitFor({ timeout: 15_000 });
    await map.waitForIdle();
    const el = await map.exportItem('panelCsv');
    expect(el.suggestedFilename()).toMatch(new RegExp(`^plan-figures-jilin-sei-2022-jsei-corridor-medical-${DATE}\\.csv$`));
    const records = parseCsv((await downloaded(el)).toString('utf8').slice(1));
    expect(records[0].slice(0, 3)).toEqual(['kind', 'figure', 'value']);
    expect(records[1][0]).toBe('layout element');

    const sel = await map.exportItem('selectionCsv');
    expect(sel.suggestedFilename()).toMatch(new RegExp(`^plan-figures-filter-biomedicine-${DATE}\\.csv$`));
    const selRecords = parseCsv((await downloaded(sel)).toString('utf8').slice(1));
    expect(selRecords.length - 1).toBe(selectionRows(['biomedicine'], { index, plans }, regions, 'en').length);
  });

  it('exports the full plan data as JSON that validates against the plan schema', async () => {
    const { map } = await openSvg('', { lang: 'en' });
    const json = await map.exportItem('json');
    expect(json.suggestedFilename()).toMatch(new RegExp(`^plan-data-all-${DATE}\\.json$`));
    const parsed = planDataExport.parse(JSON.parse((await downloaded(json)).toString('utf8')));
    expect(parsed.plans).toHaveLength(5);
    for (const p of parsed.plans) planSchema.parse(p);
    planIndex.parse(parsed.index);
    taxonomySchema.parse(parsed.taxonomy);
    expect(parsed.plans.map((p) => p.id).sort()).toEqual(plans.map((p) => p.id).sort());
  });

  it('exports a chart alone as PNG and as SVG', async () => {
    const { page, map } = await openSvg('?region=331100', { lang: 'en' });
    await map.expectPanel('Lishui');
    const frame = page.locator('aside.panel .chart-frame').first();
    // Charts draw as they come into view, below the panel's headline figures.
    await frame.scrollIntoViewIfNeeded({ timeout: 20_000 });
    await frame.locator('svg').first().waitFor({ timeout: 20_000 });

    let waiting = page.waitForEvent('download');
    await frame.getByRole('button', { name: /^Save as PNG:/ }).click();
    const png = await waiting;
    expect(png.suggestedFilename()).toMatch(new RegExp(`^plan-chart-.+-${DATE}\\.png$`));
    const bytes = await downloaded(png);
    writeFileSync(`${OUT}/chart.png`, bytes);
    const box = await frame.boundingBox();
    const size = pngSize(bytes);
    // 2× the chart's frame with 16 px of white around it.
    expect(Math.abs(size.width - (box!.width + 32) * 2)).toBeLessThanOrEqual(2);
    expect((await colours(page, bytes)).all).toBeGreaterThan(10);

    waiting = page.waitForEvent('download');
    await frame.getByRole('button', { name: /^Save as SVG:/ }).click();
    const svg = await waiting;
    expect(svg.suggestedFilename()).toMatch(new RegExp(`^plan-chart-.+-${DATE}\\.svg$`));
    const text = (await downloaded(svg)).toString('utf8');
    writeFileSync(`${OUT}/chart.svg`, text);
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('<svg');
    expect(text).not.toContain('<foreignObject');
    const title = (await frame.locator('h5').first().textContent())!.trim();
    expect(text).toContain(title.replace(/&/g, '&amp;'));
    // The SVG draws as an image on its own.
    const drawn = await page.evaluate(async (svgText) => {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
      await img.decode();
      return { w: img.naturalWidth, h: img.naturalHeight };
    }, text);
    expect(drawn.w).toBeGreaterThan(100);
  });

  it('opens and works the menu by keyboard, and Esc closes the menu, not the panel', async () => {
    const { page, map } = await openSvg('?region=331100', { lang: 'en' });
    await map.expectPanel('Lishui');
    // A disabled stand-in holds the place until the menu's code has loaded: wait for the real button.
    const button = page.getByRole('button', { name: /^Export/, disabled: false });
    await button.waitFor();
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Export and print' });
    await menu.waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-action'));
    expect(await focused()).toBe('png');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('png2x');
    await page.keyboard.press('End');
    expect(await focused()).toBe('print');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('png');
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Export/);
    await expect(page.locator('aside.panel').count()).resolves.toBe(1);
    // Enter on the button opens it with the first item focused; Enter on an item runs it.
    await page.keyboard.press('Enter');
    await menu.waitFor();
    // The menu moves the focus to its first item once it is drawn: arrow keys pressed before that would go elsewhere.
    await expect.poll(focused).toBe('png');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('panelCsv');
    // The data entries stay greyed out, saying so, until the plan data has come.
    await page.locator('[data-action="panelCsv"]:not([aria-disabled])').waitFor();
    const waiting = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await waiting).suggestedFilename()).toMatch(/\.csv$/);
  });

  it('prints one A4 landscape page with the map snapshot, the panel, the sources and the boundaries note', async () => {
    const { page, map } = await openApp('?region=331100', { lang: 'zh' });
    await map.expectPanel('丽水市');
    // Charts draw as they come into view, below the panel's headline figures.
    await page.locator('aside.panel .chart-frame').first().scrollIntoViewIfNeeded({ timeout: 20_000 });
    await page.locator('aside.panel .chart-frame svg').first().waitFor({ timeout: 20_000 });
    await map.waitForLayouts();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.locator('canvas.print-map-snapshot').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    // A4 landscape at 96 dpi, less the page margins.
    await page.setViewportSize({ width: 1062, height: 733 });
    await page.locator('.print-caption').waitFor({ state: 'visible' });
    writeFileSync(`${OUT}/print.png`, await page.screenshot());
    await expect(page.locator('canvas.print-map-snapshot').isVisible()).resolves.toBe(true);
    await expect(page.locator('aside.panel').isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-caption').isVisible()).resolves.toBe(true);
    // The document is named by its title and kind, as everywhere on screen, never by its file.
    const caption = await page.locator('.print-caption').innerText();
    expect(caption).toContain('（政策解读，2022-06-01）');
    expect(caption).not.toContain('003_65b563cfb7f1ad0a');
    await expect(page.getByText('边界仅为示意，非官方标准地图').isVisible()).resolves.toBe(true);
    for (const hidden of ['.sidebar', '.lang-switch', '.jump-buttons', '.export-menu > button', '.maplibregl-ctrl-group']) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    // The snapshot is not blank.
    const distinct = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas.print-map-snapshot')!;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 16) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    });
    expect(distinct).toBeGreaterThan(20);
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    writeFileSync(`${OUT}/print.pdf`, pdf);
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length, 'pages in the PDF').toBe(1);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('canvas.print-map-snapshot').count()).resolves.toBe(0);

    // Printing as the browser does it (beforeprint, print layout, afterprint): the snapshot is
    // in the page before layout, within the beforeprint handlers, and gone afterwards.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      const w = window as unknown as { printLog: string[] };
      w.printLog = [];
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof HTMLCanvasElement && n.classList.contains('print-map-snapshot')) w.printLog.push(`snapshot ${n.width}`);
      }).observe(document.body, { subtree: true, childList: true });
      window.addEventListener('beforeprint', () => w.printLog.push('beforeprint'));
      window.addEventListener('afterprint', () => w.printLog.push('afterprint'));
    });
    await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    const log = await page.evaluate(() => (window as unknown as { printLog: string[] }).printLog);
    expect(log[0]).toMatch(/^snapshot \d+$/);
    expect(log.slice(1)).toEqual(['beforeprint', 'afterprint']);
    await expect(page.locator('canvas.print-map-snapshot').count()).resolves.toBe(0);
  });
});
