/**
 * In Chinese mode no English text is shown on any screen, except a verbatim quote the person
 * asked to see (the quote display marks it `data-verbatim`). Walks the main screens with lang=zh —
 * overview with filter and legend, region panels of Jilin, Hebei, Lishui, a prefecture and a county
 * (every chart, data table and collapsed section), layout element panels, the export menu, a source
 * popover with its verbatim opened — then every step of every shipped briefing in presentation
 * mode and in the presenter view. Collects the visible text and every run of three or more Latin
 * letters in it that is not an allowed token.
 *
 * What it finds is reported by where it comes from: a field of the shipped data (file and field
 * path) or the UI itself (a string table or code). The two are asserted apart, so the report says
 * what is left to translate in the data after the UI is clean.
 *
 * Also checks that Hebei's headline concepts are on the first screen of its panel at 1280×720.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_GPU_ARGS } from './chromium';
import { browserSession } from './session';
import { briefings } from './presentPage';

// The walk reads text, not pixels: the SVG map (WebGL off) draws the same screens far sooner under
// software WebGL, and its region and element names are text the walk checks as well.
const openApp = browserSession({ launchArgs: NO_GPU_ARGS, waitFor: 'svg-map' });
const SLOW = 900_000;

/**
 * Latin-letter tokens that may stand in Chinese text (compared without case), kept short:
 * - file formats the export menu, the chart buttons, the pack loader and the progress template name (PNG, SVG,
 *   CSV, JSON, PDF, XLSX; “.json”): what these files are called in Chinese too;
 * - Tab, as printed on the key (the SVG map's keyboard hint says “用 Tab 键”);
 * - ECharts, the map package the boundaries come from, named in the attribution, and WebGL, named where the
 *   app says which map it draws and why: they have no Chinese names.
 * (Admin codes and years are digits; the map's scale says “km” and the source marks i / Σ, and “N”
 * in “4+4+3+N”, are shorter than three letters.)
 */
const ALLOWED = ['PNG', 'SVG', 'CSV', 'JSON', 'PDF', 'XLSX', 'ECHARTS', 'WEBGL', 'TAB'];
/**
 * Elements that show the other language on purpose: the language switch names each language in
 * itself (“English”).
 */
const OTHER_LANGUAGE_ON_PURPOSE = ['.lang-switch'];

interface Found {
  screen: string;
  words: string[];
  text: string;
  where: string;
}
const found: Found[] = [];

/** The visible text nodes with English runs, outside verbatim quotes shown on request. */
async function collect(page: Page, screen: string): Promise<void> {
  const hits = await page.evaluate(
    ({ allowed, skip }) => {
      const out: { words: string[]; text: string; where: string }[] = [];
      const describe = (el: Element | null) => {
        const parts: string[] = [];
        for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
          const cls = [...e.classList].slice(0, 2).join('.');
          parts.unshift(`${e.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`);
        }
        return parts.join(' > ');
      };
      const check = (text: string, el: Element) => {
        const words = (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !allowed.includes(w.toUpperCase()));
        if (words.length) out.push({ words, text: text.trim(), where: describe(el) });
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !node.textContent?.trim()) continue;
        if (el.closest('script, style, noscript, [data-verbatim]')) continue;
        if (skip.some((s) => el.closest(s))) continue;
        if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
        check(node.textContent, el);
      }
      // Placeholders are visible text too.
      for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
        if (input.checkVisibility() && !input.value) check(input.placeholder, input);
      }
      return out;
    },
    { allowed: ALLOWED, skip: OTHER_LANGUAGE_ON_PURPOSE },
  );
  for (const h of hits) if (!found.some((f) => f.text === h.text && f.where === h.where)) found.push({ screen, ...h });
}

/** Opens every collapsed section and every data table of the open panel, and scrolls it through so every chart draws. */
async function walkPanel(page: Page, screen: string) {
  const panel = page.locator('aside.panel');
  await panel.waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => {
      const p = document.querySelector('aside.panel');
      return !!p && !/正在加载/.test(p.textContent ?? '');
    },
    undefined,
    { timeout: 60_000 },
  );
  await collect(page, screen);
  await panel.evaluate((el) => el.querySelectorAll('details:not([open])').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const [height, step] = await panel.evaluate((el) => [el.scrollHeight, el.clientHeight]);
  // A view at a time (charts start drawing 400 px before they come into view); what a chart draws stays drawn,
  // and the collection reads every visible node of the page, so it runs once the whole panel has been seen.
  for (let y = 0; y <= height; y += Math.max(400, step)) {
    await panel.evaluate((el, top) => el.scrollTo({ top }), y);
    // Charts draw when they come near the panel's view, one per frame: wait for those in view.
    await page.waitForFunction(
      () => {
        const view = document.querySelector('aside.panel')!.getBoundingClientRect();
        return [...document.querySelectorAll('aside.panel .chart-frame')]
          .filter((f) => {
            const r = f.getBoundingClientRect();
            return r.bottom > view.top && r.top < view.bottom;
          })
          .every((f) => f.querySelector('.chart-body svg, table'));
      },
      undefined,
      { timeout: 30_000 },
    );
  }
  await collect(page, screen);
  // Each toggle becomes “显示图表” once pressed.
  const tableToggles = panel.getByRole('button', { name: '显示数据表' });
  for (let left = await tableToggles.count(); left > 0; left = await tableToggles.count()) await tableToggles.first().click();
  await collect(page, `${screen} (data tables)`);
}

// ---------------------------------------------------------------------------
// Where a finding comes from: a string of the shipped data, or the UI.

const dataStrings: { file: string; path: string; value: string }[] = [];
function indexStrings(file: string, value: unknown, path: string) {
  if (typeof value === 'string') dataStrings.push({ file, path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => indexStrings(file, v, `${path}[${i}]`));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) indexStrings(file, v, path ? `${path}.${k}` : k);
}
function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') && e.name !== 'example-pack.json' ? [join(dir, e.name)] : [],
  );
}
// The plans first: a text found there is theirs, even where a briefing repeats it.
const files = jsonFiles('public/data').sort((a, b) => Number(a.includes('briefings')) - Number(b.includes('briefings')));
for (const file of files) indexStrings(file.replace('public/', ''), JSON.parse(readFileSync(file, 'utf8')), '');

/** An internal document file name, e.g. 002_971907feb57351a0.txt (issue 14: documents are named by title). */
const FILE_NAME = /\d{3}_[0-9a-f]{8,}\.txt/g;
const englishIn = (text: string) => (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ALLOWED.includes(w.toUpperCase()));

/**
 * Where a finding comes from: "file name" when all its English is a document's file name;
 * "data: plans/x.json: targets[].source.quote" for text a data string is (or holds, or is part of);
 * else "UI: <where in the page>".
 */
function origin(f: Found): string {
  const field = (d: (typeof dataStrings)[number]) => `data: ${d.file}: ${d.path.replace(/\[\d+\]/g, '[]')}`;
  const text = f.text.replace(FILE_NAME, '').trim();
  const words = englishIn(text);
  if (words.length === 0) return `file name: ${f.where}`;
  const exact = dataStrings.find((d) => d.value.trim() === f.text || d.value.trim() === text);
  if (exact) return field(exact);
  const inside = dataStrings
    .filter((d) => d.value.length >= 4 && words.some((w) => d.value.includes(w)) && text.includes(d.value))
    .sort((a, b) => b.value.length - a.value.length)[0];
  if (inside) return field(inside);
  const around = text.length >= 12 ? dataStrings.find((d) => d.value.includes(text)) : undefined;
  return around ? field(around) : `UI: ${f.where}`;
}

/** The finding's text around its first English word. */
function around(f: Found): string {
  const at = Math.max(0, f.text.search(/[A-Za-z]{3,}/) - 30);
  return `${at > 0 ? '…' : ''}${f.text.slice(at, at + 130)}${f.text.length > at + 130 ? '…' : ''}`;
}

/** Findings grouped by origin, each group with its count and an example. */
function report(list: Found[]): string[] {
  const groups = new Map<string, Found[]>();
  for (const f of list) groups.set(origin(f), [...(groups.get(origin(f)) ?? []), f]);
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([where, fs]) => `${where} — ${fs.length}× e.g. [${fs[0].screen}] «${around(fs[0])}»`);
}

// ---------------------------------------------------------------------------

describe('in Chinese mode no English is shown but a verbatim quote asked for', () => {
  it(
    'walks the overview with the filter, legend and region list, and the export menu',
    async () => {
      const { page } = await openApp('', { lang: 'zh' });
      await page.locator('.svg-map path.svg-map-symbol').first().waitFor();
      await page.locator('.sidebar details:not([open]) > summary').evaluateAll((s) => s.forEach((x) => (x as HTMLElement).click()));
      await collect(page, 'overview');
      await page.locator('.export-menu > button').click();
      await page.locator('.export-menu [role="menu"]').waitFor();
      await collect(page, 'export menu');
      await page.keyboard.press('Escape');
      // The filter on: the legend and filter show their counts and matches.
      const { page: filtered } = await openApp('?filter=biomedicine&region=220000', { lang: 'zh' });
      await walkPanel(filtered, 'filter on, Jilin panel');
    },
    SLOW,
  );

  it(
    'walks the region panels of Jilin, Hebei, Lishui, a prefecture and a county',
    async () => {
      for (const code of ['220000', '130000', '331100', '130600', '331181', '220112']) {
        const { page } = await openApp(`?region=${code}`, { lang: 'zh' });
        await walkPanel(page, `region ${code}`);
        await page.context().close();
      }
    },
    SLOW,
  );

  it('shows Hebei’s headline concepts on the first screen of its panel at 1280×720', async () => {
    const { page } = await openApp('?region=130000', { lang: 'zh', width: 1280, height: 720 });
    const concepts = page.locator('aside.panel .plan-headlines');
    await concepts.waitFor({ timeout: 60_000 });
    for (const name of ['“4+4+3+N”产业体系', '“一核、两极、四区、多集群”']) {
      const box = await concepts.getByText(name, { exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.y + box!.height, `${name} is above the fold`).toBeLessThanOrEqual(720);
    }
    expect(await page.locator('aside.panel').evaluate((el) => el.scrollTop)).toBe(0);
  });

  it(
    'walks layout element panels and a source popover, its verbatim opened on request',
    async () => {
      for (const key of [
        'hebei-manufacturing-14fyp/hb-core-xiongan',
        'hebei-manufacturing-14fyp/hb-zone-coastal',
        'jilin-clusters-2013/j13-belt-cjt',
      ]) {
        const { page } = await openApp(`?element=${key}`, { lang: 'zh' });
        await walkPanel(page, `element ${key}`);
        await page.context().close();
      }
      const { page } = await openApp('?region=331100', { lang: 'zh' });
      await walkPanel(page, 'region 331100');
      const button = page.locator('aside.panel .chart-frame .source-button').first();
      await button.scrollIntoViewIfNeeded();
      await button.focus();
      const popover = page.locator('.source-popover');
      await popover.locator('.quote-text:not(.quote-pending)').waitFor();
      await collect(page, 'source popover');
      const toggle = popover.getByRole('button', { name: '显示原文' });
      if (await toggle.count()) {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await popover.locator('[data-verbatim]').waitFor();
        await collect(page, 'source popover, verbatim shown');
      }
    },
    SLOW,
  );

  it(
    'walks every step of every shipped briefing in presentation mode',
    async () => {
      for (const b of briefings) {
        const { page } = await openApp(`?present=${b.id}`, { lang: 'zh' });
        await page.emulateMedia({ reducedMotion: 'reduce' });
        for (let n = 1; n <= b.steps.length; n++) {
          if (n > 1) await page.keyboard.press('ArrowRight');
          await page.locator(`[data-step-ready="${n}"]`).waitFor({ timeout: 60_000 });
          await collect(page, `present ${b.id} step ${n}`);
        }
        await page.context().close();
      }
    },
    SLOW,
  );

  it(
    'walks every step of every shipped briefing in the presenter view',
    async () => {
      for (const b of briefings) {
        const { page } = await openApp(`?presenter=1&present=${b.id}`, { lang: 'zh', waitFor: 'page' });
        for (let n = 1; n <= b.steps.length; n++) {
          if (n > 1) await page.keyboard.press('ArrowRight');
          await page.locator('.presenter-count', { hasText: `第 ${n} / ${b.steps.length} 步` }).waitFor({ timeout: 10_000 });
          await collect(page, `presenter ${b.id} step ${n}`);
        }
        await page.context().close();
      }
    },
    SLOW,
  );

  it('names documents by their titles, never by file name', () => {
    const names = found.filter((f) => origin(f).startsWith('file name'));
    expect(report(names), 'document file names shown in Chinese mode').toEqual([]);
  });

  it('finds no English in the UI’s own strings', () => {
    const ui = found.filter((f) => origin(f).startsWith('UI'));
    expect(report(ui), 'English shown by the UI in Chinese mode').toEqual([]);
  });

  it('finds no English from the data (untranslated reasons, notes, quotes without a rendering)', () => {
    const data = found.filter((f) => origin(f).startsWith('data'));
    if (data.length) console.log(`English from the data in Chinese mode, by field:\n${report(data).join('\n')}`);
    expect(report(data), 'English from the data in Chinese mode').toEqual([]);
  });
});
