#!/usr/bin/env node
/**
 * Screenshots of the built app for a person to look at: each view at 1920×1080 and 1280×720,
 * in Chinese and English. Usage: npm run screenshots [-- outDir]. Expects a built app in dist/
 * (or $DIST). VIEWS=overview,prefecture limits the views.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { preview } from 'vite';
import { chromium } from 'playwright-core';

const outDir = process.argv[2] ?? 'screenshots';
const ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--disable-quic', '--disable-dev-shm-usage'];
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
  { name: 'pack-loaded', path: '', setup: (page) => loadPack(page, 'example.pack.json', readFileSync('public/data/example-pack.json'), [117, 35.1]) },
  { name: 'pack-problems', path: '', setup: (page) => loadPack(page, 'broken.json', Buffer.from(brokenPack())) },
];

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
const SIZES = [
  [1920, 1080],
  [1280, 720],
];
const only = process.env.VIEWS?.split(',');

mkdirSync(outDir, { recursive: true });
const server = await preview({ build: { outDir: process.env.DIST ?? 'dist' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const baseUrl = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
for (const view of VIEWS.filter((v) => !only || only.includes(v.name))) {
  for (const [width, height] of SIZES) {
    for (const lang of ['zh', 'en']) {
      const context = await browser.newContext({ viewport: { width, height } });
      await context.addInitScript((l) => localStorage.setItem('plan-map.lang', l), lang);
      const page = await context.newPage();
      await page.goto(baseUrl + view.path);
      // The layouts are drawn after the regions: wait for both.
      await page.waitForFunction(() => performance.getEntriesByName('map-layouts-drawn').length > 0, undefined, { timeout: 60_000 });
      await page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout: 60_000 });
      if (view.setup) {
        await view.setup(page);
        await page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout: 60_000 });
      }
      await page.waitForTimeout(300);
      const file = `${outDir}/${view.name}-${lang}-${width}x${height}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
}
await browser.close();
await server.close();
