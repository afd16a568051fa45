/**
 * The industry filter tells a region that plans a kind of industry itself from one that only our
 * reading of the text links to it (Lishui's county hosts, Yanbian in the 2013 belt): lighter and
 * dashed on the WebGL map and on the SVG map, with a key over the map explaining the shades. A
 * region covered by its province's plan reads as planned (stronger than the unfiltered map).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_GPU_ARGS } from './chromium';
import { browserSession } from './session';
import { MATCH_FILL, MATCH, INTERPRETATION_LINE } from '../../src/filter/matchStyle';

/** The key over the map: its entries as a person (or a screen reader, by the key's title) reads them. */
async function keyEntries(page: Page, name: string): Promise<string[]> {
  const key = page.getByRole('region', { name });
  await key.waitFor();
  return (await key.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
}

describe('on the WebGL map', () => {
  const open = browserSession();

  it('draws a region linked only by our interpretation dashed, not as planned there, and explains the shades', async () => {
    const { page, map } = await open('', { lang: 'en' });
    await page.getByRole('checkbox', { name: /^Automotive/ }).check();
    await page
      .getByRole('status')
      .getByText(/^[1-9]\d* regions are linked to it only by our interpretation/)
      .waitFor();

    // Longquan hosts Lishui's auto parts and Yanbian lies in the 2013 belt only by our reading.
    const interpreted = () => map.renderedRegions('interpretation');
    await expect.poll(interpreted, { timeout: 10_000 }).toEqual(expect.arrayContaining(['331181', '222400']));
    // Changchun plans cars in its own right, and Lishui's plan names them: no dashes there.
    const dashed = await interpreted();
    expect(dashed).not.toContain('220100');
    expect(dashed).not.toContain('331100');
    expect(await map.renderedRegions('matched')).toEqual(expect.arrayContaining(['331181', '222400', '220100']));
    for (const layer of ['prefectures-interpretation', 'counties-interpretation']) {
      const dash = await map.paintProperty(layer, 'line-dasharray');
      expect(dash, layer).toEqual([...INTERPRETATION_LINE.dash]);
    }

    expect(await keyEntries(page, 'Industry filter: shades on the map')).toEqual([
      'named for this region in a plan',
      'covered by its province’s or city’s plan',
      'named only in our interpretation (dashed)',
      'in none of the loaded plans',
    ]);

    // With a region's panel open, the key stands left of it rather than under it.
    await map.clickRegion('331181');
    await map.expectPanel('Longquan City');
    const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
    await expect.poll(async () => (await box('.map-key')).x + (await box('.map-key')).width <= (await box('aside.panel')).x).toBe(true);

    await page.getByRole('button', { name: 'Clear filter' }).click();
    await expect.poll(interpreted, { timeout: 10_000 }).toEqual([]);
    expect(await page.getByRole('region', { name: 'Industry filter: shades on the map' }).count()).toBe(0);
  });
});

describe('on the SVG map (no WebGL2)', () => {
  const open = browserSession({ launchArgs: NO_GPU_ARGS, waitFor: 'svg-map' });

  it('draws the same regions lighter with a dashed outline, and the key in Chinese', async () => {
    const { page } = await open('?filter=auto', { lang: 'zh' });
    await page
      .getByRole('status')
      .getByText(/^[1-9]\d* 个地区与所选产业的联系仅属本应用的解读/)
      .waitFor();

    const region = (code: string) => page.locator(`.svg-map path[data-code="${code}"]`);
    const outline = (code: string) => page.locator(`.svg-map-match-interpretation path[data-outline="${code}"]`);
    for (const code of ['331181', '222400']) {
      expect(await region(code).getAttribute('data-match'), code).toBe('interpretation');
      expect(Number(await region(code).getAttribute('fill-opacity')), code).toBe(MATCH_FILL[MATCH.interpretation][0]);
      await outline(code).waitFor();
      const stroke = await outline(code).evaluate((el) => {
        const style = getComputedStyle(el);
        return { dash: style.strokeDasharray, width: style.strokeWidth, fill: style.fill };
      });
      expect(stroke.dash, code).not.toBe('none');
      expect(stroke.width, code).toBe(`${INTERPRETATION_LINE.width}px`);
      expect(stroke.fill, code).toBe('none');
    }
    expect(await region('220100').getAttribute('data-match')).toBe('own');
    expect(Number(await region('220100').getAttribute('fill-opacity'))).toBe(MATCH_FILL[MATCH.own][0]);
    expect(await outline('220100').count()).toBe(0);

    expect(await keyEntries(page, '产业筛选：地图上的深浅')).toEqual([
      '规划中点名本地区',
      '在省、市规划范围内（全省或全市规划列有）',
      '点名仅属本应用的解读（虚线框）',
      '所载规划未列有',
    ]);
  });

  it('draws Hebei’s prefectures as planned when only the province’s plan names the kinds, and says which plans cover what', async () => {
    const { page } = await open('?filter=biomedicine,new-energy', { lang: 'zh' });
    await page
      .getByRole('status')
      .getByText(/河北省.*的规划列有所选产业：其下 \d+ 个地区都在规划范围内/)
      .waitFor();
    const region = page.locator('.svg-map path[data-code="130600"]');
    await expect.poll(() => region.getAttribute('data-match')).toBe('via-parent');
    const opacity = Number(await region.getAttribute('fill-opacity'));
    expect(opacity).toBe(MATCH_FILL[MATCH.viaParent][0]);
    // Stronger than the same region without a filter: planned there, not dimmed.
    expect(opacity).toBeGreaterThan(MATCH_FILL[MATCH.none][0]);
    await keyEntries(page, '产业筛选：地图上的深浅');
  });
});
