// Where the main thread spends a first load: CPU profile (CDP) from navigation to the map's first idle.
// Usage, after a bench run has prepared the sites: node tests/bench/profile.mjs [app|national|top|floor|floor-national]
import { launchSoftwareChromium } from '../chromium-launch.mjs';
import { serveSites } from './serve.mjs';
const site = process.argv[2] || 'national';
const server = await serveSites({ [site]: `tests/bench/results/tmp/sites/${site}` });
const browser = await launchSoftwareChromium();
const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
await ctx.addInitScript(() => localStorage.setItem('plan-map.lang', 'zh'));
// --will-read: experiment, every 2D canvas created with willReadFrequently (CPU-backed, cheap getImageData)
if (process.argv.includes('--will-read')) {
  await ctx.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, options) {
      return original.call(this, type, type === '2d' ? { ...options, willReadFrequently: true } : options);
    };
  });
}
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(`${server.base}/${site}/`);
await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 180000 });
const mark = await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0].startTime);
let { profile } = await cdp.send('Profiler.stop');
// --click=<name_zh>: profile instead one click on that region's label point → panel with charts
const clickArg = process.argv.find((a) => a.startsWith('--click='));
if (clickArg) {
  const name = clickArg.slice('--click='.length);
  const { readFileSync } = await import('node:fs');
  const { feature } = await import('topojson-client');
  const topo = JSON.parse(readFileSync(`tests/bench/results/tmp/sites/${site}/geo/regions.topo.json`, 'utf8'));
  const target = ['prefectures', 'counties', 'newareas']
    .flatMap((o) => feature(topo, topo.objects[o]).features)
    .find((f) => f.properties.name_zh === name).properties;
  await page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout: 60000 });
  await page.waitForTimeout(3000);
  const p = await page.evaluate(([x, y]) => window.__regionMap.project(x, y), [target.label_lng, target.label_lat]);
  await page.mouse.move(p.x, p.y);
  await page.waitForTimeout(500);
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction(
    (n) => document.querySelector('aside.panel h2')?.textContent === n && document.querySelector('aside.panel .recharts-surface'),
    name,
    { polling: 'raf' },
  );
  console.log('click → panel (node clock)', Date.now() - t0, 'ms');
  ({ profile } = await cdp.send('Profiler.stop'));
}
const dt = {};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++)
  self.set(profile.samples[i], (self.get(profile.samples[i]) || 0) + (profile.timeDeltas[i] || 0) / 1000);
// self time by function and inclusive time for selected frames
const agg = {};
for (const [id, ms] of self) {
  const n = byId.get(id);
  const f = n.callFrame;
  const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  agg[k] = (agg[k] || 0) + ms;
}
console.log('first idle', Math.round(mark));
console.log(
  Object.entries(agg)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`)
    .join('\n'),
);
// inclusive time per function name
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = {};
for (const [id, ms] of self) {
  const seen = new Set();
  let cur = id;
  while (cur) {
    const n = byId.get(cur);
    const name = n.callFrame.functionName;
    if (name && !seen.has(name)) {
      seen.add(name);
      incl[name] = (incl[name] || 0) + ms;
    }
    cur = parent.get(cur);
  }
}
const want = [
  'parseBoundaryPack',
  'fetchBoundaryPack',
  'feature',
  'geometryBbox',
  'toRegion',
  'safeParse',
  'labelPoints',
  'addRegionLayers',
  'addSource',
  'setData',
  'treeOrder',
  'topRegions',
  'RegionList',
  'Dashboard',
  'unionBbox',
  'matchFilter',
  'layoutFeatures',
  'searchRegions',
  'displayedParents',
  'isDisplayed',
  'json',
  'serialize',
  'postMessage',
  '_render',
  'render',
  'queryRenderedFeatures',
];
console.log('--- inclusive');
for (const w of want) if (incl[w]) console.log(`${incl[w].toFixed(0).padStart(6)} ms  ${w}`);
await browser.close();
await server.close();
