// Where a click's time goes: Chromium trace (devtools.timeline) of one click on Shijiazhuang's label point
// until its panel shows a chart; prints main-thread totals by event and the long tasks.
// Usage, after a bench run has prepared the sites: node tests/bench/trace-click.mjs [site] [--second]
// (--second: trace the second click, after the lazy panel chunk has been used once).
import { launchSoftwareChromium } from '../chromium-launch.mjs';
import { serveSites } from './serve.mjs';
const site = process.argv[2] || 'app-unmin';
const server = await serveSites({ app: `tests/bench/results/tmp/sites/${site}` });
const browser = await launchSoftwareChromium();
const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
await ctx.addInitScript(() => localStorage.setItem('plan-map.lang', 'zh'));
const page = await ctx.newPage();
await page.goto(`${server.base}/app/`);
await page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout: 120000 });
await page.waitForTimeout(3000);
const p = await page.evaluate(() => window.__regionMap.project(114.5, 38.05));
await page.mouse.move(p.x, p.y);
await page.waitForTimeout(500);
if (process.argv.includes('--second')) {
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction(() => document.querySelector('aside.panel .recharts-surface'), undefined, { polling: 'raf' });
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.__regionMap.isIdle());
}
await page.evaluate(() => {
  window.__t0 = 0;
  addEventListener(
    'mousedown',
    () => {
      window.__t0 = performance.now();
    },
    { once: true, capture: true },
  );
});
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'] });
await page.mouse.click(p.x, p.y);
await page.waitForFunction(() => document.querySelector('aside.panel .recharts-surface'), undefined, { polling: 'raf' });
console.log('click → charts in DOM (page clock)', Math.round(await page.evaluate(() => performance.now() - window.__t0)), 'ms');
await page.waitForTimeout(300);
const trace = JSON.parse((await browser.stopTracing()).toString());
const ev = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur);
// main thread: the renderer thread named CrRendererMain
const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const mine = ev.filter((e) => e.pid === main.pid && e.tid === main.tid);
const agg = {};
for (const e of mine) agg[e.name] = (agg[e.name] || 0) + e.dur / 1000;
console.log(
  Object.entries(agg)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 22)
    .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms ${k}`)
    .join('\n'),
);
const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur > 30000).map((e) => Math.round(e.dur / 1000));
for (const e of mine.filter((e) => e.name === 'FunctionCall' && e.dur > 15000))
  console.log('FunctionCall', Math.round(e.dur / 1000), JSON.stringify(e.args?.data ?? {}).slice(0, 200));
for (const e of mine.filter((e) => e.name === 'TimerInstall' || e.name === 'TimerFire'))
  console.log(e.name, JSON.stringify(e.args?.data ?? {}).slice(0, 200));
console.log('main-thread tasks > 30 ms:', tasks.join(', '));
await browser.close();
await server.close();
