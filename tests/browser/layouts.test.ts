import { describe, expect, it } from 'vitest';
import { region } from './geoFixture';
import { browserSession } from './session';

const openApp = browserSession();

async function open(path = '', lang: 'zh' | 'en' = 'zh', size = { width: 1920, height: 1080 }) {
  const opened = await openApp(path, { lang, ...size });
  await opened.map.waitForLayouts();
  return opened;
}

// The region panel's figures and charts do not depend on the map: they are read beside the SVG map (the app's
// choice under the test Chromium's software WebGL), which draws far sooner than the WebGL map.
const openSvg = browserSession({ waitFor: 'svg-map' });
const openPanel = (path: string, lang: 'zh' | 'en', size = { width: 1920, height: 1080 }) => openSvg(path, { lang, ...size });
/** The SVG map with its layouts, for what both maps draw from the one map model (the filter's matches, the legend's framing). */
async function openSvgMap(path = '', lang: 'zh' | 'en' = 'zh', size = { width: 1920, height: 1080 }) {
  const opened = await openPanel(path, lang, size);
  await opened.map.waitForLayouts();
  return opened;
}

describe('plan layouts on the map', () => {
  it("opens the panels of Hebei's core and two poles when their symbols are clicked, and Esc closes each", async () => {
    // One page for the three: what is checked is each click's panel and link, not a first view.
    const { map, page } = await open();
    for (const [key, name] of [
      ['hebei-manufacturing-14fyp/hb-core-xiongan', '雄安新区高端高新产业发展核'],
      ['hebei-manufacturing-14fyp/hb-pole-shijiazhuang', '石家庄高质量发展极'],
      ['hebei-manufacturing-14fyp/hb-pole-tangshan', '唐山高质量发展极'],
    ]) {
      await map.clickElement(key);
      await map.expectPanel(name);
      expect(new URL(page.url()).searchParams.get('element')).toBe(key);
      await page.keyboard.press('Escape');
      await page.locator('aside.panel').waitFor({ state: 'detached' });
    }
  });

  it.each([
    ['WebGL', open],
    ['SVG', openSvgMap],
  ] as const)('keeps region names off the layout symbols in the 1280×720 overview (%s map)', async (_, openMap) => {
    // The overview a meeting first sees: Changchun's and Shijiazhuang's names stood on the stars of the belts' hub and Xiong'an.
    const { map } = await openMap('', 'zh', { width: 1280, height: 720 });
    const onSymbols = await map.namesOnSymbols();
    expect(Object.keys(onSymbols).length).toBeGreaterThan(5);
    expect(Object.entries(onSymbols).filter(([, names]) => names.length)).toEqual([]);
  });

  it.each([
    ['WebGL', open],
    ['SVG', openSvgMap],
  ] as const)('keeps region names from under the panel, the breadcrumb and the zoom buttons at 1280×720 (%s map)', async (_, openMap) => {
    // Shijiazhuang framed among its neighbours: Xiong'an's, Cangzhou's and Hengshui's names stood under the panel.
    const { map } = await openMap('?region=130100', 'zh', { width: 1280, height: 720 });
    await map.expectPanel('石家庄市');
    const under = await map.namesUnder('aside.panel, .breadcrumb, .svg-map-zoom, .maplibregl-ctrl-bottom-left');
    expect(Object.keys(under).length).toBeGreaterThanOrEqual(3);
    expect(Object.values(under).flat()).toEqual([]);
  });

  it('opens a Jilin belt from its line, with its member cities', async () => {
    // Jilin framed, as a person would zoom in to pick a belt: in the whole-map view the belt is 60 px
    // long and its midpoint lies on the symbols grouped under Changchun's name (a click there opens a symbol).
    const { map, page } = await open('?region=220000', 'en');
    await map.expectPanel('Jilin');
    const [a, b] = [region('220100').label, region('220300').label];
    await map.clickAt((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
    await map.expectPanel('Changchun–Siping central industrial belt');
    const panel = page.locator('aside.panel');
    await panel.getByRole('button', { name: 'Siping', exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Siping', exact: true }).click();
    await map.expectPanel('Siping');
  });

  it('opens an element from the legend by keyboard and frames its members', async () => {
    const { map, page } = await openSvgMap('', 'en');
    const before = await map.zoom();
    const item = page.getByRole('button', { name: /Changchun–Songyuan–Baicheng industrial belt/ });
    await item.focus();
    await page.keyboard.press('Enter');
    await map.expectPanel('Changchun–Songyuan–Baicheng industrial belt');
    await map.waitForIdle();
    expect(await map.zoom()).toBeGreaterThan(before + 1);
    expect(await map.renderedElements()).toContain('jilin-clusters-2013/j13-belt-csb');
  });

  it("draws every placed element of all five plans; hiding a plan's layout in the legend takes it off the map and back", async () => {
    const { map, page } = await open('', 'en');
    const drawn = await map.renderedElements();
    for (const key of [
      'hebei-manufacturing-14fyp/hb-zone-coastal',
      'jilin-clusters-2013/j13-belt-csb',
      'jilin-sei-2022/jsei-corridor-medical',
      'jilin-industry-14fyp/jind-auto-city',
      'lishui-clusters-2022/ls-cluster-semiconductor',
    ]) {
      expect(drawn).toContain(key);
    }
    const toggle = page.getByRole('checkbox', { name: /Jilin Province Economic|cluster development/i });
    await toggle.uncheck();
    await map.waitForIdle();
    expect(await map.renderedElements()).not.toContain('jilin-clusters-2013/j13-belt-csb');
    await toggle.check();
    await map.waitForIdle();
    expect(await map.renderedElements()).toContain('jilin-clusters-2013/j13-belt-csb');
  });
});

describe('industry filter', () => {
  it('lights up where biomedicine is planned across all three regions, and keeps it on reload', async () => {
    const { map, page } = await open('', 'en');
    await page.getByRole('checkbox', { name: /Biomedicine/ }).check();
    await page
      .getByRole('status')
      .getByText(/^\d+ regions are named for it in a plan/)
      .waitFor();
    const matched = await map.renderedRegions('matched');
    for (const code of ['130100', '220400', '331181', '133100']) expect(matched).toContain(code);
    expect(new URL(page.url()).searchParams.get('filter')).toBe('biomedicine');

    await page.reload();
    await map.waitForLayouts();
    await expect(page.getByRole('checkbox', { name: /Biomedicine/ }).isChecked()).resolves.toBe(true);
    expect(await map.renderedRegions('matched')).toContain('220400');

    await page.getByRole('button', { name: 'Clear filter' }).click();
    await map.waitForIdle();
    expect(await map.renderedRegions('matched')).toEqual([]);
  });

  it('leaves Lishui dark for new energy, which its plan does not name', async () => {
    const { map } = await openSvgMap('?filter=new-energy', 'en');
    const matched = await map.renderedRegions('matched');
    expect(matched).toContain('130200');
    expect(matched).not.toContain('331102');
  });

  it('reports an unknown category in the link and applies the rest', async () => {
    const { map, page } = await openSvgMap('?filter=food,unicorns', 'en');
    await page
      .getByRole('status')
      .getByText(/unicorns/)
      .waitFor();
    await expect(page.getByRole('checkbox', { name: /Food/ }).isChecked()).resolves.toBe(true);
    expect((await map.renderedRegions('matched')).length).toBeGreaterThan(0);
  });
});

describe('region panel with plan figures', () => {
  it("shows a Lishui county the city's targets with units, and the source quote on keyboard focus", async () => {
    const { map, page } = await openPanel('?region=331181', 'en');
    await map.expectPanel('Longquan City');
    const panel = page.locator('aside.panel');
    await panel
      .getByText(/City-level figures/)
      .first()
      .waitFor();
    await panel
      .getByText(/73 billion yuan/)
      .first()
      .waitFor();
    // The figure leads as a card now; the chart draws as it comes into view.
    await panel.locator('.chart-frame').first().scrollIntoViewIfNeeded();
    await panel.locator('.recharts-surface').first().waitFor();
    const source = panel.getByRole('button', { name: /73 billion yuan|added value/i }).first();
    await source.focus();
    await page.getByRole('tooltip').getByText('the added value of industries above designated size will exceed 73billion yuan').waitFor();
  });

  it('draws every bar label whole inside its chart, values included, in both languages', async () => {
    const cases = [
      ['331100', 'en', 'Lishui'],
      ['331100', 'zh', '丽水市'],
      ['220000', 'en', 'Jilin'],
      // Not Hebei: its plan gives no numbers, and its industries are a ladder of tiers now (issue 17), not bars.
      ['220000', 'zh', '吉林省'],
    ] as const;
    for (const [code, lang, name] of cases) {
      const { map, page } = await openPanel(`?region=${code}`, lang);
      await map.expectPanel(name);
      const panel = page.locator('aside.panel');
      // Every bar chart of the panel: its closed sections opened as a person does, each chart scrolled to.
      await panel.locator('nav.panel-toc').waitFor();
      await map.openPanelSections();
      await map.drawPanelCharts();
      await panel.locator('.recharts-yAxis-tick-labels text').first().waitFor({ state: 'attached' });
      // Each label's box, in its own chart's coordinates: a value cut at the chart's left edge starts below 0.
      const boxes = await panel.evaluate((el) =>
        [...el.querySelectorAll<SVGTextElement>('.recharts-yAxis-tick-labels text')].map((text) => {
          const box = text.getBBox();
          return { text: text.textContent, left: box.x, right: box.x + box.width, width: text.ownerSVGElement!.width.baseVal.value };
        }),
      );
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.left, `${code} ${lang}: "${box.text}"`).toBeGreaterThanOrEqual(0);
        expect(box.right, `${code} ${lang}: "${box.text}"`).toBeLessThanOrEqual(box.width);
      }
      await page.close();
    }
    // Four full-HD pages with every chart drawn: minutes on a busy 2-core machine.
  }, 400_000);

  it("shows Jilin 2013's cluster structure with its recorded discrepancy, apart from the 14th FYP plans", async () => {
    const { map, page } = await openPanel('?region=220000', 'en');
    await map.expectPanel('Jilin');
    const panel = page.locator('aside.panel');
    await panel
      .getByText(/Earlier plan \(2013–2017\)/)
      .first()
      .waitFor();
    // The cluster structure is a section of its own, closed as the panel opens: a person opens it from the table of contents.
    await map.openPanelSection('Cluster structure');
    await panel
      .getByText(/stated total 162/)
      .first()
      .waitFor();
  });
});
