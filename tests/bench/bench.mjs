#!/usr/bin/env node
/**
 * Benchmark (not a test): builds the app, serves it locally, drives headless Chromium and
 * writes tests/bench/results/latest.json plus a dated copy, and prints a short table.
 * Measures first-view transfer per asset (raw and gzip), navigation to the map's first idle,
 * and click-to-panel latency over 30 clicks on different regions.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { feature } from 'topojson-client';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const CLICKS = 30;
const ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--disable-quic', '--disable-dev-shm-usage'];

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return Math.round(sorted[i] * 10) / 10;
};
const stats = (values) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95), n: values.length });

execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const baseUrl = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });

async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript(() => localStorage.setItem('plan-map.lang', 'zh'));
  return context.newPage();
}
const waitIdle = (page) => page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout: 60_000, polling: 50 });

console.error('measuring first view…');
// First view: every response until the map is idle, raw and gzip sizes.
const assets = [];
{
  const page = await freshPage();
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      if (assets.some((a) => a.url === response.url().replace(baseUrl, '/'))) return;
      assets.push({ url: response.url().replace(baseUrl, '/'), raw: body.length, gzip: gzipSync(body).length });
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  await page.goto(baseUrl);
  await waitIdle(page);
  await page.context().close();
}

console.error('measuring first idle…');
// Navigation to the map's first idle (maplibre's own idle event, marked by the app).
const firstIdle = [];
for (let i = 0; i < LOADS; i++) {
  const page = await freshPage();
  await page.goto(baseUrl);
  await waitIdle(page);
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0);
  firstIdle.push(await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0].startTime));
  await page.context().close();
}

console.error('measuring clicks…');
// Click to panel painted with its charts, on 30 different regions: the 20 prefectures and Xiong'an from the
// overview, then Lishui's 9 counties after its jump button has framed them.
const topo = JSON.parse(readFileSync('public/geo/regions.topo.json', 'utf8'));
const propsOf = (layer) => feature(topo, topo.objects[layer]).features.map((f) => f.properties);
const overviewTargets = [...propsOf('prefectures').filter((p) => p.parent === '220000' || p.parent === '130000'), ...propsOf('newareas')];
const lishuiTargets = propsOf('counties').filter((p) => p.parent === '331100');
const clickLatency = [];
const skipped = [];

async function measureClick(page, target) {
  // Clicks closer than maplibre's double-click window would zoom the map instead.
  await page.waitForTimeout(400);
  await waitIdle(page);
  const base = await page.evaluate(([x, y]) => window.__regionMap.project(x, y), [target.label_lng, target.label_lat]);
  // Hover first: where another region's name covers this label point, try a little beside it.
  let point = null;
  for (const [dx, dy] of [[0, 0], [0, 28], [0, -28], [28, 0], [-28, 0]]) {
    await page.mouse.move(base.x + dx, base.y + dy);
    await page.waitForTimeout(80);
    const shown = await page.locator('.hover-label').textContent();
    if (shown === target.name_zh) {
      point = { x: base.x + dx, y: base.y + dy };
      break;
    }
  }
  if (!point) return skipped.push(target.name_zh);
  // Arm the timer in the page before clicking, so the press is timed from the page's own clock.
  await page.evaluate(() => {
    window.__clickStart = 0;
    window.addEventListener('mousedown', () => (window.__clickStart = performance.now()), { once: true, capture: true });
  });
  await page.mouse.click(point.x, point.y);
  const measured = page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`no panel for ${name}; panel shows ${document.querySelector('aside.panel h2')?.textContent}`)), 5000);
        const check = () => {
          const title = document.querySelector('aside.panel h2')?.textContent;
          // "Painted with charts": the panel names the region and shows at least one chart.
          const charts = document.querySelector('aside.panel .recharts-surface');
          if (window.__clickStart && title === name && charts) {
            clearTimeout(timeout);
            requestAnimationFrame(() => resolve(performance.now() - window.__clickStart));
          } else requestAnimationFrame(check);
        };
        check();
      }),
    target.name_zh,
  );
  clickLatency.push(await measured);
  await page.keyboard.press('Escape');
}

{
  const page = await freshPage();
  await page.goto(baseUrl);
  for (const target of overviewTargets) await measureClick(page, target);
  await page.getByRole('group', { name: '定位到' }).getByRole('button', { name: '丽水市' }).click();
  for (const target of lishuiTargets) await measureClick(page, target);
  await page.context().close();
}

console.error('measuring filter…');
// Filter change to map repainted: checkbox press to the map's next idle, over 20 toggles.
const filterLatency = [];
let filterNoRepaint = 0;
{
  const page = await freshPage();
  await page.goto(baseUrl);
  await waitIdle(page);
  await page.waitForFunction(() => window.__regionMap.renderedElements().length > 0, undefined, { timeout: 60_000 });
  const boxes = [/^生物医药与健康/, /^新能源/, /^汽车/, /^食品与农产品加工/];
  for (let i = 0; i < 20; i++) {
    await waitIdle(page);
    await page.evaluate(() => {
      window.__filterStart = 0;
      window.addEventListener('mousedown', () => (window.__filterStart = performance.now()), { once: true, capture: true });
      // A toggle that changes nothing on the map never brings an idle: time out instead of hanging.
      window.__filterIdle = Promise.race([window.__regionMap.nextIdle(), new Promise((r) => setTimeout(() => r(null), 5000))]);
    });
    await page.getByRole('checkbox', { name: boxes[i % boxes.length] }).click();
    const idleAt = await page.evaluate(async () => {
      const at = await window.__filterIdle;
      return at === null ? null : at - window.__filterStart;
    });
    if (idleAt === null) filterNoRepaint++;
    else filterLatency.push(idleAt);
  }
  await page.context().close();
}

await browser.close();
await server.close();

const total = assets.reduce((acc, a) => ({ raw: acc.raw + a.raw, gzip: acc.gzip + a.gzip }), { raw: 0, gzip: 0 });
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, renderer: 'Chromium headless, SwiftShader WebGL2' },
  firstView: { assets: assets.sort((a, b) => b.raw - a.raw), total },
  firstIdleMs: stats(firstIdle),
  clickToPanelMs: { ...stats(clickLatency), skipped },
  filterToIdleMs: { ...stats(filterLatency), noRepaint: filterNoRepaint },
};
mkdirSync('tests/bench/results', { recursive: true });
writeFileSync('tests/bench/results/latest.json', JSON.stringify(report, null, 2) + '\n');
writeFileSync(`tests/bench/results/${report.date.slice(0, 10)}.json`, JSON.stringify(report, null, 2) + '\n');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nasset                                   raw        gzip');
for (const a of report.firstView.assets) console.log(`${a.url.padEnd(38).slice(0, 38)} ${kb(a.raw).padStart(10)} ${kb(a.gzip).padStart(10)}`);
console.log(`${'total first view'.padEnd(38)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)}`);
console.log(`navigation → first idle: median ${report.firstIdleMs.median} ms, p95 ${report.firstIdleMs.p95} ms (n=${LOADS})`);
console.log(`click → panel + charts:   median ${report.clickToPanelMs.median} ms, p95 ${report.clickToPanelMs.p95} ms (n=${clickLatency.length})`);
console.log(`filter → map idle:       median ${report.filterToIdleMs.median} ms, p95 ${report.filterToIdleMs.p95} ms (n=${filterLatency.length})`);
