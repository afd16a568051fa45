import { serveSites } from './serve.mjs';
import { launchSoftwareChromium } from '../chromium-launch.mjs';
const server = await serveSites({ app: 'dist' });
const browser = await launchSoftwareChromium();
for (const [w, h] of [[1920, 1080], [1280, 720]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  await ctx.addInitScript(() => localStorage.setItem('plan-map.lang', 'en'));
  const page = await ctx.newPage();
  await page.goto(`${server.base}/app/`);
  await page.locator('.svg-map path.svg-map-symbol').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1000);
  const info = await page.evaluate(() => {
    const key = 'hebei-manufacturing-14fyp/hb-core-xiongan';
    const sym = [...document.querySelectorAll('.svg-map-symbol[data-element]')].find((e) => e.getAttribute('data-element') === key);
    if (!sym) return 'no symbol';
    const r = sym.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    const top = document.elementFromPoint(x, y);
    return { r: [r.left, r.top, r.width, r.height].map(Math.round), top: top?.outerHTML.slice(0, 200), stack: document.elementsFromPoint(x, y).slice(0, 5).map((e) => e.tagName + ' ' + (e.getAttribute('data-element') ?? e.getAttribute('data-code') ?? e.className?.baseVal ?? e.className)) };
  });
  console.log(w, JSON.stringify(info, null, 1));
  if (info.r) await page.screenshot({ path: `/tmp/s11/star-${w}.png`, clip: { x: Math.max(0, info.r[0] - 150), y: Math.max(0, info.r[1] - 100), width: 300, height: 200 } });
  await ctx.close();
}
await browser.close(); await server.close();
