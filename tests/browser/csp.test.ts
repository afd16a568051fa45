/**
 * The built app under its Content-Security-Policy (set in vite.config.ts, a <meta> in
 * dist/index.html): the policy is there and enforced (no eval, no inline script, no other
 * origin), and nothing the app does in normal use — first load, clicking a region, the
 * filter, PNG and SVG exports, plan-data validation with zod — is refused by it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { browserSession } from './session';
import { MapPage } from './mapPage';

// Normal use runs on the WebGL map: its worker, its canvas read back for the PNG are what the policy could
// refuse. The probe of what the policy forbids needs no map: it runs on the SVG map, far quicker to draw
// under the test Chromium's software WebGL.
const openApp = browserSession();
const openSvg = browserSession({ waitFor: 'svg-map' });

/** Records every securitypolicyviolation in the page from its first script on. */
async function recordViolations(page: Page) {
  await page.context().addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('Content-Security-Policy of the built app', () => {
  it('is in dist/index.html before any script, with no inline script', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta, 'CSP meta').toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [])
      expect(script, 'inline script').toMatch(/^<script[^>]*\bsrc="[^"]+"[^>]*><\/script>$/);
  });

  it('refuses nothing the app does: load, click a region, filter, export the view and a chart, plan validation', async () => {
    const { page, map } = await openApp('', { lang: 'en' });
    await recordViolations(page);
    await page.reload();
    await map.waitForLayouts();
    expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))).toBe(
      CONTENT_SECURITY_POLICY,
    );

    // A region: the panel with charts loads the plan data, validated by zod (jitless: no eval).
    await map.clickRegion('220100');
    await map.expectPanel('Changchun');
    // Charts draw as they come into view, below the panel's headline figures.
    await page.locator('aside.panel .chart-frame').first().scrollIntoViewIfNeeded({ timeout: 20_000 });
    await page.locator('aside.panel .chart-frame svg').first().waitFor({ timeout: 20_000 });

    // The industry filter.
    await page.getByRole('checkbox', { name: /Biomedicine/ }).check();
    await page
      .getByRole('status')
      .getByText(/^\d+ regions are named for it in a plan/)
      .waitFor();
    await map.waitForIdle();

    // A PNG of the view (rasterised through data:/blob: images).
    await page.locator('.export-menu > button').click();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('.export-menu [role="menuitem"][data-action="png"]').click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    await map.waitForIdle();

    // A chart alone, as SVG (styles copied onto its elements) and as PNG.
    const frame = page.locator('aside.panel .chart-frame').first();
    for (const name of [/^Save as SVG:/, /^Save as PNG:/]) {
      const saved = page.waitForEvent('download', { timeout: 60_000 });
      await frame.getByRole('button', { name }).click();
      await saved;
    }

    expect(await violations(page)).toEqual([]);
  });

  it('is enforced: eval, inline script and other origins are refused', async () => {
    const { page } = await openSvg('', { lang: 'en' });
    const origin = new URL(page.url()).origin;
    // A separate page, so its deliberate violations (logged as console errors) stay out of the session's check.
    const context = await page.context().browser()!.newContext();
    try {
      // The probe must run as the page's own script: code sent by page.evaluate (DevTools) is exempt from
      // the eval rule. A same-origin file is allowed by script-src 'self', so it is served from the route.
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== origin) return route.abort();
        if (url.pathname === '/csp-probe.js') return route.fulfill({ contentType: 'text/javascript', body: PROBE });
        return route.continue();
      });
      const probe = await context.newPage();
      await recordViolations(probe);
      await probe.goto(page.url());
      await new MapPage(probe).waitForIdle();
      await probe.evaluate(() => {
        const script = document.createElement('script');
        script.src = '/csp-probe.js';
        document.head.append(script);
      });
      await probe.waitForFunction(() => !!(window as unknown as { __probe?: unknown }).__probe, undefined, { timeout: 10_000 });
      const result = await probe.evaluate(() => (window as unknown as { __probe: unknown }).__probe);
      expect(result).toEqual({
        eval: 'blocked',
        fn: 'blocked',
        timeoutString: 'blocked',
        inline: false,
        fetch: 'blocked',
        worker: 'blocked',
      });
      const seen = await violations(probe);
      expect(
        seen.some((v) => v.startsWith('script-src eval')),
        seen.join('\n'),
      ).toBe(true);
      expect(
        seen.some((v) => v.startsWith('script-src-elem inline')),
        seen.join('\n'),
      ).toBe(true);
      expect(
        seen.some((v) => v.startsWith('connect-src http://example.invalid')),
        seen.join('\n'),
      ).toBe(true);
      expect(
        seen.some((v) => v.startsWith('worker-src blob')),
        seen.join('\n'),
      ).toBe(true);
    } finally {
      await context.close();
    }
  });
});

/** Runs as a page script: tries what the policy forbids and records what happened. */
const PROBE = `(async () => {
  const r = {};
  try { eval('1'); r.eval = 'allowed'; } catch { r.eval = 'blocked'; }
  try { new Function('return 1')(); r.fn = 'allowed'; } catch { r.fn = 'blocked'; }
  window.__timeoutRan = false;
  try { setTimeout('window.__timeoutRan = true', 0); } catch {}
  const s = document.createElement('script');
  s.textContent = 'window.__inlineRan = true';
  document.head.append(s);
  try { await fetch('http://example.invalid/x'); r.fetch = 'allowed'; } catch { r.fetch = 'blocked'; }
  try {
    const w = new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' })));
    r.worker = await new Promise((ok) => { w.onmessage = () => ok('allowed'); w.onerror = () => ok('blocked'); });
  } catch { r.worker = 'blocked'; }
  // A timer queued now runs after the string timer above would have: no need to guess a delay.
  await new Promise((ok) => setTimeout(ok, 0));
  r.timeoutString = window.__timeoutRan ? 'allowed' : 'blocked';
  r.inline = window.__inlineRan === true;
  window.__probe = r;
})();`;
