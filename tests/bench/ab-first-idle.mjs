// A/B of navigation → first idle for two builds with the same boundary pack, interleaved loads,
// wall-clock and the renderer main thread's CPU time (CDP TaskDuration) to the first idle.
// Usage: node tests/bench/ab-first-idle.mjs <build A> <build B> <pack.topo.json> [--rounds=3]
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { launchSoftwareChromium } from '../chromium-launch.mjs';
import { serveSites } from './serve.mjs';

const [a, b, pack] = process.argv.slice(2);
const rounds = Number(process.argv.find((x) => x.startsWith('--rounds='))?.split('=')[1] ?? 3);
const sites = {};
for (const [name, from] of [
  ['a', a],
  ['b', b],
]) {
  const dir = `tests/bench/results/tmp/ab/${name}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(from, dir, { recursive: true });
  cpSync(pack, `${dir}/geo/regions.topo.json`);
  sites[name] = dir;
}
const server = await serveSites(sites);
const browser = await launchSoftwareChromium();
const out = { a: [], b: [] };
for (let i = 0; i < rounds; i++) {
  for (const name of i % 2 ? ['b', 'a'] : ['a', 'b']) {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await ctx.addInitScript(() => localStorage.setItem('plan-map.lang', 'zh'));
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`${server.base}/${name}/`);
    await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, {
      timeout: 600_000,
      polling: 100,
    });
    const ms = await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0].startTime);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const cpu = metrics.find((m) => m.name === 'TaskDuration').value * 1000;
    out[name].push({ ms: Math.round(ms), cpu: Math.round(cpu) });
    console.log(`round ${i + 1} ${name}: first idle ${Math.round(ms)} ms, main thread CPU ${Math.round(cpu)} ms`);
    await ctx.close();
  }
}
const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
for (const name of ['a', 'b'])
  console.log(`${name}: median first idle ${med(out[name].map((r) => r.ms))} ms, main thread CPU ${med(out[name].map((r) => r.cpu))} ms`);
await browser.close();
await server.close();
