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
];
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
    for (const theme of ['contrast', 'dark']) VIEWS.push({ name: `present-${b.id}-${n}-${theme}`, path: `${path}&theme=${theme}`, sizes: FULL_HD, present: true });
  }
  if (i === 0) {
    VIEWS.push({ name: `present-${b.id}-1-4k`, path: `?present=${b.id}&step=1`, sizes: [[3840, 2160]], present: true });
    VIEWS.push({ name: `present-${b.id}-2-zoom150`, path: `?present=${b.id}&step=2`, sizes: [[853, 480]], scale: 1.5, present: true });
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
  for (const [width, height] of view.sizes ?? SIZES) {
    for (const lang of ['zh', 'en']) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: view.scale ?? 1 });
      await context.addInitScript((l) => localStorage.setItem('plan-map.lang', l), lang);
      const page = await context.newPage();
      await page.goto(baseUrl + view.path);
      // The layouts are drawn after the regions: wait for both.
      // 4K under software WebGL on a busy machine is slow to draw.
      const timeout = width > 2000 ? 240_000 : 60_000;
      await page.waitForFunction(() => performance.getEntriesByName('map-layouts-drawn').length > 0, undefined, { timeout });
      await page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout });
      // A step is drawn once its panel section is in view.
      if (view.present) await page.waitForSelector('[data-step-ready]', { timeout });
      await page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout });
      await page.waitForTimeout(300);
      const file = `${outDir}/${view.name}-${lang}-${width}x${height}${view.scale ? `@${view.scale}x` : ''}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
}
await browser.close();
await server.close();
