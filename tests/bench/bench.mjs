#!/usr/bin/env node
/**
 * Benchmark (not a test): builds the app and a boundaries-only "floor" page, serves them locally,
 * drives headless Chromium at 1920×1080 and writes tests/bench/results/latest.json, a dated copy
 * and one line per run in history.jsonl, then prints every figure against its budget.
 *
 * Sections (all by default; pick some with BENCH_ONLY=firstview,floor,…):
 *   firstview  transfer per asset, raw and gzip, split at the map's first idle
 *   floor      navigation → first idle, app vs floor page, interleaved loads
 *   click      click → panel painted with its charts
 *   filter     filter checkbox → first map frame and → map idle
 *   hover      main-thread work per hover over regions (synthetic mousemoves)
 *   memory     JS heap after N select / filter / deselect cycles vs after the first 20
 *   national   the national pack in the built app: first idle vs three-region, click, filter, hover, errors
 *   scale      first idle by pack size (top-level only / three-region / national), app and floor
 *   fallback   WebGL switched off (the SVG map): navigation → first drawing, click → panel painted
 *   renderers  the default here (software WebGL → the SVG map), WebGL off, the page forced through SwiftShader, and
 *              renderer=webgl, beside the
 *              floor page in the same rounds: first map with names, plan data in the sidebar, a ?region= link
 *              → panel with its first chart (ratios to the floor's first idle); for the SVG map also click,
 *              filter, hover and presentation steps (tests/bench/renderers.mjs)
 *   present    briefing step → step fully drawn (key press to map idle and panel section in view), with
 *              and without motion, over every shipped briefing; then an unattended loop (`loop=` link
 *              parameter, accelerated) checking the JS heap after it against after the first loop
 * Other knobs: BENCH_LOADS (7), BENCH_SCALE_LOADS (2), BENCH_NATIONAL_LOADS (4), BENCH_CYCLES (500),
 * BENCH_PRESENT_ROUNDS (2 passes per briefing), BENCH_LOOP_SECONDS (0.3 per step), BENCH_LOOP_LOOPS (100),
 * BENCH_SKIP_BUILD=1 (reuse dist/), CHROMIUM_PATH.
 */
import { execSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { feature } from 'topojson-client';
import { serveSites } from './serve.mjs';
import { launchSoftwareChromium } from '../chromium-launch.mjs';
import { ensureNationalPack, readPack, regionCount, withoutObjects } from './packs.mjs';
import { selectFilterDeselect } from './cycles.mjs';
import { measureRenderers } from './renderers.mjs';

const SECTIONS = ['firstview', 'renderers', 'floor', 'click', 'filter', 'hover', 'memory', 'national', 'scale', 'fallback', 'present'];
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()) : SECTIONS;
for (const s of ONLY) if (!SECTIONS.includes(s)) throw new Error(`BENCH_ONLY: unknown section ${s} (known: ${SECTIONS.join(', ')})`);
const run = (s) => ONLY.includes(s);
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const SCALE_LOADS = Number(process.env.BENCH_SCALE_LOADS ?? 2);
const NATIONAL_LOADS = Number(process.env.BENCH_NATIONAL_LOADS ?? 4);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 500);
const PRESENT_ROUNDS = Number(process.env.BENCH_PRESENT_ROUNDS ?? 2);
const LOOP_SECONDS = Number(process.env.BENCH_LOOP_SECONDS ?? 0.3);
const LOOP_LOOPS = Number(process.env.BENCH_LOOP_LOOPS ?? 100);
const HOVERS = 60;
const TMP = 'tests/bench/results/tmp';
const started = Date.now();

const BUDGET = {
  firstViewBeforeIdleGzipKB: 750,
  firstDrawnWithNamesVsFloor: 0.6,
  regionLinkVsFloor: 1.0,
  presentStepMedian: 1000,
  appVsFloorRatio: 1.3,
  clickP95: 100,
  filterFrameP95: 50,
  hoverP95: 16.7,
  heapGrowth: 1.1,
  nationalVsThreeRegion: 3,
};

const quantile = (values, q) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return Math.round(sorted[i] * 10) / 10;
};
const stats = (values) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95), n: values.length });
// Each progress line also keeps what is measured so far (tests/bench/results/tmp/partial.json): a run that stops half-way loses nothing.
const soFar = { report: null };
const progress = (msg) => {
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${msg}`);
  if (soFar.report) writeFileSync(`${TMP}/partial.json`, JSON.stringify(soFar.report, null, 1));
};

// ---------------------------------------------------------------- sites
if (!process.env.BENCH_SKIP_BUILD) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
rmSync(`${TMP}/sites`, { recursive: true, force: true });
mkdirSync(`${TMP}/sites`, { recursive: true });
await build({
  configFile: false,
  root: 'tests/bench/floor',
  base: './',
  logLevel: 'warn',
  build: { outDir: `${process.cwd()}/${TMP}/floor-build`, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
});
const threeRegionFile = 'dist/geo/regions.topo.json';
const threeRegion = readPack(threeRegionFile);
const packs = { three: { file: threeRegionFile, regions: regionCount(threeRegion) } };
const needNational = run('national') || run('scale');
if (needNational) {
  const file = ensureNationalPack();
  packs.national = { file, regions: regionCount(readPack(file)) };
}
if (run('scale')) {
  const file = `${TMP}/top.topo.json`;
  const top = withoutObjects(threeRegion, ['counties']);
  writeFileSync(file, JSON.stringify(top));
  packs.top = { file, regions: regionCount(top) };
}
for (const p of Object.values(packs)) p.bytes = readFileSync(p.file).length;
const sites = { app: 'dist' };
function site(name, from, pack) {
  const dir = `${TMP}/sites/${name}`;
  cpSync(from, dir, { recursive: true });
  mkdirSync(`${dir}/geo`, { recursive: true });
  cpSync(pack, `${dir}/geo/regions.topo.json`);
  sites[name] = dir;
}
site('floor', `${TMP}/floor-build`, threeRegionFile);
if (packs.national) {
  site('national', 'dist', packs.national.file);
  site('floor-national', `${TMP}/floor-build`, packs.national.file);
}
if (packs.top) {
  site('top', 'dist', packs.top.file);
  site('floor-top', `${TMP}/floor-build`, packs.top.file);
}
const server = await serveSites(sites);
const url = (name) => `${server.base}/${name}/`;
/**
 * The app's sites with the WebGL map asked for: SwiftShader is software WebGL, where the app would
 * choose the SVG map by itself. The sections measuring the WebGL map use this; `renderers` measures
 * the default (the SVG map here) beside it.
 */
const webglUrl = (name) => (name.startsWith('floor') ? url(name) : `${url(name)}?renderer=webgl`);
/** Software WebGL as Chrome runs it without a usable GPU (tests/chromium-args.json, shared with the browser tests), or as asked. */
const launchWith = (options) => launchSoftwareChromium({ ...options, extraArgs: ['--enable-precise-memory-info'] });
const launchNoWebgl = () => launchWith({ noWebgl: true });
/** The page rasterised and composited through SwiftShader as well, as this bench did before 3 Dec 2026: Chrome does that only when told to. */
const launchForcedGpu = () => launchWith({ forcedGpuCompositing: true });
const browser = await launchWith({});

// ---------------------------------------------------------------- page helpers
/**
 * A fresh context and page (empty cache). `instrument` counts WebGL draw calls, so a repaint can be
 * timed to the first draw after an input; long tasks are always observed.
 */
async function freshPage({ instrument = false, reducedMotion = 'no-preference', on = browser } = {}) {
  const context = await on.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion });
  await context.addInitScript(() => {
    localStorage.setItem('plan-map.lang', 'zh');
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no long task API
    }
  });
  if (instrument) {
    await context.addInitScript(() => {
      window.__drawAt = 0;
      window.__armDraw = false;
      const proto = WebGL2RenderingContext.prototype;
      for (const name of ['drawElements', 'drawArrays']) {
        const original = proto[name];
        proto[name] = function (...args) {
          if (window.__armDraw) {
            window.__armDraw = false;
            window.__drawAt = performance.now();
          }
          return original.apply(this, args);
        };
      }
    });
  }
  const page = await context.newPage();
  page.__cdp = await context.newCDPSession(page);
  await page.__cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  page.__errors = [];
  page.on('pageerror', (e) => page.__errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && page.__errors.push(`console: ${m.text()}`));
  return page;
}
/**
 * The renderer main thread's busy time (CPU, ms) so far: measured next to wall-clock because it
 * hardly changes with machine load, while wall-clock on a shared 2-core machine does.
 */
async function mainThreadMs(page) {
  const { metrics } = await page.__cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}
/** The region list is drawn only while its section is open. */
async function openRegionList(page) {
  if ((await page.locator('nav.region-list').count()) === 0) await page.locator('summary', { hasText: /^地区$/ }).click();
  await page.locator('nav.region-list li button').first().waitFor({ timeout: 30_000 });
}
const waitIdle = (page, timeout = 60_000) => page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout, polling: 50 });
const waitMark = (page, timeout) =>
  page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout, polling: 50 });

/** Navigation → the map's first idle (the page's own `map-first-idle` mark), in one fresh page. */
async function firstIdleOnce(name, timeout = 120_000) {
  const page = await freshPage();
  await page.goto(webglUrl(name));
  await waitMark(page, timeout);
  const result = await page.evaluate(() => ({
    ms: performance.getEntriesByName('map-first-idle')[0].startTime,
    longTasks: window.__longTasks.length,
    longestTask: Math.max(0, ...window.__longTasks.map((t) => t.duration)),
    heapMB: performance.memory ? performance.memory.usedJSHeapSize / 2 ** 20 : null,
  }));
  result.errors = page.__errors;
  await page.context().close();
  return result;
}

/** Interleaved loads of several sites (order rotates every round) to cancel drift. */
async function interleavedFirstIdle(names, rounds, timeout) {
  const out = Object.fromEntries(names.map((n) => [n, []]));
  const extra = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < rounds; i++) {
    const order = names.map((_, k) => names[(k + i) % names.length]);
    for (const n of order) {
      const r = await firstIdleOnce(n, timeout);
      out[n].push(r.ms);
      extra[n].push(r);
    }
    progress(`  first idle round ${i + 1}/${rounds}: ${names.map((n) => `${n} ${Math.round(out[n].at(-1))} ms`).join(', ')}`);
  }
  return { times: out, detail: extra };
}

const report = {
  date: new Date().toISOString(),
  commit: execSync('git rev-parse --short HEAD').toString().trim(),
  dirtyTree: execSync('git status --porcelain -- src').toString().trim() !== '',
  sections: ONLY,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memGiB: Math.round(totalmem() / 2 ** 30),
    loadAvgAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    chromium: browser.version(),
    renderer: 'Chromium headless, SwiftShader WebGL2',
    viewport: '1920x1080',
  },
  packs: Object.fromEntries(
    Object.entries(packs).map(([k, p]) => [k, { regions: p.regions, rawBytes: p.bytes, gzipBytes: gzipSync(readFileSync(p.file)).length }]),
  ),
};
soFar.report = report;

// ---------------------------------------------------------------- first view
/**
 * Transfer per asset, split at the first map drawn: the default (here the SVG map, `svg-map-drawn`)
 * or the WebGL map asked for in the link (its `map-first-idle`, as before the renderer choice).
 */
async function firstViewOf(address, mark) {
  const page = await freshPage();
  const bodies = new Map();
  const keyOf = (href) => new URL(href).pathname.replace(new URL(url('app')).pathname, '/');
  page.on('response', async (response) => {
    const at = Date.now();
    try {
      const body = await response.body();
      const key = keyOf(response.url());
      if (!bodies.has(key)) bodies.set(key, { url: key, raw: body.length, gzip: gzipSync(body).length, nodeAt: at });
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  await page.goto(address);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000, polling: 50 });
  const markSeenAt = Date.now();
  // Give lazy chunks and late data a moment to arrive, so "after first idle" is complete.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const timing = await page.evaluate(
    (m) => ({
      mark: performance.getEntriesByName(m)[0].startTime,
      resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, end: e.responseEnd })),
    }),
    mark,
  );
  await page.context().close();
  const endOf = new Map(timing.resources.map((r) => [keyOf(r.name), r.end]));
  const assets = [...bodies.values()].map((a) => {
    const end = a.url === '/' ? 0 : endOf.get(a.url);
    const beforeFirstIdle = end !== undefined ? end <= timing.mark : a.nodeAt <= markSeenAt;
    return { url: a.url, raw: a.raw, gzip: a.gzip, arrivedMs: end !== undefined ? Math.round(end) : null, beforeFirstIdle };
  });
  const sum = (list) => list.reduce((acc, a) => ({ raw: acc.raw + a.raw, gzip: acc.gzip + a.gzip }), { raw: 0, gzip: 0 });
  return {
    mark,
    firstIdleMs: Math.round(timing.mark),
    assets: assets.sort((a, b) => b.gzip - a.gzip),
    total: sum(assets),
    beforeFirstIdle: sum(assets.filter((a) => a.beforeFirstIdle)),
    afterFirstIdle: sum(assets.filter((a) => !a.beforeFirstIdle)),
  };
}

if (run('firstview')) {
  progress('first view transfer (default, then renderer=webgl)…');
  report.firstView = await firstViewOf(url('app'), 'svg-map-drawn');
  report.firstViewWebgl = await firstViewOf(webglUrl('app'), 'map-first-idle');
}

// ---------------------------------------------------------------- renderers side by side
const propsOf = (topo, layer) => feature(topo, topo.objects[layer]).features.map((f) => f.properties);
if (run('renderers')) {
  progress(`renderers side by side, ${LOADS} interleaved rounds…`);
  const noWebgl = await launchNoWebgl();
  const forcedGpu = await launchForcedGpu();
  const shipped = JSON.parse(readFileSync('dist/data/briefings/index.json', 'utf8'));
  const firstBriefing = shipped.briefings?.[0] ?? shipped[0];
  const briefingFile = JSON.parse(readFileSync(`dist/data/briefings/${firstBriefing.id ?? firstBriefing}.json`, 'utf8'));
  report.renderers = await measureRenderers({
    browser,
    noWebgl,
    forcedGpu,
    freshPage,
    url,
    progress,
    stats,
    loads: LOADS,
    measureClick,
    mainThreadMs,
    clickTargets: {
      overview: [
        ...propsOf(threeRegion, 'prefectures').filter((p) => p.parent === '220000' || p.parent === '130000'),
        ...propsOf(threeRegion, 'newareas'),
      ],
      lishui: propsOf(threeRegion, 'counties').filter((p) => p.parent === '331100'),
    },
    hoverTargets: [
      ...propsOf(threeRegion, 'prefectures').filter((p) => p.parent === '220000' || p.parent === '130000'),
      ...propsOf(threeRegion, 'newareas'),
    ],
    briefing: { id: briefingFile.id, steps: briefingFile.steps.length },
  });
  await noWebgl.close();
  await forcedGpu.close();
}

// ---------------------------------------------------------------- app vs floor
if (run('floor')) {
  progress(`first idle, app vs floor, ${LOADS} interleaved rounds…`);
  const { times } = await interleavedFirstIdle(['app', 'floor'], LOADS, 60_000);
  const ratios = times.app.map((t, i) => t / times.floor[i]);
  report.firstIdleMs = stats(times.app);
  report.floorFirstIdleMs = stats(times.floor);
  report.appVsFloor = {
    medianRatio: Math.round((report.firstIdleMs.median / report.floorFirstIdleMs.median) * 100) / 100,
    pairRatios: stats(ratios),
  };
}

// ---------------------------------------------------------------- click

/** Click a region's label point (after checking the hover names it) → panel with its charts painted. */
async function measureClick(page, target, latencies, skipped, charts = true, map = 'webgl') {
  // Clicks closer than maplibre's double-click window would zoom the map instead.
  await page.waitForTimeout(400);
  if (map === 'webgl') await waitIdle(page);
  const base = await page.evaluate(
    ([x, y, handle]) => window[handle].project(x, y),
    [target.label_lng, target.label_lat, map === 'webgl' ? '__regionMap' : '__svgMap'],
  );
  // Hover first: where another region's name covers this label point, try a little beside it.
  let point = null;
  for (const [dx, dy] of [
    [0, 0],
    [0, 28],
    [0, -28],
    [28, 0],
    [-28, 0],
  ]) {
    await page.mouse.move(base.x + dx, base.y + dy);
    await page.waitForTimeout(80);
    const shown = await page
      .locator('.hover-label')
      .textContent()
      .catch(() => null);
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
  const cpuBefore = await mainThreadMs(page);
  await page.mouse.click(point.x, point.y);
  const measured = await page.evaluate(
    ([name, wantCharts]) =>
      new Promise((resolve, reject) => {
        const timeout = setTimeout(
          () => reject(new Error(`no panel for ${name}; panel shows ${document.querySelector('aside.panel h2')?.textContent}`)),
          10_000,
        );
        const check = () => {
          const title = document.querySelector('aside.panel h2')?.textContent;
          // "Painted with charts": the panel names the region and shows its first chart: a recharts chart in its frame,
          // or one drawn as HTML (industries by planned scale, a target figure), which is all a Hebei prefecture's panel has.
          // Since issue 17's panels lead with figure cards this first figure is HTML in the prefectures checked (see watchScript in
          // renderers.mjs): the condition is the panel with its plan content rendered, not a recharts chart's draw turn.
          const first = document.querySelector('aside.panel figure');
          const charts =
            !wantCharts ||
            (!!first && (!first.classList.contains('chart-frame') || !!first.querySelector('.chart-body:not(.chart-pending) svg')));
          if (window.__clickStart && title === name && charts) {
            clearTimeout(timeout);
            requestAnimationFrame(() => resolve(performance.now() - window.__clickStart));
          } else requestAnimationFrame(check);
        };
        check();
      }),
    [target.name_zh, charts],
  );
  latencies.push(measured);
  latencies.cpu?.push((await mainThreadMs(page)) - cpuBefore);
  latencies.names?.push(target.name_zh);
  await page.keyboard.press('Escape');
}

if (run('click')) {
  progress('click → panel…');
  // 30 different regions: the 20 prefectures and Xiong'an from the overview, then Lishui's 9
  // counties after its jump button has framed them.
  const overviewTargets = [
    ...propsOf(threeRegion, 'prefectures').filter((p) => p.parent === '220000' || p.parent === '130000'),
    ...propsOf(threeRegion, 'newareas'),
  ];
  const lishuiTargets = propsOf(threeRegion, 'counties').filter((p) => p.parent === '331100');
  const latencies = [];
  latencies.names = [];
  latencies.cpu = [];
  const skipped = [];
  const page = await freshPage();
  await page.goto(webglUrl('app'));
  for (const target of overviewTargets) await measureClick(page, target, latencies, skipped);
  await page.getByRole('group', { name: '定位到' }).getByRole('button', { name: '丽水市' }).click();
  for (const target of lishuiTargets) await measureClick(page, target, latencies, skipped);
  report.clickToPanelMs = {
    ...stats(latencies),
    mainThreadMs: stats(latencies.cpu),
    skipped,
    longTasksOver50ms: await page.evaluate(() => window.__longTasks.length),
    samples: latencies.map((ms, i) => `${latencies.names[i]} ${Math.round(ms)}`),
  };
  await page.context().close();
}

// ---------------------------------------------------------------- filter
/** Checkbox press → first WebGL draw after it (the repainted frame) and → the map's next idle. */
async function measureFilter(name, toggles) {
  const page = await freshPage({ instrument: true });
  await page.goto(webglUrl(name));
  await waitIdle(page, 180_000);
  await page.waitForFunction(() => window.__regionMap.renderedElements().length > 0, undefined, { timeout: 60_000 });
  const boxes = [/^生物医药与健康/, /^新能源/, /^汽车/, /^食品与农产品加工/];
  const toIdle = [];
  const toFrame = [];
  const toFrameCpu = [];
  let noRepaint = 0;
  const samples = [];
  for (let i = 0; i < toggles; i++) {
    await waitIdle(page, 60_000);
    await page.waitForTimeout(100);
    await page.evaluate(() => {
      window.__filterStart = 0;
      window.__drawAt = 0;
      window.addEventListener(
        'mousedown',
        () => {
          window.__filterStart = performance.now();
          window.__armDraw = true;
        },
        { once: true, capture: true },
      );
      // A toggle that changes nothing on the map never brings an idle: time out instead of hanging.
      window.__filterIdle = Promise.race([window.__regionMap.nextIdle(), new Promise((r) => setTimeout(() => r(null), 5000))]);
    });
    const cpuBefore = await mainThreadMs(page);
    await page.getByRole('checkbox', { name: boxes[i % boxes.length] }).click();
    const r = await page.evaluate(async () => {
      const at = await window.__filterIdle;
      return {
        idle: at === null ? null : at - window.__filterStart,
        frame: window.__drawAt ? window.__drawAt - window.__filterStart : null,
      };
    });
    if (r.frame !== null) toFrameCpu.push((await mainThreadMs(page)) - cpuBefore);
    if (r.idle === null) noRepaint++;
    else toIdle.push(r.idle);
    if (r.frame !== null && r.frame >= 0) toFrame.push(r.frame);
    samples.push({
      box: String(boxes[i % boxes.length]).slice(2, -1),
      frame: r.frame && Math.round(r.frame),
      idle: r.idle && Math.round(r.idle),
    });
  }
  const longTasks = await page.evaluate(() => window.__longTasks.length);
  const errors = page.__errors;
  await page.context().close();
  // Main-thread time from the press to the map's idle (upper bound of the work before the frame).
  return {
    toFrameMs: stats(toFrame),
    mainThreadToIdleMs: stats(toFrameCpu),
    toIdleMs: { ...stats(toIdle), noRepaint },
    longTasksOver50ms: longTasks,
    errors,
    samples,
  };
}

if (run('filter')) {
  progress('filter → repaint…');
  report.filter = await measureFilter('app', 20);
}

// ---------------------------------------------------------------- hover
/**
 * Main-thread work per hover: synthetic mousemoves over the canvas, alternating between region
 * label points. Per move: the synchronous handler (maplibre → hit test → feature-state → onHover),
 * the React work it queued (a MessageChannel ping posted after it runs after React's task), and
 * the map's repaint in the next animation frame (time from the frame's start to our rAF callback,
 * registered after maplibre's).
 */
async function measureHover(name, targets) {
  const page = await freshPage();
  await page.goto(webglUrl(name));
  await waitIdle(page, 180_000);
  await page.waitForTimeout(500);
  const points = [];
  for (const t of targets)
    points.push({ ...(await page.evaluate(([x, y]) => window.__regionMap.project(x, y), [t.label_lng, t.label_lat])), name: t.name_zh });
  const onCanvas = points.filter((p) => p.x > 0 && p.y > 0 && p.x < 1920 && p.y < 1080);
  const samples = await page.evaluate(
    async ({ points, n }) => {
      const canvas = document.querySelector('canvas.maplibregl-canvas');
      const ping = () =>
        new Promise((r) => {
          const c = new MessageChannel();
          c.port1.onmessage = () => r(performance.now());
          c.port2.postMessage(0);
        });
      const frame = () => new Promise((r) => requestAnimationFrame((ts) => r({ ts, now: performance.now() })));
      const out = [];
      const before = window.__longTasks.length;
      for (let i = 0; i < n; i++) {
        const p = points[i % points.length];
        await frame();
        await frame();
        const t0 = performance.now();
        canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: p.x, clientY: p.y, bubbles: true, cancelable: true, view: window }));
        const t1 = performance.now();
        const t2 = await ping();
        const f = await frame();
        const render = Math.max(0, f.now - Math.max(f.ts, t2));
        await ping();
        const shown = document.querySelector('.hover-label')?.textContent ?? null;
        out.push({ handler: t1 - t0, react: t2 - t1, render, total: t2 - t0 + render, hit: shown === p.name });
      }
      return { out, longTasks: window.__longTasks.slice(before) };
    },
    { points: onCanvas, n: HOVERS },
  );
  const s = samples.out;
  const errors = page.__errors;
  await page.context().close();
  return {
    totalMs: stats(s.map((x) => x.total)),
    handlerMs: stats(s.map((x) => x.handler)),
    reactMs: stats(s.map((x) => x.react)),
    renderMs: stats(s.map((x) => x.render)),
    hoverLabelMatched: `${s.filter((x) => x.hit).length}/${s.length}`,
    longTasksOver50ms: samples.longTasks.length,
    longestTaskMs: Math.round(Math.max(0, ...samples.longTasks.map((t) => t.duration))),
    errors,
  };
}

if (run('hover')) {
  progress('hover…');
  const targets = [
    ...propsOf(threeRegion, 'prefectures').filter((p) => p.parent === '220000' || p.parent === '130000'),
    ...propsOf(threeRegion, 'newareas'),
  ];
  report.hover = await measureHover('app', targets);
}

// ---------------------------------------------------------------- memory
if (run('memory')) {
  progress(`memory, ${CYCLES} select / filter / deselect cycles…`);
  const page = await freshPage({ reducedMotion: 'reduce' });
  const cdp = await page.context().newCDPSession(page);
  // The default here: the SVG map (software WebGL). The WebGL map's heap was measured flat before (README).
  await page.goto(url('app'));
  await page.locator('.svg-map path.svg-map-symbol').first().waitFor({ timeout: 120_000 });
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await openRegionList(page);
  const checkbox = await page.getByRole('checkbox', { name: /^新能源/ }).elementHandle();
  const cycles = (n) => selectFilterDeselect(page, checkbox, n);
  const t0 = Date.now();
  // Heap after 20 cycles, then along the way (a plateau means bounded caches, steady growth a leak).
  const marks = [20, Math.round(CYCLES / 4), Math.round(CYCLES / 2), CYCLES].filter((m, i, a) => m > 0 && a.indexOf(m) === i);
  const samples = [];
  let missed = 0;
  let done = 0;
  for (const m of marks) {
    missed += await cycles(m - done);
    done = m;
    await page.waitForTimeout(500);
    samples.push({ cycles: m, MB: Math.round(((await heap()) / 2 ** 20) * 10) / 10 });
  }
  const after20 = samples[0].MB * 2 ** 20;
  const afterAll = samples.at(-1).MB * 2 ** 20;
  report.memory = {
    cycles: CYCLES,
    heapAfter20MB: Math.round((after20 / 2 ** 20) * 10) / 10,
    heapAfterAllMB: Math.round((afterAll / 2 ** 20) * 10) / 10,
    growth: Math.round((afterAll / after20) * 1000) / 1000,
    samples,
    panelMissed: missed,
    msPerCycle: Math.round((Date.now() - t0) / CYCLES),
    errors: page.__errors.slice(0, 5),
  };
  await page.context().close();
}

// ---------------------------------------------------------------- national pack
// ---------------------------------------------------------------- presentation
if (run('present')) {
  const shipped = JSON.parse(readFileSync('dist/data/briefings/index.json', 'utf8')).briefings.map((b) => ({
    id: b.id,
    steps: JSON.parse(readFileSync(`dist/data/${b.file}`, 'utf8')).steps.length,
  }));
  /** In-page: a clicker key, then until the step is applied (panel section in view) and the map idle, plus a painted frame. */
  const stepOnce = (page, key, expected) =>
    page.evaluate(
      async ({ key, expected }) => {
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        const t0 = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        const until = t0 + 30_000;
        while (performance.now() < until) {
          await frame();
          if (document.querySelector(`[data-step-ready="${expected}"]`) && window.__regionMap.isIdle()) break;
        }
        await frame();
        return performance.now() - t0;
      },
      { key, expected },
    );
  const transitions = async (reducedMotion) => {
    const times = [];
    const errors = [];
    for (const b of shipped) {
      const page = await freshPage({ reducedMotion });
      await page.goto(`${webglUrl('app')}&present=${b.id}`);
      await page.waitForSelector('[data-step-ready="1"]', { timeout: 120_000 });
      await waitIdle(page);
      for (let round = 0; round < PRESENT_ROUNDS; round++) {
        for (let n = 2; n <= b.steps; n++) times.push(await stepOnce(page, 'ArrowRight', n));
        if (b.steps > 1) times.push(await stepOnce(page, 'Home', 1));
      }
      errors.push(...page.__errors);
      await page.context().close();
      progress(`  present ${b.id} (${reducedMotion}): ${times.length} transitions so far`);
    }
    return { times, errors };
  };
  progress(`present: step transitions over ${shipped.length} briefing(s), ${PRESENT_ROUNDS} pass(es) each…`);
  const moving = await transitions('no-preference');
  const still = await transitions('reduce');

  // Unattended loop of the longest briefing, accelerated, without motion (a kiosk PC would be left like that).
  const looped = shipped.reduce((a, b) => (b.steps > a.steps ? b : a));
  progress(`present: unattended loop of ${looped.id}, a step every ${LOOP_SECONDS} s, ${LOOP_LOOPS} loops…`);
  const page = await freshPage({ reducedMotion: 'reduce' });
  const cdp = await page.context().newCDPSession(page);
  await page.addInitScript(() => {
    window.__loops = 0;
    let last = '';
    setInterval(() => {
      const text = document.querySelector('.present-count')?.textContent ?? '';
      const n = Number((text.match(/\d+/) ?? ['0'])[0]);
      if (n === 1 && last && last !== text) window.__loops++;
      last = text;
    }, 20);
  });
  await page.goto(`${webglUrl('app')}&present=${looped.id}&loop=${LOOP_SECONDS}`);
  // Running once the bar counts steps: at a step every 0.3 s a step may never be fully drawn before the next.
  await page.waitForFunction(() => /\d/.test(document.querySelector('.present-count')?.textContent ?? ''), undefined, {
    timeout: 120_000,
    polling: 100,
  });
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const loopsDone = () => page.evaluate(() => window.__loops);
  // A loop takes its steps' loop time plus each step's drawing: the first loop's length sets the later waits.
  let loopMs = looped.steps * LOOP_SECONDS * 1000;
  const waitLoops = async (n) => {
    const done = await loopsDone();
    await page.waitForFunction((k) => window.__loops >= k, n, { timeout: (n - done) * loopMs * 2 + 120_000, polling: 200 });
  };
  const t0 = Date.now();
  await waitLoops(1);
  loopMs = Math.max(loopMs, Date.now() - t0);
  const afterFirst = await heap();
  const samples = [{ loops: await loopsDone(), MB: Math.round((afterFirst / 2 ** 20) * 10) / 10 }];
  for (const mark of [Math.round(LOOP_LOOPS / 2), LOOP_LOOPS].filter((m, i, a) => m > 1 && a.indexOf(m) === i)) {
    await waitLoops(mark);
    samples.push({ loops: await loopsDone(), MB: Math.round(((await heap()) / 2 ** 20) * 10) / 10 });
  }
  const afterAll = samples.at(-1).MB * 2 ** 20;
  const loopErrors = page.__errors;
  await page.context().close();
  report.present = {
    briefings: shipped,
    transitionMs: stats(moving.times),
    transitionReducedMotionMs: stats(still.times),
    loop: {
      briefing: looped.id,
      stepSeconds: LOOP_SECONDS,
      loops: samples.at(-1).loops,
      minutes: Math.round(((Date.now() - t0) / 60000) * 10) / 10,
      heapAfterFirstLoopMB: samples[0].MB,
      heapAfterAllMB: samples.at(-1).MB,
      growth: Math.round((afterAll / afterFirst) * 1000) / 1000,
      samples,
      consoleErrors: loopErrors.length,
    },
    errorCount: moving.errors.length + still.errors.length + loopErrors.length,
    errors: [...moving.errors, ...still.errors, ...loopErrors].slice(0, 5),
  };
}

if (run('national')) {
  progress(`national pack (${packs.national.regions} regions): first idle vs three-region, ${NATIONAL_LOADS} rounds…`);
  const { times, detail } = await interleavedFirstIdle(['app', 'national'], NATIONAL_LOADS, 180_000);
  const national = {
    firstIdleMs: stats(times.national),
    threeRegionFirstIdleMs: stats(times.app),
    ratio: Math.round((quantile(times.national, 0.5) / quantile(times.app, 0.5)) * 100) / 100,
    loadLongTasks: detail.national.map((d) => d.longTasks),
    loadLongestTaskMs: Math.round(Math.max(...detail.national.map((d) => d.longestTask))),
    heapAfterLoadMB: Math.round(Math.max(...detail.national.map((d) => d.heapMB ?? 0))),
    threeRegionHeapAfterLoadMB: Math.round(Math.max(...detail.app.map((d) => d.heapMB ?? 0))),
    loadErrors: [...new Set(detail.national.flatMap((d) => d.errors))].slice(0, 10),
  };
  progress('national: click → panel…');
  const nationalTopo = readPack(packs.national.file);
  const prefectures = propsOf(nationalTopo, 'prefectures');
  // Regions with plan data (Jilin's and Hebei's prefectures: panel with charts), then 10 prefectures
  // spread over the country (every 34th by code) whose panel has no charts (title only).
  const withData = prefectures.filter((p) => p.parent === '220000' || p.parent === '130000');
  const spread = prefectures.filter((p, i) => i % 34 === 5 && !withData.includes(p)).slice(0, 10);
  const latencies = [];
  latencies.cpu = [];
  const noData = [];
  const skipped = [];
  const page = await freshPage();
  await page.goto(webglUrl('national'));
  await waitIdle(page, 180_000);
  const clickAll = async (list, out, charts) => {
    for (const target of list) {
      try {
        await measureClick(page, target, out, skipped, charts);
      } catch (e) {
        skipped.push(`${target.name_zh}: ${e.message.split('\n')[0]}`);
      }
    }
  };
  // At the national overview the prefectures are small: the spread ones are clicked there, Hebei's
  // and Jilin's after their province's jump button has framed them (as Lishui's in the click section).
  await clickAll(spread, noData, false);
  for (const [province, code] of [
    ['河北省', '130000'],
    ['吉林省', '220000'],
  ]) {
    await page.getByRole('group', { name: '定位到' }).getByRole('button', { name: province, exact: true }).click();
    await page.waitForTimeout(1000);
    await clickAll(
      withData.filter((p) => p.parent === code),
      latencies,
      true,
    );
  }
  national.clickToPanelMs = {
    ...stats(latencies),
    mainThreadMs: stats(latencies.cpu),
    skipped,
    longTasksOver50ms: await page.evaluate(() => window.__longTasks.length),
  };
  national.clickToPanelNoChartsMs = stats(noData);
  national.clickErrors = page.__errors.slice(0, 10);
  // How many region buttons the list draws for the national pack (the app caps it).
  await openRegionList(page);
  national.regionListButtons = await page.locator('nav.region-list li button').count();
  await page.context().close();
  progress('national: filter, hover…');
  national.filter = await measureFilter('national', 12);
  national.hover = await measureHover('national', [...withData, ...spread]);
  report.national = national;
}

// ---------------------------------------------------------------- scale
if (run('scale')) {
  progress(`scale: first idle by pack size, ${SCALE_LOADS} rounds…`);
  const names = ['top', 'floor-top', 'app', 'floor', 'national', 'floor-national'];
  const { times } = await interleavedFirstIdle(names, SCALE_LOADS, 180_000);
  const row = (pack, app, floor) => ({
    pack,
    regions: packs[pack].regions,
    rawKB: Math.round(packs[pack].bytes / 1024),
    appFirstIdleMs: quantile(times[app], 0.5),
    floorFirstIdleMs: quantile(times[floor], 0.5),
  });
  report.scale = [row('top', 'top', 'floor-top'), row('three', 'app', 'floor'), row('national', 'national', 'floor-national')];
}

// ---------------------------------------------------------------- fallback (no WebGL)
if (run('fallback')) {
  progress('fallback: WebGL off, SVG map, click → panel…');
  const noWebgl = await launchNoWebgl();
  // The same 30 regions and the same "panel painted with its charts" as the click section.
  const overviewTargets = [
    ...propsOf(threeRegion, 'prefectures').filter((p) => p.parent === '220000' || p.parent === '130000'),
    ...propsOf(threeRegion, 'newareas'),
  ];
  const lishuiTargets = propsOf(threeRegion, 'counties').filter((p) => p.parent === '331100');
  const latencies = [];
  latencies.names = [];
  const skipped = [];
  const page = await freshPage({ on: noWebgl });
  await page.goto(url('app'));
  await page.waitForFunction(() => performance.getEntriesByName('svg-map-drawn').length > 0, undefined, { timeout: 60_000, polling: 50 });
  const firstDrawMs = await page.evaluate(() => Math.round(performance.getEntriesByName('svg-map-drawn')[0].startTime));
  const gl = await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'));
  if (gl) throw new Error('fallback: the page still has WebGL2; --disable-webgl2 did not take');
  // Plans and panels loaded, as a person would find them after the first view.
  await page.locator('.svg-map path.svg-map-symbol').first().waitFor({ timeout: 60_000 });
  for (const target of overviewTargets) await measureClick(page, target, latencies, skipped, true, 'svg');
  await page.getByRole('group', { name: '定位到' }).getByRole('button', { name: '丽水市' }).click();
  for (const target of lishuiTargets) await measureClick(page, target, latencies, skipped, true, 'svg');
  report.fallback = {
    firstDrawMs,
    clickToPanelMs: {
      ...stats(latencies),
      skipped,
      longTasksOver50ms: await page.evaluate(() => window.__longTasks.length),
      samples: latencies.map((ms, i) => `${latencies.names[i]} ${Math.round(ms)}`),
    },
    errors: page.__errors.slice(0, 10),
  };
  await page.context().close();
  await noWebgl.close();
}

await browser.close();
await server.close();
report.durationS = Math.round((Date.now() - started) / 1000);
report.machine.loadAvgAtEnd = loadavg().map((l) => Math.round(l * 100) / 100);

// ---------------------------------------------------------------- budgets, files, table
const checks = [];
const check = (name, value, budget, unit, pass) => checks.push({ name, value, budget, unit, pass: value == null ? null : pass });
if (report.firstView)
  check(
    'first view gzip before first idle',
    Math.round(report.firstView.beforeFirstIdle.gzip / 1024),
    BUDGET.firstViewBeforeIdleGzipKB,
    'KB',
    report.firstView.beforeFirstIdle.gzip / 1024 <= BUDGET.firstViewBeforeIdleGzipKB,
  );
if (report.firstViewWebgl)
  check(
    'first view gzip, renderer=webgl',
    Math.round(report.firstViewWebgl.beforeFirstIdle.gzip / 1024),
    BUDGET.firstViewBeforeIdleGzipKB,
    'KB',
    report.firstViewWebgl.beforeFirstIdle.gzip / 1024 <= BUDGET.firstViewBeforeIdleGzipKB,
  );
for (const [key, label] of [
  ['svgSoftware', 'default (SVG, software WebGL)'],
  ['svgNoWebgl', 'SVG, WebGL off'],
  ['svgForcedGpu', 'SVG, page composited through SwiftShader (forced)'],
  ['webgl', 'renderer=webgl'],
]) {
  const r = report.renderers?.[key];
  if (!r) continue;
  check(
    `${label}: map with names / floor`,
    r.firstDrawnVsFloor,
    BUDGET.firstDrawnWithNamesVsFloor,
    '×',
    r.firstDrawnVsFloor <= BUDGET.firstDrawnWithNamesVsFloor,
  );
  check(
    `${label}: region link → chart / floor`,
    r.regionLinkVsFloor,
    BUDGET.regionLinkVsFloor,
    '×',
    r.regionLinkVsFloor <= BUDGET.regionLinkVsFloor,
  );
  if (!r.clickToPanelMs) continue;
  check(`${label}: click → panel + chart p95`, r.clickToPanelMs.p95, BUDGET.clickP95, 'ms', r.clickToPanelMs.p95 < BUDGET.clickP95);
  check(
    `${label}: filter → repainted p95`,
    r.filterToRepaintMs.p95,
    BUDGET.filterFrameP95,
    'ms',
    r.filterToRepaintMs.p95 < BUDGET.filterFrameP95,
  );
  check(`${label}: hover work p95`, r.hover.totalMs.p95, BUDGET.hoverP95, 'ms', r.hover.totalMs.p95 < BUDGET.hoverP95);
  check(
    `${label}: present step median`,
    r.presentStepMs.median,
    BUDGET.presentStepMedian,
    'ms',
    r.presentStepMs.median < BUDGET.presentStepMedian,
  );
}
if (report.appVsFloor)
  check(
    'first idle app / floor (median)',
    report.appVsFloor.medianRatio,
    BUDGET.appVsFloorRatio,
    '×',
    report.appVsFloor.medianRatio <= BUDGET.appVsFloorRatio,
  );
if (report.clickToPanelMs)
  check('click → panel + charts p95', report.clickToPanelMs.p95, BUDGET.clickP95, 'ms', report.clickToPanelMs.p95 < BUDGET.clickP95);
if (report.filter)
  check(
    'filter → first map frame p95',
    report.filter.toFrameMs.p95,
    BUDGET.filterFrameP95,
    'ms',
    report.filter.toFrameMs.p95 < BUDGET.filterFrameP95,
  );
if (report.filter)
  check(
    'filter → map idle p95 (info)',
    report.filter.toIdleMs.p95,
    BUDGET.filterFrameP95,
    'ms',
    report.filter.toIdleMs.p95 < BUDGET.filterFrameP95,
  );
if (report.fallback)
  check(
    'fallback (SVG) click → panel + charts p95',
    report.fallback.clickToPanelMs.p95,
    BUDGET.clickP95,
    'ms',
    report.fallback.clickToPanelMs.p95 < BUDGET.clickP95,
  );
if (report.hover)
  check('hover main-thread work p95', report.hover.totalMs.p95, BUDGET.hoverP95, 'ms', report.hover.totalMs.p95 < BUDGET.hoverP95);
if (report.memory)
  check(`heap after ${CYCLES} cycles / after 20`, report.memory.growth, BUDGET.heapGrowth, '×', report.memory.growth <= BUDGET.heapGrowth);
if (report.national) {
  const n = report.national;
  check('national first idle / three-region', n.ratio, BUDGET.nationalVsThreeRegion, '×', n.ratio <= BUDGET.nationalVsThreeRegion);
  check('national click → panel p95', n.clickToPanelMs.p95, BUDGET.clickP95, 'ms', n.clickToPanelMs.p95 < BUDGET.clickP95);
  check(
    'national filter → first frame p95',
    n.filter.toFrameMs.p95,
    BUDGET.filterFrameP95,
    'ms',
    n.filter.toFrameMs.p95 < BUDGET.filterFrameP95,
  );
  check('national hover work p95', n.hover.totalMs.p95, BUDGET.hoverP95, 'ms', n.hover.totalMs.p95 < BUDGET.hoverP95);
}
if (report.present) {
  check('present step → drawn p95 (info)', report.present.transitionMs.p95, 800, 'ms', report.present.transitionMs.p95 < 800);
  check(
    'present loop heap / after first loop',
    report.present.loop.growth,
    BUDGET.heapGrowth,
    '×',
    report.present.loop.growth <= BUDGET.heapGrowth,
  );
  check('present console errors', report.present.errorCount, 0, '', report.present.errorCount === 0);
}
report.budgets = checks;

mkdirSync('tests/bench/results', { recursive: true });
const json = JSON.stringify(report, null, 2) + '\n';
writeFileSync('tests/bench/results/latest.json', json);
writeFileSync(`tests/bench/results/${report.date.slice(0, 19).replace(/:/g, '-')}.json`, json);
appendFileSync(
  'tests/bench/results/history.jsonl',
  JSON.stringify({
    date: report.date,
    commit: report.commit,
    dirtySrc: report.dirtyTree,
    sections: ONLY.join(','),
    cpus: report.machine.cpus,
    load: report.machine.loadAvgAtStart[0],
    ...Object.fromEntries(checks.map((c) => [c.name, c.value])),
    firstIdleMs: report.firstIdleMs?.median,
    firstViewWebglKB: report.firstViewWebgl && Math.round(report.firstViewWebgl.beforeFirstIdle.gzip / 1024),
    floorFirstIdleMs: report.floorFirstIdleMs?.median,
    nationalFirstIdleMs: report.national?.firstIdleMs.median,
  }) + '\n',
);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (report.firstView) {
  const fv = report.firstView;
  console.log('\nasset                                         raw        gzip   arrived');
  for (const a of fv.assets) {
    console.log(
      `${a.url.padEnd(40).slice(0, 40)} ${kb(a.raw).padStart(10)} ${kb(a.gzip).padStart(10)}   ${a.beforeFirstIdle ? 'before' : 'after '} first idle${a.arrivedMs != null ? ` (${a.arrivedMs} ms)` : ''}`,
    );
  }
  console.log(`${'total'.padEnd(40)} ${kb(fv.total.raw).padStart(10)} ${kb(fv.total.gzip).padStart(10)}`);
  console.log(`${'  before first idle'.padEnd(40)} ${kb(fv.beforeFirstIdle.raw).padStart(10)} ${kb(fv.beforeFirstIdle.gzip).padStart(10)}`);
  console.log(`${'  after first idle'.padEnd(40)} ${kb(fv.afterFirstIdle.raw).padStart(10)} ${kb(fv.afterFirstIdle.gzip).padStart(10)}`);
}
if (report.firstViewWebgl)
  console.log(`first view with renderer=webgl: ${kb(report.firstViewWebgl.beforeFirstIdle.gzip)} gzip before the first idle`);
if (report.renderers) {
  const r = report.renderers;
  console.log(`\nfloor first idle median ${r.floorFirstIdleMs.median} ms (n=${r.floorFirstIdleMs.n})`);
  console.log(
    'renderer                     map+names   ×floor   plans in sidebar   region link→chart   ×floor   click p95   filter p95   hover p95   step median',
  );
  for (const key of ['svgSoftware', 'svgNoWebgl', 'svgForcedGpu', 'webgl']) {
    const x = r[key];
    if (!x) continue;
    console.log(
      `${key.padEnd(28)} ${String(x.firstDrawnWithNamesMs.median).padStart(9)} ${String(x.firstDrawnVsFloor).padStart(8)} ${String(x.plansInSidebarMs.median).padStart(18)} ${String(x.regionLinkPanelWithChartMs.median).padStart(19)} ${String(x.regionLinkVsFloor).padStart(8)} ${String(x.clickToPanelMs?.p95 ?? '').padStart(11)} ${String(x.filterToRepaintMs?.p95 ?? '').padStart(12)} ${String(x.hover?.totalMs.p95 ?? '').padStart(11)} ${String(x.presentStepMs?.median ?? '').padStart(13)}`,
    );
  }
}
const line = (label, s) =>
  s && console.log(`${label.padEnd(36)} median ${String(s.median).padStart(7)} ms   p95 ${String(s.p95).padStart(7)} ms   n=${s.n}`);
console.log('');
line('first idle, app', report.firstIdleMs);
line('first idle, floor', report.floorFirstIdleMs);
line('click → panel + charts', report.clickToPanelMs);
line('  main-thread CPU, click → painted', report.clickToPanelMs?.mainThreadMs);
line('filter → first map frame', report.filter?.toFrameMs);
line('filter → map idle', report.filter?.toIdleMs);
line('  main-thread CPU, press → idle', report.filter?.mainThreadToIdleMs);
line('hover work (total)', report.hover?.totalMs);
if (report.fallback)
  console.log(
    `fallback (SVG) first drawing ${report.fallback.firstDrawMs} ms${report.fallback.errors.length ? `; errors: ${report.fallback.errors.join(' | ')}` : ''}`,
  );
line('fallback click → panel + charts', report.fallback?.clickToPanelMs);
line('  hover: handler', report.hover?.handlerMs);
line('  hover: react', report.hover?.reactMs);
line('  hover: map frame', report.hover?.renderMs);
if (report.memory)
  console.log(`heap after cycles: ${report.memory.samples.map((x) => `${x.cycles}: ${x.MB} MB`).join(', ')} (×${report.memory.growth})`);
if (report.present) {
  const p = report.present;
  line('present step → drawn', p.transitionMs);
  line('present step → drawn (reduced motion)', p.transitionReducedMotionMs);
  console.log(
    `present loop ${p.loop.briefing}: ${p.loop.loops} loops in ${p.loop.minutes} min, heap ${p.loop.samples.map((x) => `${x.loops}: ${x.MB} MB`).join(', ')} (×${p.loop.growth}), console errors ${p.loop.consoleErrors}`,
  );
}
if (report.national) {
  const n = report.national;
  line('national first idle', n.firstIdleMs);
  line('  three-region, same rounds', n.threeRegionFirstIdleMs);
  line('national click → panel + charts', n.clickToPanelMs);
  line('national click → panel (no data)', n.clickToPanelNoChartsMs);
  line('national filter → first frame', n.filter.toFrameMs);
  line('national filter → idle', n.filter.toIdleMs);
  line('national hover work', n.hover.totalMs);
  if (n.loadErrors.length || n.clickErrors.length) console.log(`national errors: ${[...n.loadErrors, ...n.clickErrors].join(' | ')}`);
}
if (report.scale) {
  console.log('\npack        regions   raw KB   app first idle   floor first idle');
  for (const r of report.scale)
    console.log(
      `${r.pack.padEnd(10)} ${String(r.regions).padStart(8)} ${String(r.rawKB).padStart(8)} ${String(r.appFirstIdleMs).padStart(13)} ms ${String(r.floorFirstIdleMs).padStart(15)} ms`,
    );
}
console.log('\nbudget check                              value      budget   result');
for (const c of checks) {
  const result = c.pass == null ? 'n/a' : c.pass ? 'PASS' : 'MISS';
  console.log(
    `${c.name.padEnd(40)} ${String(c.value).padStart(8)} ${c.unit.padEnd(2)} ${(c.name.includes('(info)') ? '' : `${c.unit === 'ms' ? '<' : '≤'} ${c.budget}`).padStart(8)}   ${c.name.includes('(info)') ? 'info' : result}`,
  );
}
console.log(
  `\n${report.machine.cpus} CPUs (${report.machine.cpuModel}), load ${report.machine.loadAvgAtStart.join(' ')}, ${report.durationS} s; results in tests/bench/results/latest.json`,
);
