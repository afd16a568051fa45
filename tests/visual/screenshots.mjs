#!/usr/bin/env node
/**
 * Screenshots of the built app for a person to look at: each view at 1920×1080 and 1280×720,
 * in Chinese and English. Usage: npm run screenshots [-- outDir]. Expects a built app in dist/
 * (or $DIST). VIEWS=overview,prefecture limits the views (VIEWS=screens: the main screens, see SCREENS).
 * SIZES=1280x720,3840x2160 takes every chosen view at those sizes instead of its own (big screens:
 * 3840x2160 is 16:9 4K, 3840x1080 a 32:9 spliced wall). LANGS=en limits the languages. MAP=svg draws
 * every view on the SVG map (a Chromium without WebGL). Views named `fallback-…` run in a Chromium
 * with WebGL switched off, where the app draws its SVG map.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { preview } from 'vite';
import { launchSoftwareChromium } from '../chromium-launch.mjs';

const outDir = process.argv[2] ?? 'screenshots';
const VIEWS = [
  { name: 'overview', path: '' },
  { name: 'prefecture', path: '?region=130600' },
  { name: 'county', path: '?region=331127' },
  { name: 'xiongan', path: '?region=133100' },
  { name: 'province', path: '?region=220000' },
  { name: 'bad-link', path: '?region=99x' },
  { name: 'filter', path: '?filter=biomedicine' },
  { name: 'element', path: '?element=jilin-clusters-2013/j13-belt-cltb' },
  { name: 'lishui', path: '?region=331100' },
  { name: 'readme', path: '?region=220000&filter=biomedicine' },
  {
    name: 'pack-loaded',
    path: '',
    setup: (page) => loadPack(page, 'example.pack.json', readFileSync('public/data/example-pack.json'), [117, 35.1]),
  },
  { name: 'pack-problems', path: '', setup: (page) => loadPack(page, 'broken.json', Buffer.from(brokenPack())) },
  // The About box (src/about), as IT would read it out on the phone.
  {
    name: 'about',
    path: '',
    setup: (page) =>
      page
        .locator('.about > button')
        .click()
        .then(() => page.locator('.about-dialog').waitFor()),
  },
  // Progress against the targets (src/progress): the example figures loaded, the map coloured by status, a panel open.
  { name: 'progress', path: '?region=130000', webgl: false, setup: showProgress },
  // The briefing builder (src/builder), opened from the presentation menu with one step recorded.
  { name: 'builder', path: '?region=220100', webgl: false, setup: openBuilder },
  { name: 'fallback-overview', path: '', webgl: false },
  { name: 'fallback-prefecture', path: '?region=130600', webgl: false },
  { name: 'fallback-filter', path: '?filter=new-energy', webgl: false },
  // Two kinds that Hebei's province plan names: its prefectures must read as planned (issue 17, item 7).
  { name: 'filter-two', path: '?filter=biomedicine,new-energy' },
  { name: 'fallback-filter-two', path: '?filter=biomedicine,new-energy', webgl: false },
  // The filter's key in presentation, dark and high contrast, and the comparison's closing step.
  { name: 'fallback-present-filter-dark', path: '?present=three-regions&step=6&theme=dark', webgl: false, present: true },
  { name: 'fallback-present-filter-contrast', path: '?present=three-regions&step=6&theme=contrast', webgl: false, present: true },
  { name: 'fallback-present-summary', path: '?present=three-regions&step=10', webgl: false, present: true },
  // Drilled into Baoding (the panel's "Show subdivisions"), with one of its counties open.
  { name: 'fallback-county', path: '?region=130600', webgl: false, drill: '130633' },
  // Panels (issue 17): a province, a layout element and a presentation step with a panel, on the SVG map.
  { name: 'fallback-province', path: '?region=220000', webgl: false },
  { name: 'fallback-element', path: '?element=jilin-clusters-2013/j13-belt-cltb', webgl: false },
  { name: 'fallback-present-panel-dark', path: '?present=jilin-clusters-2013&step=2&theme=dark', webgl: false, present: true },
  // A presentation step on the SVG map in the dark theme and room scale.
  { name: 'fallback-present-dark', path: '?present=lishui-clusters-2022&step=2&theme=dark', webgl: false, present: true },
  // The source reader at a quote (src/sources): an English text over a region panel, the press report
  // read sentence by sentence with a mark's list open, a Chinese text, and over a presentation step.
  { name: 'reader', path: '?region=331100&source=003_65b563cfb7f1ad0a/1964-2042', setup: readerOpen },
  { name: 'reader-press', path: '?source=002_971907feb57351a0/5902-6006', setup: (page) => readerOpen(page, true) },
  { name: 'reader-zh-text', path: '?region=220000&source=001_3d5405d80eb827a8/1633-1653', setup: readerOpen },
  {
    name: 'reader-present-dark',
    path: '?present=lishui-clusters-2022&step=2&theme=dark&source=003_65b563cfb7f1ad0a/1964-2042',
    present: true,
    setup: readerOpen,
  },
  // A step whose panel shows its own plan's block (issue 17), in the two room themes, and the presenter view.
  { name: 'present-panel-dark', path: '?present=jilin-clusters-2013&step=2&theme=dark', present: true },
  { name: 'present-panel-contrast', path: '?present=jilin-industry-14fyp&step=4&theme=contrast', present: true },
  { name: 'presenter', path: '?presenter=1&present=jilin-clusters-2013&step=2', presenter: true },
  // The same map views on the SVG map (issue 17: map looks on both renderers).
  { name: 'svg-element', path: '?element=jilin-clusters-2013/j13-belt-cltb', webgl: false },
  { name: 'svg-lishui', path: '?region=331100', webgl: false },
  // A selected zone: the only hatched one (issue 17, item 6).
  { name: 'zone', path: '?element=hebei-manufacturing-14fyp/hb-zone-coastal' },
  { name: 'svg-zone', path: '?element=hebei-manufacturing-14fyp/hb-zone-coastal', webgl: false },
  { name: 'svg-present-panel-dark', path: '?present=jilin-clusters-2013&step=2&theme=dark', webgl: false, present: true },
  { name: 'svg-present-panel-contrast', path: '?present=jilin-industry-14fyp&step=4&theme=contrast', webgl: false, present: true },
  {
    name: 'reader-present-contrast',
    path: '?present=lishui-clusters-2022&step=2&theme=contrast&source=003_65b563cfb7f1ad0a/1964-2042',
    present: true,
    sizes: [[1920, 1080]],
    setup: readerOpen,
  },
];

/** Opens a source box by focusing its button (the first, or the last). */
async function openSourceBox(page, selector, last = false) {
  const buttons = page.locator(selector);
  await buttons.first().waitFor({ timeout: 30_000 });
  await (last ? buttons.last() : buttons.first()).focus();
  await page.locator('.source-popover').first().waitFor({ timeout: 10_000 });
}

/** Waits for the reader's highlighted quote; optionally opens the list of what quotes the mark around it. */
async function readerOpen(page, openList = false) {
  await page.locator('dialog.reader .reader-target').first().waitFor({ timeout: 30_000 });
  if (openList)
    await page.locator('dialog.reader .reader-target').first().locator('xpath=ancestor::mark[1]/following-sibling::button[1]').click();
}

/** The example pack with a few mistakes, for the problem list. */
function brokenPack() {
  const pack = JSON.parse(readFileSync('public/data/example-pack.json', 'utf8'));
  pack.boundaries.features[1].properties.code = '220100';
  pack.plans[0].targets[0].value = 'a lot';
  delete pack.plans[0].region;
  pack.boundaries.features[0].geometry.coordinates[0][2] = [200, 95];
  return JSON.stringify(pack);
}

/** Loads a pack through the loader's file input, then optionally clicks the map at [lng, lat]. */
async function loadPack(page, name, buffer, clickAt) {
  await page.locator('details.pack-loader summary').click();
  await page.locator('[data-testid=pack-files]').setInputFiles({ name, mimeType: 'application/json', buffer });
  await page.locator('.pack-loaded, .pack-problems').first().waitFor({ timeout: 30_000 });
  if (clickAt) {
    await page.waitForTimeout(500);
    await page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout: 60_000 });
    const { x, y } = await page.evaluate(([lng, lat]) => window.__regionMap.project(lng, lat), clickAt);
    await page.mouse.click(x, y);
    await page.locator('aside.panel h2').waitFor({ timeout: 10_000 });
  }
}
// Presentation mode, from the shipped briefings: every step at 1920×1080; the first briefing's
// steps also in both room themes, at 1280×720, at browser zoom 150% (1280×720 screen, 1.5 scale)
// and one at 3840×2160.
const briefings = JSON.parse(readFileSync('public/data/briefings/index.json', 'utf8')).briefings.map((b) => ({
  id: b.id,
  steps: JSON.parse(readFileSync(`public/data/${b.file}`, 'utf8')).steps.length,
}));
const FULL_HD = [[1920, 1080]];
for (const [i, b] of briefings.entries()) {
  for (let n = 1; n <= b.steps; n++) {
    const path = `?present=${b.id}&step=${n}`;
    VIEWS.push({ name: `present-${b.id}-${n}`, path, sizes: i === 0 && n <= 2 ? [...FULL_HD, [1280, 720]] : FULL_HD, present: true });
    if (i > 0) continue;
    for (const theme of ['contrast', 'dark'])
      VIEWS.push({ name: `present-${b.id}-${n}-${theme}`, path: `${path}&theme=${theme}`, sizes: FULL_HD, present: true });
  }
  if (i === 0) {
    VIEWS.push({ name: `present-${b.id}-1-4k`, path: `?present=${b.id}&step=1`, sizes: [[3840, 2160]], present: true });
    VIEWS.push({ name: `present-${b.id}-2-zoom150`, path: `?present=${b.id}&step=2`, sizes: [[853, 480]], scale: 1.5, present: true });
  }
}
// The main screens, for checking a layout at every size: overview, a prefecture's and a province's panel, and a
// presentation step with figure cards and a panel in each theme.
const SCREENS = ['overview', 'prefecture', 'province', 'present-step', 'present-step-contrast', 'present-step-dark'];
for (const theme of ['', 'contrast', 'dark'])
  VIEWS.push({
    name: theme ? `present-step-${theme}` : 'present-step',
    path: `?present=lishui-clusters-2022&step=2${theme ? `&theme=${theme}` : ''}`,
    present: true,
  });
// Source boxes (issue 17: clipped by the panel's edge or running off screen): one in a panel, one on the last figure card.
VIEWS.push(
  { name: 'source-box-panel', path: '?region=331100', webgl: false, setup: (page) => openSourceBox(page, 'aside.panel .source-button') },
  {
    name: 'source-box-card',
    path: '?present=lishui-clusters-2022&step=2',
    present: true,
    setup: (page) => openSourceBox(page, '.figure-card .source-button', true),
  },
);
// The sweep of issue 17 ("Done when"): the main screens, each kind of panel, the filter with its key, the legend, the
// export menu, presentation steps with cards and a panel, the filter key, a closing step, an element's step, the
// presenter view. VIEWS=sweep chooses them; with THEMES=default,contrast,dark each presentation view is taken in each
// theme (themes apply while presenting), named …-<theme>.
VIEWS.push(
  {
    name: 'legend',
    path: '?filter=biomedicine',
    setup: (page) =>
      page
        .locator('.legend-plan')
        .last()
        .evaluate((el) => el.scrollIntoView({ block: 'end' })),
  },
  {
    name: 'export-menu',
    path: '?region=130000',
    setup: async (page) => {
      await page.getByRole('button', { name: /^(导出|Export)/ }).click();
      await page.getByRole('menu').waitFor();
    },
  },
  // An element whose text names no place (issue 17, item 6: its panel hid half of Jilin at 1280).
  { name: 'element-unplaced', path: '?element=jilin-industry-14fyp/jind-food-clusters' },
  { name: 'present-cards', path: '?present=lishui-clusters-2022&step=2', present: true },
  { name: 'present-panel', path: '?present=jilin-clusters-2013&step=2', present: true },
  { name: 'present-targets', path: '?present=hebei-manufacturing-14fyp&step=2', present: true },
  { name: 'present-element', path: '?present=hebei-manufacturing-14fyp&step=6', present: true },
  { name: 'present-filter', path: '?present=three-regions&step=6', present: true },
  { name: 'present-summary', path: '?present=three-regions&step=10', present: true },
);
const SWEEP = [
  'overview',
  'province',
  'prefecture',
  'county',
  'xiongan',
  'element',
  'element-unplaced',
  'filter-two',
  'legend',
  'export-menu',
  'present-cards',
  'present-panel',
  'present-targets',
  'present-element',
  'present-filter',
  'present-summary',
  'presenter',
];
const THEMES = process.env.THEMES?.split(',');
if (THEMES)
  for (const v of [...VIEWS])
    if (v.present && !v.path.includes('theme=')) {
      VIEWS.splice(
        VIEWS.indexOf(v),
        1,
        ...THEMES.map((th) => ({ ...v, name: `${v.name}-${th}`, base: v.name, path: th === 'default' ? v.path : `${v.path}&theme=${th}` })),
      );
    }
const SIZES = [
  [1920, 1080],
  [1280, 720],
];
const envSizes = process.env.SIZES?.split(',').map((s) => s.split('x').map(Number));
const only = process.env.VIEWS?.split(',').flatMap((v) => (v === 'screens' ? SCREENS : v === 'sweep' ? SWEEP : [v]));
const LANGS = process.env.LANGS?.split(',') ?? ['zh', 'en'];
if (process.env.MAP === 'svg') for (const v of VIEWS) if (!v.presenter) v.webgl = false;

const withWebgl = (path) => {
  const cut = path.includes('#') ? path.indexOf('#') : path.length;
  return `${path.slice(0, cut)}${path.includes('?') ? '&' : '?'}renderer=webgl${path.slice(cut)}`;
};

mkdirSync(outDir, { recursive: true });
const server = await preview({ build: { outDir: process.env.DIST ?? 'dist' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const baseUrl = server.resolvedUrls.local[0];
const browser = await launchSoftwareChromium();
const noWebgl = await launchSoftwareChromium({ noWebgl: true });
for (const view of VIEWS.filter((v) => !only || only.includes(v.name) || only.includes(v.base))) {
  for (const [width, height] of envSizes ?? view.sizes ?? SIZES) {
    for (const lang of LANGS) {
      const context = await (view.webgl === false ? noWebgl : browser).newContext({
        viewport: { width, height },
        deviceScaleFactor: view.scale ?? 1,
      });
      await context.addInitScript((l) => localStorage.setItem('plan-map.lang', l), lang);
      const page = await context.newPage();
      // A busy shared machine can take longer than the default 30 s for a full-HD screenshot.
      page.setDefaultTimeout(120_000);
      // SwiftShader is software WebGL, where the app would choose the SVG map: the WebGL views ask for the WebGL map.
      await page.goto(baseUrl + (view.webgl === false ? view.path : withWebgl(view.path)));
      // 4K under software WebGL is slow to draw.
      const timeout = (width > 2000 ? 240_000 : Number(process.env.SHOT_TIMEOUT ?? 60_000)) * Number(process.env.SHOT_TIMEOUT_FACTOR ?? 1);
      if (view.presenter) {
        await page.locator('.presenter-notes').waitFor({ timeout });
        // The current and next step's pictures: drawn once the boundaries are in.
        await page.locator('.presenter-next .step-picture-focus').first().waitFor({ timeout });
      } else if (view.webgl === false) await fallbackReady(page, view);
      else {
        // The layouts are drawn after the regions: wait for both.
        await page.waitForFunction(() => performance.getEntriesByName('map-layouts-drawn').length > 0, undefined, { timeout });
        await page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout });
      }
      // A step is drawn once its panel section is in view.
      if (view.present) {
        await page.waitForSelector('[data-step-ready]', { timeout });
        if (view.webgl !== false) await page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout });
      }
      if (view.setup) {
        await view.setup(page);
        if (view.webgl !== false) await page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout: 60_000 });
      }
      await page.waitForTimeout(300);
      const map = process.env.MAP === 'svg' ? '-svg' : '';
      const file = `${outDir}/${view.name}${map}-${lang}-${width}x${height}${view.scale ? `@${view.scale}x` : ''}.png`;
      await page.screenshot({ path: file, timeout });
      console.log(file);
      await context.close();
    }
  }
}
await browser.close();
await noWebgl.close();
await server.close();

async function showProgress(page) {
  await page.locator('details.progress-section > summary').click();
  await page.getByRole('button', { name: /用示例数据试用|Try with example figures/ }).click();
  const colour = page.getByRole('checkbox', { name: /按进度为地图着色|Colour the map by progress/ });
  await colour.waitFor({ timeout: 60_000 });
  await colour.check();
  await page.locator('.svg-map [data-progress]').first().waitFor({ timeout: 60_000 });
}

async function openBuilder(page) {
  await page.getByRole('button', { name: /^(演示|Present)/ }).click();
  await page.getByRole('button', { name: /制作简报|Make a briefing/ }).click();
  await page.getByRole('button', { name: /新建简报|New briefing/ }).click();
  await page.getByRole('button', { name: /把当前视图添加为一步|Add this view as a step/ }).click();
}

/** The SVG map drawn with its layouts (and the open panel's charts), drilled in when the view asks. */
async function fallbackReady(page, view) {
  await page.waitForFunction(() => performance.getEntriesByName('svg-map-drawn').length > 0, undefined, { timeout: 60_000 });
  await page.locator('.svg-map path.svg-map-symbol').first().waitFor({ timeout: 60_000 });
  if (view.drill) {
    await page.locator('aside.panel h2').waitFor({ timeout: 30_000 });
    await page.locator('aside.panel button', { hasText: /查看下级地区|Show subdivisions/ }).click();
    await page.locator(`.svg-map path[data-code="${view.drill}"][data-displayed]`).waitFor({ timeout: 30_000 });
    const [lng, lat] = await page.evaluate(async (code) => {
      const topo = await (await fetch('geo/regions.topo.json')).json();
      const g = topo.objects.counties.geometries.find((x) => x.properties.code === code);
      return [g.properties.label_lng, g.properties.label_lat];
    }, view.drill);
    const point = await page.evaluate(([x, y]) => window.__svgMap.project(x, y), [lng, lat]);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((code) => new URL(location.href).searchParams.get('region') === code, view.drill, { timeout: 30_000 });
  }
  if (view.path.includes('region=') || view.drill)
    await page
      .locator('aside.panel .chart-frame')
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(() => {});
}
