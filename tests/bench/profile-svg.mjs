// Where the main thread spends the SVG map's interactions (the default under software WebGL):
// main-thread CPU (CDP Performance.getMetrics: TaskDuration, ScriptDuration, layout + style) per
// click → panel with its chart painted, filter switch → first frame after the map changed, hover
// (pointermove → the frame after it) and presentation step → step drawn; with --profile, a
// CPU profile of each action summarised by function (self and inclusive).
// Usage: node tests/bench/profile-svg.mjs <site dir> [click,filter,hover,step] [--n=10] [--top=25] [--profile] [--nowebgl]
// (an unminified build reads best: npx vite build --minify false --outDir /tmp/app-unmin)
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { serveSites } from './serve.mjs';
import { launchSoftwareChromium } from '../chromium-launch.mjs';
import { overviewRegions } from './packs.mjs';
import { profileTables, timeStepInPage } from './cpuProfile.mjs';

const [dir, which = 'click,filter,hover,step'] = process.argv.slice(2);
const actions = which.split(',');
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const N = arg('n', 10);
const TOP = arg('top', 25);
const PROFILE = process.argv.includes('--profile');
const server = await serveSites({ app: dir });
const browser = await launchSoftwareChromium({ noWebgl: process.argv.includes('--nowebgl') });
const topo = JSON.parse(readFileSync(`${dir}/geo/regions.topo.json`, 'utf8'));
const overview = overviewRegions(topo);

async function open(query = '') {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await ctx.addInitScript(() => localStorage.setItem('plan-map.lang', 'zh'));
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(`${server.base}/app/${query}`);
  console.error(`opened ${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('map-first-drawn-with-names').length > 0, undefined, { timeout: 120_000 });
  await page.locator('.svg-map path.svg-map-symbol').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1500);
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  return { page, cdp, metrics, close: () => ctx.close() };
}

const cpu = (a, b) => ({
  task: (b.TaskDuration - a.TaskDuration) * 1000,
  script: (b.ScriptDuration - a.ScriptDuration) * 1000,
  style: (b.RecalcStyleDuration - a.RecalcStyleDuration) * 1000,
  layout: (b.LayoutDuration - a.LayoutDuration) * 1000,
});
const profiles = {};
const TRACE = process.argv.includes('--trace');
const traced = {};
async function measured(s, name, fn) {
  if (TRACE) await browser.startTracing(s.page, { categories: ['devtools.timeline', 'v8'] });
  if (PROFILE) {
    await s.cdp.send('Profiler.enable');
    await s.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await s.cdp.send('Profiler.start');
  }
  const before = await s.metrics();
  const wall = await fn();
  const c = cpu(before, await s.metrics());
  if (PROFILE) (profiles[name] ??= []).push((await s.cdp.send('Profiler.stop')).profile);
  if (TRACE) (traced[name] ??= []).push(mainThreadTotals(JSON.parse((await browser.stopTracing()).toString())));
  return { wall, ...c };
}

/** Main-thread time by trace event name (inclusive: nested events count in their parents too). */
function mainThreadTotals(trace) {
  const main = trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals = {};
  for (const m of main)
    for (const e of trace.traceEvents)
      if (e.ph === 'X' && e.dur && e.pid === m.pid && e.tid === m.tid) totals[e.name] = (totals[e.name] ?? 0) + e.dur / 1000;
  return totals;
}
const med = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};
function report(name, rows) {
  const f = (k) => `${k} ${med(rows.map((r) => r[k])).toFixed(1)}/${p95(rows.map((r) => r[k])).toFixed(1)}`;
  console.log(`${name} (n=${rows.length}, median/p95 ms): ${['wall', 'task', 'script', 'style', 'layout'].map(f).join(', ')}`);
}

/** Resolves in the page after the frame that follows the next mutation of the map's SVG (its style, layout and paint done). */
const armRepaint = (page) =>
  page.evaluate(() => {
    window.__repainted = new Promise((resolve) => {
      setTimeout(() => resolve(null), 5000);
      const start = performance.now();
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => {
          const c = new MessageChannel();
          c.port1.onmessage = () => resolve(performance.now() - start);
          c.port2.postMessage(0);
        });
      });
      observer.observe(document.querySelector('.svg-map'), { attributes: true, subtree: true, childList: true });
    });
  });

if (actions.includes('click')) {
  const s = await open();
  const rows = [];
  // The overview's regions, then (as the bench) Lishui's counties after its jump button has framed them.
  const lishui = feature(topo, topo.objects.counties)
    .features.map((f) => f.properties)
    .filter((p) => p.parent === '331100');
  for (const t of [...overview.slice(0, N), 'lishui', ...lishui.slice(0, N)]) {
    if (t === 'lishui') {
      await s.page.getByRole('group', { name: '定位到' }).getByRole('button', { name: '丽水市' }).click();
      await s.page.waitForTimeout(1500);
      continue;
    }
    const p = await s.page.evaluate(([x, y]) => window.__svgMap.project(x, y), [t.label_lng, t.label_lat]);
    await s.page.mouse.move(p.x, p.y);
    await s.page.waitForTimeout(300);
    if ((await s.page.locator('.hover-label').textContent()) !== t.name_zh) continue;
    await s.page.evaluate(() => addEventListener('mousedown', () => (window.__t0 = performance.now()), { once: true, capture: true }));
    console.error(`click ${t.name_zh}`);
    rows.push({
      name: t.name_zh,
      ...(await measured(s, 'click', async () => {
        await s.page.mouse.click(p.x, p.y);
        return s.page.evaluate(
          (name) =>
            new Promise((resolve) => {
              const firstChartDrawn = () => {
                const f = document.querySelector('aside.panel figure');
                return !!f && (!f.classList.contains('chart-frame') || !!f.querySelector('.chart-body:not(.chart-pending) svg'));
              };
              const check = () =>
                document.querySelector('aside.panel h2')?.textContent === name && firstChartDrawn()
                  ? requestAnimationFrame(() => resolve(performance.now() - window.__t0))
                  : requestAnimationFrame(check);
              check();
            }),
          t.name_zh,
        );
      })),
    });
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Escape');
    await s.page.waitForTimeout(500);
  }
  report('click → panel with chart', rows);
  console.log(rows.map((r) => `${r.name} ${Math.round(r.wall)}/${Math.round(r.task)}`).join(', '));
  // The slow ones alone: what a click over budget spends its time on.
  if (PROFILE) rows.forEach((r, i) => r.wall > 100 && summarise(`click ${r.name} (${Math.round(r.wall)} ms)`, [profiles.click[i]]));
  await s.close();
}

if (actions.includes('filter')) {
  const s = await open();
  const boxes = [/^生物医药与健康/, /^新能源/, /^汽车/, /^食品与农产品加工/];
  const rows = [];
  // Found before measuring: resolving a role locator is the test tool's work, not the app's.
  const at = [];
  for (const name of boxes) {
    const box = await s.page.getByRole('checkbox', { name }).boundingBox();
    at.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  for (let i = 0; i < N; i++) {
    await s.page.waitForTimeout(300);
    await armRepaint(s.page);
    rows.push(
      await measured(s, 'filter', async () => {
        await s.page.mouse.click(at[i % at.length].x, at[i % at.length].y);
        return (await s.page.evaluate(() => window.__repainted)) ?? NaN;
      }),
    );
  }
  report('filter → repainted', rows);
  await s.close();
}

if (actions.includes('hover')) {
  const s = await open();
  const points = [];
  for (const t of overview)
    points.push({ ...(await s.page.evaluate(([x, y]) => window.__svgMap.project(x, y), [t.label_lng, t.label_lat])), name: t.name_zh });
  const rows = [];
  for (let i = 0; i < Math.max(N, 20); i++) {
    const p = points[i % points.length];
    rows.push(
      await measured(s, 'hover', () =>
        s.page.evaluate(async (p) => {
          const frame = () => new Promise((r) => requestAnimationFrame(r));
          await frame();
          const target = document.elementFromPoint(p.x, p.y);
          const t0 = performance.now();
          target.dispatchEvent(new PointerEvent('pointermove', { clientX: p.x, clientY: p.y, bubbles: true, pointerType: 'mouse' }));
          await frame();
          await new Promise((r) => {
            const c = new MessageChannel();
            c.port1.onmessage = r;
            c.port2.postMessage(0);
          });
          return performance.now() - t0;
        }, p),
      ),
    );
  }
  report('hover → frame (CPU includes two rAF waits)', rows);
  await s.close();
}

if (actions.includes('step')) {
  const index = JSON.parse(readFileSync(`${dir}/data/briefings/index.json`, 'utf8'));
  const first = index.briefings?.[0] ?? index[0];
  const briefing = JSON.parse(readFileSync(`${dir}/data/briefings/${first.id ?? first}.json`, 'utf8'));
  const s = await open(`?present=${briefing.id}`);
  await s.page.waitForSelector('[data-step-ready="1"]', { timeout: 120_000 });
  const rows = [];
  for (let n = 2; n <= briefing.steps.length + 1; n++) {
    const expected = n > briefing.steps.length ? 1 : n;
    await s.page.waitForTimeout(300);
    rows.push(await measured(s, 'step', () => s.page.evaluate(timeStepInPage, { expected })));
  }
  report('presentation step → drawn', rows);
  await s.close();
}

function summarise(name, list) {
  const { self, inclusive } = profileTables(list, TOP);
  console.log(`=== ${name}: self time per run\n${self}\n=== ${name}: inclusive time per run\n${inclusive}`);
}
for (const [name, list] of Object.entries(profiles)) summarise(name, list);
for (const [name, list] of Object.entries(traced)) {
  const sum = {};
  for (const t of list) for (const [k, v] of Object.entries(t)) sum[k] = (sum[k] ?? 0) + v / list.length;
  console.log(`=== ${name}: main-thread trace events per run (ms, inclusive)`);
  for (const [k, v] of Object.entries(sum)
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP))
    console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}
await browser.close();
await server.close();
