/**
 * Moving the SVG map (drawn without WebGL2) by hand: the mouse wheel zooms about the pointer, a
 * drag pans without selecting anything, and on a touch screen a tap opens a region, one finger
 * pans and two pinch.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_GPU_ARGS } from './chromium';
import { browserSession } from './session';
import { MapPage } from './mapPage';
import { region } from './geoFixture';
import { regions } from '../unit/realData';

const open = browserSession({ launchArgs: NO_GPU_ARGS, waitFor: 'svg-map' });

interface SvgMapHandle {
  project(lng: number, lat: number): { x: number; y: number };
  scale(): number;
}

/** Where a region's label point is on the page now. */
const pointOf = (page: Page, code: string) =>
  page.evaluate(([lng, lat]) => (window as unknown as { __svgMap: SvgMapHandle }).__svgMap.project(lng, lat), region(code).label);
const scale = (page: Page) => page.evaluate(() => (window as unknown as { __svgMap: SvgMapHandle }).__svgMap.scale());

describe('the SVG map moves by hand', () => {
  it('zooms about the pointer with the wheel, and pans by dragging without selecting', async () => {
    const { page } = await open('', { lang: 'en' });
    const baoding = await pointOf(page, '130600');
    const before = await scale(page);
    await page.mouse.move(baoding.x, baoding.y);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => scale(page)).toBeGreaterThan(before * 1.5);
    // The point under the pointer stays under it.
    const after = await pointOf(page, '130600');
    expect(Math.hypot(after.x - baoding.x, after.y - baoding.y)).toBeLessThan(2);

    await page.mouse.move(after.x, after.y);
    await page.mouse.down();
    await page.mouse.move(after.x + 60, after.y + 40, { steps: 6 });
    await page.mouse.up();
    const dragged = await pointOf(page, '130600');
    expect(Math.hypot(dragged.x - after.x - 60, dragged.y - after.y - 40)).toBeLessThan(1);
    // A drag is not a click: no region was opened.
    expect(await page.locator('aside.panel').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
  });

  it('on a touch screen opens a region with a tap, pans with one finger and pinches with two', async () => {
    const { page } = await open('', { lang: 'en' });
    const cdp = await page.context().newCDPSession(page);
    // Touch is decided when the map starts: turn it on, then load the app again.
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await page.reload();
    await new MapPage(page).waitForSvgMap();
    expect(await page.evaluate(() => navigator.maxTouchPoints)).toBe(5);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });

    const chengde = await pointOf(page, '130800');
    await touch('touchStart', [chengde]);
    await touch('touchEnd', []);
    await new MapPage(page).expectPanel(regions.regions.get('130800')!.name.en);

    const start = await pointOf(page, '130600');
    await touch('touchStart', [start]);
    for (let i = 1; i <= 5; i++) await touch('touchMove', [{ x: start.x - 10 * i, y: start.y + 6 * i }]);
    await touch('touchEnd', []);
    const panned = await pointOf(page, '130600');
    expect(Math.hypot(panned.x - start.x + 50, panned.y - start.y - 30)).toBeLessThan(1);

    const before = await scale(page);
    const [cx, cy] = [panned.x, panned.y];
    await touch('touchStart', [
      { x: cx - 20, y: cy },
      { x: cx + 20, y: cy },
    ]);
    for (let i = 1; i <= 5; i++)
      await touch('touchMove', [
        { x: cx - 20 - 12 * i, y: cy },
        { x: cx + 20 + 12 * i, y: cy },
      ]);
    await touch('touchEnd', []);
    // The fingers spread from 40 px to 160 px apart: four times closer.
    expect((await scale(page)) / before).toBeCloseTo(4, 1);

    // Baoding's label point stayed between the fingers.
    const baoding = await pointOf(page, '130600');
    expect(Math.hypot(baoding.x - cx, baoding.y - cy)).toBeLessThan(2);
  }, 120_000);
});
