/**
 * The app in a Chromium with WebGL switched off (an old PC, a locked-down VM, a remote desktop):
 * it says so and draws the regions as an SVG map that still selects, filters, drills and exports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_GPU_ARGS } from './chromium';
import { browserSession } from './session';
import type { SvgMapTestHandle } from '../../src/svgMap/useSvgMapHandle';
import { MapPage } from './mapPage';
import { region } from './geoFixture';
import { index, plans, regions } from '../unit/realData';
import { matchFilter } from '../../src/filter/matchFilter';
import { MATCH } from '../../src/filter/matchStyle';
import { regionFillOpacity } from '../../src/mapModel';
import { MATCH_NAMES } from '../../src/svgMap/regionStyle';

const DESK_LOOK = { theme: 'default', scale: 1 } as const;

const open = browserSession({ launchArgs: NO_GPU_ARGS, waitFor: 'svg-map' });

/** The SVG map's test handle (src/svgMap/useSvgMapHandle.ts); only its type is used here, the page's window has it. */
type SvgMapWindow = { __svgMap: SvgMapTestHandle };

const svgRegion = (page: Page, code: string) => page.locator(`.svg-map path[data-code="${code}"]`);

/** The codes of the regions drawn as displayed (solid, clickable, focusable). */
const displayedCodes = (page: Page) =>
  page.locator('.svg-map path[data-displayed]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!));

/** Clicks a region with the mouse on its drawn name, else at its label point, where the SVG map drew them. */
const clickRegion = (page: Page, code: string) => new MapPage(page).clickRegion(code);

describe('without WebGL2, the SVG map', () => {
  it('says WebGL2 is missing and draws every displayed region with its name', async () => {
    const { page } = await open('', { lang: 'zh' });
    const gl = await page.evaluate(() => ({
      webgl2: document.createElement('canvas').getContext('webgl2'),
      webgl: document.createElement('canvas').getContext('webgl'),
    }));
    expect(gl).toEqual({ webgl2: null, webgl: null });
    await page
      .getByRole('status')
      .getByText(/无法使用 WebGL2/)
      .waitFor();
    const map = page.getByRole('region', { name: '地区地图' });
    expect(await map.getByRole('group', { name: '地区（可点击）' }).count()).toBe(1);
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(0);

    // The children of Jilin, Hebei and Lishui: 9 + 11 prefectures, Xiong'an and Lishui's 9 counties.
    const expected = ['220000', '130000', '331100'].flatMap((p) => regions.children.get(p)!.map((r) => r.code));
    expect((await displayedCodes(page)).sort()).toEqual(expected.sort());
    // Names where they fit: only displayed regions' names, never two on top of each other.
    const labels = await page.locator('.svg-map-labels text').allTextContents();
    for (const name of ['长春市', '雄安新区']) expect(labels).toContain(name);
    expect(labels.length).toBeGreaterThanOrEqual(8);
    const names = new Set(expected.map((code) => regions.regions.get(code)!.name.zh));
    for (const label of labels) expect(names, label).toContain(label);
    // The plans' layouts: symbols and lines.
    await page.locator('.svg-map path.svg-map-symbol').first().waitFor();
    expect(await page.locator('.svg-map path.svg-map-line').count()).toBeGreaterThan(0);
  });

  it.each([
    ['130100', '石家庄市'],
    ['220100', '长春市'],
    ['133100', '雄安新区'],
    ['331181', '龙泉市'],
  ])('opens the panel of %s (%s), with its charts, when it is clicked', async (code, name) => {
    const { page } = await open('', { lang: 'zh' });
    await clickRegion(page, code);
    await new MapPage(page).expectPanel(name);
    // Hebei's plan gives no numbers for its cities: their first figure is the industries' ladder of tiers, not a chart.
    await page.locator('aside.panel :is(.chart-frame, .tier-rung)').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('aside.panel').innerText()).toContain(code);
    expect(await page.locator('.svg-map-selection').getAttribute('data-selected')).toBe(code);
    expect(new URL(page.url()).searchParams.get('region')).toBe(code);
  });

  it('names a region on hover', async () => {
    const { page } = await open('', { lang: 'en' });
    const [lng, lat] = region('130800').label;
    const point = await page.evaluate(([x, y]) => (window as unknown as SvgMapWindow).__svgMap.project(x, y), [lng, lat]);
    await page.mouse.move(point.x, point.y);
    await page.locator('.hover-label', { hasText: 'Chengde' }).waitFor({ state: 'visible', timeout: 5000 });
  });

  it('reaches regions by keyboard: arrows move between them, Enter opens one', async () => {
    const { page } = await open('', { lang: 'en' });
    const first = page.locator('.svg-map path[data-displayed][tabindex="0"]');
    await first.focus();
    const firstCode = await first.getAttribute('data-code');
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(focused).not.toBe(firstCode);
    const name = regions.regions.get(focused!)!.name.en;
    await page.locator('.hover-label', { hasText: name }).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await new MapPage(page).expectPanel(name);
  });

  it('lights up regions with the filter at the WebGL map’s strengths', async () => {
    const { page } = await open('', { lang: 'en' });
    await page.getByRole('checkbox', { name: /^New energy/ }).check();
    await page
      .getByRole('status')
      .getByText(/^\d+ regions are named for it in a plan/)
      .waitFor();
    const drawn = await page.locator('.svg-map path[data-displayed]').evaluateAll((els) =>
      els.map((e) => ({
        code: e.getAttribute('data-code')!,
        match: e.getAttribute('data-match'),
        opacity: Number(e.getAttribute('fill-opacity')),
      })),
    );
    const expected = matchFilter(['new-energy'], index, plans, regions).regions;
    for (const r of drawn) {
      const strength = expected.get(r.code)?.strength;
      // The strengths the map model gives both renderers (the WebGL map's expressions are generated from it).
      const state = strength ?? MATCH.unmatched;
      const want = [MATCH_NAMES[state], regionFillOpacity({ displayed: true, match: state, hovered: false }, DESK_LOOK)];
      expect([r.match, r.opacity], r.code).toEqual(want);
    }
    // Changchun plans new energy itself, Tangshan through Hebei's plan; Lishui's plan does not name it.
    expect(drawn.find((r) => r.code === '220100')?.match).toBe('own');
    expect(drawn.find((r) => r.code === '130200')?.match).toBe('via-parent');
    expect(drawn.find((r) => r.code === '331102')?.match).toBe('unmatched');

    await page.getByRole('button', { name: 'Clear filter' }).click();
    await expect.poll(() => svgRegion(page, '130200').getAttribute('data-match')).toBe('none');
    expect(await svgRegion(page, '130200').getAttribute('fill-opacity')).toBe('0.55');
  });

  it('drills from a prefecture into its counties, opens one, and climbs back out', async () => {
    const { page } = await open('?region=130600', { lang: 'zh' });
    const map = new MapPage(page);
    await map.expectPanel('保定市');
    await page.getByRole('button', { name: /查看下级地区/ }).click();
    await expect.poll(() => displayedCodes(page)).toContain('130602');
    const counties = regions.children.get('130600')!.map((r) => r.code);
    expect((await displayedCodes(page)).sort()).toEqual([...counties].sort());
    // Framed on Baoding: zoomed well past the overview.
    expect(await page.evaluate(() => (window as unknown as SvgMapWindow).__svgMap.scale())).toBeGreaterThan(2);
    await clickRegion(page, '130633');
    await map.expectPanel('易县');
    await page.getByRole('navigation', { name: '层级导航' }).getByRole('button', { name: '全部地区' }).click();
    await expect.poll(() => svgRegion(page, '130602').count()).toBe(0);
    expect(await displayedCodes(page)).toContain('130600');
  });

  it('frames a county chosen from the region list', async () => {
    const { page } = await open('', { lang: 'en' });
    await page.getByRole('searchbox').fill('Jingning');
    await page
      .getByRole('button', { name: /Jingning/ })
      .first()
      .click();
    await new MapPage(page).expectPanel(regions.regions.get('331127')!.name.en);
    await expect.poll(() => page.evaluate(() => (window as unknown as SvgMapWindow).__svgMap.scale())).toBeGreaterThan(6);
    // The chosen county is drawn inside the map, left of the panel.
    const box = (await svgRegion(page, '331127').boundingBox())!;
    const panel = (await page.locator('aside.panel').boundingBox())!;
    const stage = (await page.locator('.stage').boundingBox())!;
    expect(box.x).toBeGreaterThan(stage.x);
    expect(box.x + box.width).toBeLessThan(panel.x);
  });

  it('exports the view as PNG from the SVG map, and the data as CSV', async () => {
    const { page } = await open('?region=220100', { lang: 'zh' });
    const map = new MapPage(page);
    await map.expectPanel('长春市');
    const png = readFileSync(await (await map.exportItem('png')).path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 720]);
    // Jilin's blue is in the picture where the map is: the SVG was rasterised, not left blank.
    const stage = (await page.locator('.stage').boundingBox())!;
    const panel = (await page.locator('aside.panel').boundingBox())!;
    const blueShare = await page.evaluate(
      async ({ b64, box }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const d = ctx.getImageData(box.x, box.y, box.w, box.h).data;
        let blue = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 2] > d[i] + 40 && d[i + 2] > 120) blue++;
        return blue / (d.length / 4);
      },
      {
        b64: png.toString('base64'),
        box: { x: Math.round(stage.x), y: Math.round(stage.y), w: Math.round(panel.x - stage.x), h: Math.round(stage.height / 2) },
      },
    );
    expect(blueShare).toBeGreaterThan(0.05);

    const csv = readFileSync(await (await map.exportItem('panelCsv')).path(), 'utf8');
    // Changchun is covered through Jilin's plans: its panel's figures are the province's.
    expect(csv.split('\r\n').length).toBeGreaterThan(3);
    expect(csv).toContain('吉林省');
  });
});
