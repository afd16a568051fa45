// What an SVG-map click costs each of Chromium's processes, from /proc (utime + stime of this run's
// own Chromium: the browser, the renderer and the GPU process), beside the wall-clock press → panel
// with its first figure (the bench's condition) and the rAF frames it took. Under software WebGL the
// GPU process composites and rasterises with SwiftShader, so its CPU is the part of a click's cost
// that the renderer's main-thread CPU (the bench's mainThreadMs) does not show; CPU time moves far
// less with the machine's load than the wall-clock. Several builds are compared in the same
// interleaved run, each in its own page, the order alternating per target.
// The pages share one GPU process: its column mixes the builds (and the first page to click pays the
// GPU process's first-use work: 4.5 s of CPU on 3 Dec, 0.5 s for the next page's first click), so
// compare GPU figures of builds run one at a time, and the renderer column side by side.
// Usage: node tests/bench/click-cpu.mjs <site dir>[,<site dir>…] [clicks=8]   (NOWEBGL=1: WebGL off)
import { readFileSync, readdirSync } from 'node:fs';
import { serveSites } from './serve.mjs';
import { launchSoftwareChromium } from '../chromium-launch.mjs';
import { overviewRegions } from './packs.mjs';
const dirs = process.argv[2].split(',');
const N = Number(process.argv[3] ?? 8);
const sites = Object.fromEntries(dirs.map((d, i) => [`s${i}`, d]));
const server = await serveSites(sites);
const browser = await launchSoftwareChromium({ noWebgl: !!process.env.NOWEBGL });
const HZ = 100;
const parentOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1];
  } catch {
    return null;
  }
};
const mine = (pid) => {
  for (let p = pid, i = 0; p && p !== '1' && i < 10; p = parentOf(p), i++) if (p === String(process.pid)) return true;
  return false;
};
function procs() {
  const out = [];
  for (const pid of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chrom') || !mine(pid)) continue;
      const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
      const st = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.push({ pid, type, cpu: ((Number(st[11]) + Number(st[12])) * 1000) / HZ });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
}
const cpuBy = () => {
  const m = {};
  for (const p of procs()) m[p.type] = (m[p.type] ?? 0) + p.cpu;
  return m;
};
const topo = JSON.parse(readFileSync(`${dirs[0]}/geo/regions.topo.json`, 'utf8'));
const overview = overviewRegions(topo);
const open = async (site) => {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await ctx.addInitScript(() => localStorage.setItem('plan-map.lang', 'zh'));
  const page = await ctx.newPage();
  await page.goto(`${server.base}/${site}/`, { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('map-first-drawn-with-names').length > 0, undefined, { timeout: 120000 });
  await page.locator('.svg-map path.svg-map-symbol').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(2500);
  return { ctx, page };
};
const results = Object.fromEntries(Object.keys(sites).map((s) => [s, []]));
const idle = Object.fromEntries(Object.keys(sites).map((s) => [s, []]));
const pages = {};
for (const s of Object.keys(sites)) pages[s] = await open(s);
for (let i = 0; i < N; i++) {
  const t = overview[i % overview.length];
  for (const s of i % 2 ? Object.keys(sites).reverse() : Object.keys(sites)) {
    const { page } = pages[s];
    await page.bringToFront();
    const p = await page.evaluate(([x, y]) => window.__svgMap.project(x, y), [t.label_lng, t.label_lat]);
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(400);
    if ((await page.locator('.hover-label').textContent()) !== t.name_zh) continue;
    // idle: one second with nothing done
    const i0 = cpuBy();
    await page.waitForTimeout(1000);
    const i1 = cpuBy();
    idle[s].push({ gpu: i1['gpu-process'] - i0['gpu-process'], renderer: i1.renderer - i0.renderer });
    await page.evaluate(() => addEventListener('mousedown', () => (window.__t0 = performance.now()), { once: true, capture: true }));
    const c0 = cpuBy();
    await page.mouse.click(p.x, p.y);
    const r = await page.evaluate(
      (name) =>
        new Promise((resolve) => {
          let frames = 0;
          const firstChartDrawn = () => {
            const f = document.querySelector('aside.panel figure');
            return !!f && (!f.classList.contains('chart-frame') || !!f.querySelector('.chart-body:not(.chart-pending) svg'));
          };
          const check = () => {
            frames++;
            if (document.querySelector('aside.panel h2')?.textContent === name && firstChartDrawn())
              requestAnimationFrame(() => resolve({ ms: performance.now() - window.__t0, frames }));
            else requestAnimationFrame(check);
          };
          check();
        }),
      t.name_zh,
    );
    // and what follows in the next 1.5 s (further charts, turns)
    const c1 = cpuBy();
    await page.waitForTimeout(1500);
    const c2 = cpuBy();
    results[s].push({
      name: t.name_zh,
      ms: r.ms,
      frames: r.frames,
      gpu: c1['gpu-process'] - c0['gpu-process'],
      renderer: c1.renderer - c0.renderer,
      gpuAfter: c2['gpu-process'] - c1['gpu-process'],
      rendererAfter: c2.renderer - c1.renderer,
    });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(600);
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)];
for (const [s, rows] of Object.entries(results)) {
  console.log(`== ${sites[s]}`);
  for (const r of rows)
    console.log(
      `  ${r.name.padEnd(8)} ${Math.round(r.ms).toString().padStart(6)} ms, frames ${r.frames}, cpu gpu ${r.gpu} renderer ${r.renderer} | next 1.5 s: gpu ${r.gpuAfter} renderer ${r.rendererAfter}`,
    );
  for (const k of ['ms', 'gpu', 'renderer', 'gpuAfter', 'rendererAfter'])
    console.log(`  ${k}: median ${Math.round(med(rows.map((r) => r[k])))} p95 ${Math.round(p95(rows.map((r) => r[k])))}`);
  console.log(`  idle 1 s: gpu median ${med(idle[s].map((x) => x.gpu))} renderer ${med(idle[s].map((x) => x.renderer))}`);
}
await browser.close();
await server.close();
