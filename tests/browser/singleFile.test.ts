/**
 * The one-file build (`npm run package` → dist-package/industrial-plan-map.html) opened from disk, as
 * from a USB stick: the map draws, a click on a region opens its panel with a chart, and the page asks
 * for nothing but itself (every script, style, data file and the map's worker are inside it), under
 * its strict Content-Security-Policy (hashes, no 'unsafe-inline'), which refuses nothing.
 * The test script `test:browser` builds it (`node deploy/package.mjs --single`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { MapPage } from './mapPage';

const FILE = 'dist-package/industrial-plan-map.html';

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run \`node deploy/package.mjs --single\` first`);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the one-file build from file://', () => {
  it('has a strict policy: inline code allowed by hash only', () => {
    const html = readFileSync(FILE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'sha256-[^']+'/);
    expect(csp).toMatch(/style-src 'sha256-[^']+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('draws the map, opens a region with a chart, and requests nothing beyond itself', async () => {
    const url = pathToFileURL(resolve(FILE)).href;
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
    await context.addInitScript(() => {
      localStorage.setItem('plan-map.lang', 'en');
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // The WebGL map (maplibre and its inlined worker) is what the one file must carry: asked for, as software WebGL would choose the SVG map.
    const opened = `${url}?renderer=webgl`;
    await page.goto(opened);

    const map = new MapPage(page);
    await map.waitForLayouts();
    await map.clickRegion('220100');
    await map.expectPanel('Changchun');
    // Charts draw as they come into view, below the panel's headline figures.
    await page.locator('aside.panel .chart-frame').first().scrollIntoViewIfNeeded({ timeout: 30_000 });
    await page.locator('aside.panel .chart-frame svg').first().waitFor({ timeout: 30_000 });

    expect(requests.filter((r) => r !== opened && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(await page.getByRole('alert').filter({ hasText: 'did not load' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
