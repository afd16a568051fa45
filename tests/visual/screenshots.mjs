#!/usr/bin/env node
/**
 * Screenshots of the built app for a person to look at: each view at 1920×1080 and 1280×720,
 * in Chinese and English. Usage: npm run screenshots [-- outDir]. Expects a built app in dist/
 * (or $DIST). VIEWS=overview,prefecture limits the views.
 */
import { mkdirSync } from 'node:fs';
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
];
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
