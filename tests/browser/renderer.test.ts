/**
 * The map renderer chosen for speed: the test Chromium's WebGL2 is software (SwiftShader), where the
 * app draws the SVG map and says why; `renderer=webgl` in the link asks for the WebGL map anyway.
 */
import { describe, expect, it } from 'vitest';
import { browserSession } from './session';

const open = browserSession({ waitFor: 'svg-map' });

describe('choosing the map for speed', () => {
  it('draws the SVG map with names under software WebGL and says why', async () => {
    const { page } = await open('', { lang: 'en' });
    const gl = await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'));
    expect(gl, 'the test Chromium has (software) WebGL2').toBe(true);
    await page
      .getByRole('status')
      .getByText(/drawn in software/)
      .waitFor();
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(0);
    const labels = await page.locator('.svg-map-labels text').allTextContents();
    for (const name of ['Changchun', "Xiong'an New Area"]) expect(labels).toContain(name);
    // maplibre is not even loaded where the SVG map draws.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.filter((name) => /MapView|maplibre/.test(name))).toEqual([]);
  });

  it('draws the WebGL map when the link asks for it, and reports a renderer it does not know', async () => {
    const webgl = await open('?renderer=webgl', { lang: 'en', waitFor: 'webgl-map' });
    expect(await webgl.map.renderedLabels()).not.toEqual([]);
    expect(await webgl.page.locator('.svg-map').count()).toBe(0);
    expect(await webgl.page.getByText(/drawn in software/).count()).toBe(0);

    const bad = await open('?renderer=canvas', { lang: 'en' });
    await bad.page.getByText(/“canvas”/).waitFor();
    await bad.page.locator('.svg-map-labels text').first().waitFor();
  });
});
