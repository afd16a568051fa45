/**
 * The built app on a badly configured web server: the map's worker is sent as
 * application/octet-stream (a type the browser refuses for a worker) and one lazy code chunk
 * (the export menu) is missing. The app says which files, what was expected and what came, draws
 * the SVG map instead of a blank one, and the map still opens a region's panel.
 * Served by the package's own server (deploy/serve.mjs) with those two answers changed.
 */
import { readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage } from './chromium';
import { MapPage } from './mapPage';
import { region } from './geoFixture';
import { staticServer } from '../../deploy/serve.mjs';

const assets = readdirSync('dist/assets');
const worker = assets.find((f) => /^maplibre-gl-worker-.*\.js$/.test(f));
const chunk = assets.find((f) => /^ExportMenu-.*\.js$/.test(f));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let server: Server;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  if (!worker || !chunk) throw new Error(`dist/assets: worker ${worker}, export chunk ${chunk}: run vite build first`);
  server = staticServer('dist', {
    answer: (path: string) =>
      path === `assets/${worker}` ? { type: 'application/octet-stream' } : path === `assets/${chunk}` ? { status: 404 } : undefined,
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe('a worker served with the wrong type and a missing chunk', () => {
  it('are named with what came, and the SVG map stands in and opens a panel', async () => {
    // The WebGL map is asked for: under software WebGL the app would draw the SVG map and never load the worker.
    const { page, foreignRequests } = await openPage(browser, `${baseUrl}?renderer=webgl`, { storage: { 'plan-map.lang': 'en' } });
    const banner = page.getByRole('alert').filter({ hasText: 'did not load' });
    await banner.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => banner.textContent())
      .toMatch(
        new RegExp(
          `assets/${escape(worker!)}: expected JavaScript \\(content type text/javascript\\), the server sent application/octet-stream`,
        ),
      );

    const map = new MapPage(page);
    await map.waitForSvgMap();
    // The export menu's chunk loads after the first map: it is missing, named with the server's answer.
    await expect
      .poll(() => banner.textContent(), { timeout: 60_000 })
      .toMatch(new RegExp(`assets/${escape(chunk!)}: expected JavaScript .*came HTTP 404`));

    await page.screenshot({ path: '/tmp/i16-package-loadfailure.png' });
    // The map works: with the banner dismissed (it covers the top of the map), a click on Changchun opens its panel.
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await banner.waitFor({ state: 'detached' });
    const point = await page.evaluate(
      ([lng, lat]) =>
        (window as unknown as { __svgMap: { project(lng: number, lat: number): { x: number; y: number } } }).__svgMap.project(lng, lat),
      region('220100').label,
    );
    await page.mouse.click(point.x, point.y);
    await page
      .locator('aside.panel')
      .getByRole('heading', { name: /Changchun/ })
      .waitFor({ timeout: 30_000 });
    expect(foreignRequests).toEqual([]);
  });
});
