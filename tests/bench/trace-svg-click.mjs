// Where an SVG-map click's wall-clock goes: a Chromium trace of single clicks (regions from the
// overview, as the bench clicks them) from the press until the panel shows its first figure (the
// bench's condition), printed as a timeline: each main-thread task over 1 ms (what it ran: timer,
// animation frame, idle callback, script, style, layout, paint), network requests, the gaps in which
// the main thread waited, and every other thread's busy time in the same span (compositor, raster
// workers, the GPU process's CrGpuMain: under software WebGL that is where the waiting goes, in
// SkiaOutputSurfaceImplOnGpu::SwapBuffers and SharedImageStub::OnCreateSharedImage). TRACE_GPU=1 adds
// the gpu/viz/cc categories, the GPU and compositor threads' events and the layout invalidations.
// Usage: node tests/bench/trace-svg-click.mjs <site dir> [--n=4] [--skip=0] [--nowebgl]
// (an unminified build reads best: npx vite build --minify false --outDir /tmp/app-unmin)
import { readFileSync } from 'node:fs';
import { serveSites } from './serve.mjs';
import { launchSoftwareChromium } from '../chromium-launch.mjs';
import { overviewRegions } from './packs.mjs';

const dir = process.argv[2];
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const N = arg('n', 4);
const SKIP = arg('skip', 0);
const server = await serveSites({ app: dir });
const browser = await launchSoftwareChromium({ noWebgl: process.argv.includes('--nowebgl') });
const topo = JSON.parse(readFileSync(`${dir}/geo/regions.topo.json`, 'utf8'));
const overview = overviewRegions(topo);

const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
await ctx.addInitScript(() => localStorage.setItem('plan-map.lang', 'zh'));
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(`${server.base}/app/`);
await page.waitForFunction(() => performance.getEntriesByName('map-first-drawn-with-names').length > 0, undefined, { timeout: 120_000 });
await page.locator('.svg-map path.svg-map-symbol').first().waitFor({ timeout: 120_000 });
await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 1500));

const CHILDREN = new Set([
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'EvaluateScript',
  'v8.compile',
  'FunctionCall',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'Commit',
  'ParseHTML',
  'HitTest',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'ResourceReceivedData',
  'ResourceFinish',
  'XHRReadyStateChange',
  'v8.produceModuleCache',
  'RunMicrotasks',
  'BeginMainThreadFrame',
]);
for (const t of overview.slice(SKIP, SKIP + N)) {
  const p = await page.evaluate(([x, y]) => window.__svgMap.project(x, y), [t.label_lng, t.label_lat]);
  await page.mouse.move(p.x, p.y);
  await page.waitForTimeout(300);
  if ((await page.locator('.hover-label').textContent()) !== t.name_zh) {
    console.log(`skip ${t.name_zh}`);
    continue;
  }
  await page.evaluate(() => addEventListener('mousedown', () => (window.__t0 = performance.now()), { once: true, capture: true }));
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'loading',
      'v8.execute',
      'toplevel',
      ...(process.env.TRACE_GPU ? ['gpu', 'cc', 'viz', 'skia', 'disabled-by-default-devtools.timeline.invalidationTracking'] : []),
    ],
  });
  await page.mouse.click(p.x, p.y);
  const ms = await page.evaluate(
    (name) =>
      new Promise((resolve) => {
        const firstChartDrawn = () => {
          const f = document.querySelector('aside.panel figure');
          return !!f && (!f.classList.contains('chart-frame') || !!f.querySelector('.chart-body:not(.chart-pending) svg'));
        };
        const check = () =>
          document.querySelector('aside.panel h2')?.textContent === name && firstChartDrawn()
            ? requestAnimationFrame(() => {
                performance.mark('bench-done');
                resolve(performance.now() - window.__t0);
              })
            : requestAnimationFrame(check);
        check();
      }),
    t.name_zh,
  );
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const mainT = trace.traceEvents.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      trace.traceEvents.some((x) => x.pid === e.pid && x.name === 'EventDispatch' && x.args?.data?.type === 'mousedown'),
  );
  const mine = trace.traceEvents.filter((e) => e.pid === mainT.pid && e.tid === mainT.tid);
  const down = mine.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'mousedown');
  const t0 = down.ts;
  const end = t0 + ms * 1000;
  console.log(`\n=== ${t.name_zh}: ${Math.round(ms)} ms press → panel with its first chart`);
  const tasks = mine.filter(
    (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts + e.dur >= t0 - 2000 && e.ts <= end,
  );
  let busy = 0;
  let last = t0;
  let coveredUntil = 0;
  for (const task of tasks.sort((a, b) => a.ts - b.ts)) {
    if (task.ts < coveredUntil) continue;
    coveredUntil = task.ts + task.dur;
    const inner = mine.filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && CHILDREN.has(e.name));
    const sums = {};
    for (const e of inner) {
      let k = e.name;
      if (e.name === 'EventDispatch') k += `:${e.args?.data?.type}`;
      if (e.name === 'FunctionCall') k += `:${(e.args?.data?.functionName || '?').slice(0, 30)}`;
      if (e.name === 'EvaluateScript' || e.name === 'v8.compile') k += `:${(e.args?.data?.url || e.args?.fileName || '').split('/').pop()}`;
      sums[k] = (sums[k] ?? 0) + e.dur / 1000;
    }
    const dur = task.dur / 1000;
    busy += Math.max(0, Math.min(task.ts + task.dur, end) - Math.max(task.ts, t0)) / 1000;
    if (dur < 1) continue;
    const gap = (task.ts - last) / 1000;
    last = task.ts + task.dur;
    const what = Object.entries(sums)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ');
    console.log(
      `${((task.ts - t0) / 1000).toFixed(1).padStart(8)} +${dur.toFixed(1).padStart(6)} ms (gap ${gap.toFixed(0).padStart(4)})  ${what}`,
    );
  }
  for (const e of trace.traceEvents.filter((e) => e.name === 'ResourceSendRequest' && e.ts >= t0 && e.ts <= end))
    console.log(`  request at ${((e.ts - t0) / 1000).toFixed(0)} ms: ${e.args?.data?.url?.split('/').slice(-2).join('/')}`);
  const timers = mine.filter((e) => e.name === 'TimerInstall' && e.ts >= t0 && e.ts <= end);
  for (const e of timers)
    if (e.args?.data?.timeout > 4) console.log(`  timer installed at ${((e.ts - t0) / 1000).toFixed(0)} ms: ${e.args.data.timeout} ms`);
  const idle = mine.filter((e) => e.name === 'RequestIdleCallback' && e.ts >= t0 && e.ts <= end);
  for (const e of idle) console.log(`  idle callback requested at ${((e.ts - t0) / 1000).toFixed(0)} ms`);
  console.log(`main thread busy ${busy.toFixed(0)} of ${ms.toFixed(0)} ms`);
  // The other threads in the same span (compositor, raster, GPU): top-level slices only, clipped to the span.
  const names = new Map(trace.traceEvents.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  const byThread = {};
  for (const [key, name] of names) {
    const slices = trace.traceEvents
      .filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.dur && e.ts + e.dur >= t0 && e.ts <= end)
      .sort((a, b) => a.ts - b.ts);
    let until = 0;
    let sum = 0;
    const top = {};
    for (const e of slices) {
      if (e.ts >= until) {
        const d = (Math.min(e.ts + e.dur, end) - Math.max(e.ts, t0)) / 1000;
        sum += d;
        top[e.name] = (top[e.name] ?? 0) + d;
        until = e.ts + e.dur;
      }
    }
    if (sum > 5) byThread[`${name} (${key.split(':')[0]})`] = [sum, top];
  }
  if (process.env.TRACE_GPU) {
    const gpu = [...names].filter(([, n]) => n === 'CrGpuMain' || n === 'VizCompositorThread' || /Compositor/.test(n)).map(([k]) => k);
    for (const key of gpu) {
      const all = {};
      for (const e of trace.traceEvents)
        if (`${e.pid}:${e.tid}` === key && e.ph === 'X' && e.dur && e.ts >= t0 && e.ts <= end)
          all[e.name] = (all[e.name] ?? 0) + e.dur / 1000;
      console.log(
        `  ${names.get(key)} events: ${Object.entries(all)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 14)
          .map(([n, v]) => `${n} ${v.toFixed(0)}`)
          .join(', ')}`,
      );
    }
    const inval = mine.filter((e) => /Invalidation/.test(e.name) && e.ts >= t0 - 5000 && e.ts <= end);
    const kinds = {};
    for (const e of inval) {
      const d = e.args?.data ?? {};
      const k = `${e.name} ${d.reason ?? ''} ${d.nodeName ?? ''}`.slice(0, 90);
      kinds[k] = (kinds[k] ?? 0) + 1;
    }
    console.log(
      '  invalidations:',
      Object.entries(kinds)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([k, v]) => `${v}× ${k}`)
        .join(' | '),
    );
  }
  for (const [k, [sum, top]] of Object.entries(byThread).sort((a, b) => b[1][0] - a[1][0]))
    console.log(
      `  ${k}: ${sum.toFixed(0)} ms — ${Object.entries(top)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([n, v]) => `${n} ${v.toFixed(0)}`)
        .join(', ')}`,
    );
  await page.waitForTimeout(500);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(800);
}
await browser.close();
await server.close();
