// What the JS heap gains over select / filter / deselect cycles: two heap snapshots (CDP
// HeapProfiler) after N1 and N2 cycles, compared by constructor name (count and self size).
// Usage: node tests/bench/heap-diff.mjs <site dir> [--first=20] [--then=200]
import { launchSoftwareChromium } from '../chromium-launch.mjs';
import { serveSites } from './serve.mjs';
import { selectFilterDeselect } from './cycles.mjs';

const dir = process.argv[2];
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const FIRST = arg('first', 20);
const THEN = arg('then', 200);
const server = await serveSites({ app: dir });
const browser = await launchSoftwareChromium();
const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
await ctx.addInitScript(() => localStorage.setItem('plan-map.lang', 'zh'));
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await page.goto(`${server.base}/app/`);
await page.waitForFunction(() => window.__regionMap?.isIdle(), undefined, { timeout: 600_000, polling: 200 });
await page.waitForFunction(() => window.__regionMap.renderedElements().length > 0, undefined, { timeout: 600_000, polling: 200 });
if ((await page.locator('nav.region-list').count()) === 0) await page.locator('summary', { hasText: /^地区$/ }).click();
const checkbox = await page.getByRole('checkbox', { name: /^新能源/ }).elementHandle();
const cycles = (n) => selectFilterDeselect(page, checkbox, n);

async function snapshot() {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join(''));
  const {
    node_fields: fields,
    node_types: [types],
  } = snap.snapshot.meta;
  const F = fields.length;
  const iType = fields.indexOf('type');
  const iName = fields.indexOf('name');
  const iSize = fields.indexOf('self_size');
  const byName = new Map();
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += F) {
    const type = types[snap.nodes[i + iType]];
    const name = type === 'object' || type === 'closure' || type === 'native' ? snap.strings[snap.nodes[i + iName]] : `(${type})`;
    const size = snap.nodes[i + iSize];
    total += size;
    const e = byName.get(name) ?? { count: 0, size: 0 };
    e.count++;
    e.size += size;
    byName.set(name, e);
  }
  return { byName, total };
}

await cycles(FIRST);
await page.waitForTimeout(500);
const a = await snapshot();
console.log(`after ${FIRST} cycles: ${(a.total / 2 ** 20).toFixed(2)} MB in snapshot`);
await cycles(THEN - FIRST);
await page.waitForTimeout(500);
const b = await snapshot();
console.log(`after ${THEN} cycles: ${(b.total / 2 ** 20).toFixed(2)} MB in snapshot`);
const rows = [...b.byName].map(([name, e]) => {
  const was = a.byName.get(name) ?? { count: 0, size: 0 };
  return { name: name.slice(0, 60), dCount: e.count - was.count, dKB: (e.size - was.size) / 1024 };
});
rows.sort((x, y) => y.dKB - x.dKB);
for (const r of rows.slice(0, 30)) console.log(`${r.dKB.toFixed(1).padStart(10)} KB ${String(r.dCount).padStart(8)}  ${r.name}`);
await browser.close();
await server.close();
