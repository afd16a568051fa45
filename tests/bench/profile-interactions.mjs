// Where the main thread spends an interaction: CPU profile (CDP) and main-thread time
// (Performance.getMetrics TaskDuration / ScriptDuration / LayoutDuration, less sensitive to machine
// load than wall-clock) of clicks, filter switches and select/filter/deselect cycles.
// Usage: node tests/bench/profile-interactions.mjs <site dir> <click|filter|cycles> [--n=10] [--top=30]
// (an unminified build reads best: npx vite build --minify false --outDir tests/bench/results/tmp/sites/app-unmin)
import { readFileSync } from 'node:fs';
import { launchSoftwareChromium } from '../chromium-launch.mjs';
import { feature } from 'topojson-client';
import { serveSites } from './serve.mjs';
import { selectFilterDeselect } from './cycles.mjs';
import { profileTables } from './cpuProfile.mjs';

const [dir, action = 'click'] = process.argv.slice(2);
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const N = arg('n', 10);
const TOP = arg('top', 30);
const server = await serveSites({ app: dir });
const browser = await launchSoftwareChromium({ extraArgs: ['--enable-precise-memory-info'] });
browser.on('disconnected', () => console.log('browser disconnected'));
const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
await ctx.addInitScript(() => localStorage.setItem('plan-map.lang', 'zh'));
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('crash', () => console.log('page crashed'));
const cdp = await ctx.newCDPSession(page);
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
await page.goto(`${server.base}/app/`);
await page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout: 180_000, polling: 100 });
await page.waitForFunction(() => window.__regionMap.renderedElements().length > 0, undefined, { timeout: 60_000 });
await page.waitForTimeout(1500);

const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const cpu = (a, b) => ({
  task: Math.round((b.TaskDuration - a.TaskDuration) * 1000),
  script: Math.round((b.ScriptDuration - a.ScriptDuration) * 1000),
  layout: Math.round((b.LayoutDuration - a.LayoutDuration + b.RecalcStyleDuration - a.RecalcStyleDuration) * 1000),
});

const PROFILE = !process.argv.includes('--no-profile');
async function profiled(fn) {
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL ?? 250) });
    await cdp.send('Profiler.start');
  }
  const before = await metrics();
  const t0 = Date.now();
  await fn();
  const wall = Date.now() - t0;
  const after = await metrics();
  const { profile } = PROFILE ? await cdp.send('Profiler.stop') : { profile: null };
  return { profile, wall, cpu: cpu(before, after) };
}

function summarise(profiles) {
  const { self, inclusive } = profileTables(profiles, TOP);
  console.log(`--- self time per run\n${self}\n--- inclusive time per run\n${inclusive}`);
}

const runs = [];
const clickCpu = [];
if (action === 'click') {
  const topo = JSON.parse(readFileSync(`${dir}/geo/regions.topo.json`, 'utf8'));
  const targets = feature(topo, topo.objects.prefectures)
    .features.map((f) => f.properties)
    .filter((p) => p.parent === '130000' || p.parent === '220000')
    .slice(0, N);
  for (const t of targets) {
    await page.waitForFunction(() => window.__regionMap.isIdle(), undefined, { polling: 50 });
    const p = await page.evaluate(([x, y]) => window.__regionMap.project(x, y), [t.label_lng, t.label_lat]);
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(300);
    await page.evaluate(() => addEventListener('mousedown', () => (window.__t0 = performance.now()), { once: true, capture: true }));
    let ms = 0;
    let painted = null;
    const r = await profiled(async () => {
      const before = await metrics();
      await page.mouse.click(p.x, p.y);
      ms = await page.evaluate(
        (name) =>
          new Promise((resolve) => {
            const check = () =>
              document.querySelector('aside.panel h2')?.textContent === name && document.querySelector('aside.panel .recharts-surface')
                ? requestAnimationFrame(() => resolve(performance.now() - window.__t0))
                : requestAnimationFrame(check);
            check();
          }),
        t.name_zh,
      );
      painted = cpu(before, await metrics());
      await page.waitForTimeout(600);
    });
    console.log(
      `${t.name_zh}: click → panel ${Math.round(ms)} ms (page clock); main thread to panel painted ${JSON.stringify(painted)}, over click + 600 ms ${JSON.stringify(r.cpu)}`,
    );
    clickCpu.push({ painted, all: r.cpu });
    runs.push(r.profile);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(700);
  }
} else if (action === 'filter') {
  const box = page.getByRole('checkbox', { name: /^新能源/ });
  for (let i = 0; i < N; i++) {
    await page.waitForFunction(() => window.__regionMap.isIdle(), undefined, { polling: 50 });
    await page.waitForTimeout(300);
    const r = await profiled(async () => {
      await box.click();
      await page.evaluate(() => window.__regionMap.nextIdle());
    });
    console.log(`filter ${i % 2 ? 'off' : 'on'}: ${r.wall} ms (node clock); main thread ${JSON.stringify(r.cpu)}`);
    runs.push(r.profile);
  }
} else if (action === 'cycles') {
  const { getHeap } = {
    getHeap: async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
    },
  };
  if ((await page.locator('nav.region-list').count()) === 0) await page.locator('summary', { hasText: /^地区$/ }).click();
  const checkbox = await page.getByRole('checkbox', { name: /^新能源/ }).elementHandle();
  const cycles = (n) => selectFilterDeselect(page, checkbox, n);
  for (let i = 0; i < N; i++) {
    await cycles(20);
    await page.waitForTimeout(300);
    console.log(`after ${(i + 1) * 20} cycles: ${(await getHeap()).toFixed(2)} MB`);
  }
}
if (clickCpu.length) {
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `median main-thread task time per click: to panel painted ${med(clickCpu.map((c) => c.painted.task))} ms, click + 600 ms ${med(clickCpu.map((c) => c.all.task))} ms`,
  );
}
if (runs.length && PROFILE) summarise(runs);
await browser.close();
await server.close();
