/**
 * Presenting without WebGL2: the SVG map takes the presentation's theme and room scale as the
 * WebGL map does, follows a theme change, and is back to its desk look after the presentation.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_GPU_ARGS } from './chromium';
import { browserSession } from './session';
import { PALETTES } from '../../src/mapModel';

const open = browserSession({ launchArgs: NO_GPU_ARGS, waitFor: 'svg-map' });

/** A CSS hex colour as the browser computes it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const computed = (page: Page, selector: string, property: 'backgroundColor' | 'fill' | 'stroke' | 'fontSize') =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el)[p], property);

describe('the SVG map in a presentation', () => {
  it('is drawn in the presentation’s theme and room scale, follows a change of theme, and returns to the desk look', async () => {
    const { page } = await open('?present=lishui-clusters-2022&step=2&theme=dark', { lang: 'en', width: 1920, height: 1080 });
    await page.waitForSelector('[data-step-ready]', { timeout: 30_000 });
    await expect.poll(() => computed(page, '.svg-map', 'backgroundColor')).toBe(rgb(PALETTES.dark.background));
    expect(await computed(page, '.svg-map-labels text', 'fill')).toBe(rgb(PALETTES.dark.label));
    expect(await computed(page, '.svg-map-provinces', 'stroke')).toBe(rgb(PALETTES.dark.provinceLine));
    // Names grow with the room: larger than the desk's largest (17 px).
    const roomSize = parseFloat(await computed(page, '.svg-map-labels text', 'fontSize'));
    expect(roomSize).toBeGreaterThan(17);

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('contrast');
    await expect.poll(() => computed(page, '.svg-map', 'backgroundColor')).toBe(rgb(PALETTES.contrast.background));
    expect(await computed(page, '.svg-map-provinces', 'stroke')).toBe(rgb(PALETTES.contrast.provinceLine));

    await page.keyboard.press('Escape');
    await page.getByRole('banner').waitFor();
    await expect.poll(() => computed(page, '.svg-map', 'backgroundColor')).toBe(rgb(PALETTES.default.background));
    expect(parseFloat(await computed(page, '.svg-map-labels text', 'fontSize'))).toBeLessThan(roomSize);
  }, 120_000);
});
