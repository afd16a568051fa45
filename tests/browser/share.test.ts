import { describe, expect, it } from 'vitest';
import { browserSession } from './session';

const openApp = browserSession();
const openSvg = browserSession({ waitFor: 'svg-map' });

const camera = (hash: string) => hash.replace(/^#/, '').split('/').map(Number);

describe('sharing a view by link', () => {
  it('copies a link that reopens the same view: camera, region, filter, layouts and language', async () => {
    const { page, map } = await openApp('?region=130600', {
      lang: 'zh',
      width: 1920,
      height: 1080,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await map.expectPanel('保定市');
    await map.waitForLayouts();
    // Build a view a person would share: a filter, one plan's layouts hidden, English, zoomed in.
    await page.getByRole('checkbox', { name: /^生物医药与健康/ }).check();
    await page.getByRole('checkbox', { name: /2013/ }).first().uncheck();
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Equal');
    await map.waitForHashCamera();

    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: /Copied/ }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.searchParams.get('region')).toBe('130600');
    expect(url.searchParams.get('filter')).toBe('biomedicine');
    expect(url.searchParams.get('hide')).toBe('jilin-clusters-2013');
    expect(url.searchParams.get('lang')).toBe('en');
    const matchedBefore = await map.renderedRegions('matched');
    expect(matchedBefore).not.toEqual([]);
    const zoomBefore = await map.zoom();

    // A colleague whose browser is set to Chinese opens it.
    const other = await openApp(url.search + url.hash, { lang: 'zh', width: 1920, height: 1080 });
    await other.map.expectPanel('Baoding');
    await other.map.waitForLayouts();
    expect(await other.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(other.page.getByRole('checkbox', { name: /^Biomedicine/ }).isChecked()).resolves.toBe(true);
    await expect(other.page.getByRole('checkbox', { name: /2013/ }).first().isChecked()).resolves.toBe(false);
    expect((await other.map.renderedRegions('matched')).sort()).toEqual(matchedBefore.sort());
    expect(await other.map.renderedElements()).not.toContain('jilin-clusters-2013/j13-belt-csb');
    const zoomAfter = await other.map.zoom();
    expect(zoomAfter).toBeCloseTo(zoomBefore, 1);
    const [, latA, lngA] = camera(url.hash);
    const [, latB, lngB] = camera(new URL(other.page.url()).hash);
    expect(latB).toBeCloseTo(latA, 2);
    expect(lngB).toBeCloseTo(lngA, 2);
    // Reopening writes nothing new: the link is already the view.
    expect(new URL(other.page.url()).search).toBe(url.search);
  });

  it('reports each bad parameter once and still applies the rest of the link', async () => {
    const { page, map } = await openSvg('?region=220100&filter=auto,martian&lang=xx&hide=nope', { lang: 'en' });
    await map.expectPanel('Changchun');
    // The filter's and the layouts' parameters are checked once the plan data is in: wait for the checkbox and every notice.
    await expect.poll(() => page.getByRole('checkbox', { name: /^Automotive/ }).isChecked()).toBe(true);
    for (const bad of [/“martian”/, /“xx”/, /“nope”/]) await page.getByText(bad).first().waitFor();
    await expect(page.getByText(/“martian”/).count()).resolves.toBe(1);
    await expect(page.getByText(/“xx”/).count()).resolves.toBe(1);
    await expect(page.getByText(/“nope”/).count()).resolves.toBe(1);
    expect(new URL(page.url()).search).toBe('?region=220100&filter=auto&lang=en');
  });
});
