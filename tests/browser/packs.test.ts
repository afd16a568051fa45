/**
 * Data packs in real Chromium: loading the example pack through the file input and by drag and
 * drop, its regions on the real map and in the panel, keeping it across a reload, removing it,
 * a broken pack listing every problem, and a pack full of markup shown as text, running nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { validatePackFile } from '../../src/packs/validatePack';
import { BUILT_IN_CODES, TAXONOMY_IDS } from '../unit/packs/packFixture';
import { mutate, prng } from '../unit/packs/mutatePack';
import { browserSession } from './session';

// The SVG map (the app's choice under the test Chromium's software WebGL) draws far sooner than the WebGL
// map, whose first drawing costs seconds per page there. The first test loads a pack into the WebGL map
// (its sources updated with setData, its layers re-added); the others check the rest on the SVG map.
const openWebgl = browserSession();
const openSvg = browserSession({ waitFor: 'svg-map' });
const open = (path = '') => openSvg(path, { lang: 'en' });

const EXAMPLE = 'public/data/example-pack.json';
type Bilingual = { zh: string; en: string };
/** The example pack as JSON: the fields these tests change are typed, the rest is carried along untouched. */
interface PackJson {
  name: string;
  boundaries: { features: { properties: Record<string, unknown>; geometry: { coordinates: unknown[][] } }[] };
  plans: {
    id: string;
    title: Bilingual;
    /** optional: the broken pack leaves it out */
    region?: { name: Bilingual };
    targets: { label: Bilingual; value: unknown; source: { quote: string } }[];
    layout: { name: Bilingual; members: { code: string }[]; source: { quote: string } }[];
    industries: { name: Bilingual }[];
  }[];
}
const example = () => JSON.parse(readFileSync(EXAMPLE, 'utf8')) as PackJson;
const builtInPlanIds = (JSON.parse(readFileSync('public/data/plans/index.json', 'utf8')) as { plans: { id: string }[] }).plans.map(
  (p) => p.id,
);
/** What `npm run check-pack` (the same validator) says about a pack: the list the page must show. */
const expectedProblems = (name: string, text: string) => {
  const result = validatePackFile(text, name, BUILT_IN_CODES, { taxonomyIds: TAXONOMY_IDS, planIds: builtInPlanIds });
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.problems;
};

async function openLoader(page: Page) {
  const section = page.locator('details.pack-loader');
  if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open))) await section.locator('summary').click();
}

async function pickPack(page: Page, name: string, json: unknown) {
  await openLoader(page);
  const buffer = Buffer.from(typeof json === 'string' ? json : JSON.stringify(json));
  await page.locator('[data-testid=pack-files]').setInputFiles({ name, mimeType: 'application/json', buffer });
}

async function loadedMessage(page: Page) {
  const status = page.locator('.pack-loaded');
  await status.waitFor({ timeout: 20_000 });
  return { text: await status.innerText(), ms: Number(await status.getAttribute('data-check-ms')) };
}

const [aLng, aLat] = [117, 35.1];

describe('data packs in the browser', () => {
  it('loads the example pack from the file input: its cities on the WebGL map, a panel with the plan figures', async () => {
    const { page, map } = await openWebgl('', { lang: 'en' });
    expect(await map.renderedRegions()).not.toContain('379901');
    await pickPack(page, 'example.pack.json', example());
    const { text, ms } = await loadedMessage(page);
    expect(text).toContain('Loaded “Example data pack (fictional test data)”: 2 region(s), 1 plan(s)');
    console.info(`example pack checked in the worker in ${ms} ms`);
    await map.waitForIdle();
    expect(await map.renderedRegions()).toEqual(expect.arrayContaining(['379901', '379902']));
    expect(await map.renderedLabels()).toContain('Example City A (test)');
    await map.clickAt(aLng, aLat);
    await map.expectPanel('Example City A (test)');
    const panel = await map.panelText();
    expect(panel).toContain('379901');
    expect(panel).toContain('Example industry plan (fictional, for testing only)');
    expect(panel).toContain('Example output target (fictional)');
    expect(panel).toMatch(/12\.3 billion yuan/);
    // Built-in regions are still there and clickable.
    await map.clickRegion('220100');
    await map.expectPanel('Changchun');
    // The pack's layout element joins the legend and opens its own panel.
    await page
      .getByRole('button', { name: /Example materials cluster \(fictional\)/ })
      .first()
      .click();
    await map.expectPanel('Example materials cluster (fictional)');
  });

  it('keeps a pack across a reload when asked, and "Remove" restores the built-in data', async () => {
    const { page, map } = await open();
    await openLoader(page);
    await page.getByLabel('Keep on this computer').check();
    await pickPack(page, 'example.pack.json', example());
    await loadedMessage(page);
    await page.reload();
    await map.waitForIdle();
    expect(await map.renderedRegions()).toContain('379902');
    await openLoader(page);
    const list = page.getByRole('region', { name: 'Loaded data packs' });
    expect(await list.innerText()).toMatch(/Example data pack \(fictional test data\)[\s\S]*kept on this computer/);
    await map.clickAt(aLng, aLat);
    await map.expectPanel('Example City A (test)');
    // A link to a kept pack's region opens it after a reload: the kept packs are back before the link is read.
    expect(new URL(page.url()).searchParams.get('region')).toBe('379901');
    await page.reload();
    await map.waitForIdle();
    await map.expectPanel('Example City A (test)');
    await openLoader(page);

    await list.getByRole('button', { name: 'Remove the data pack “Example data pack (fictional test data)”' }).click();
    await page.locator('aside.panel').waitFor({ state: 'detached', timeout: 10_000 });
    await map.waitForIdle();
    expect(await map.renderedRegions()).not.toContain('379901');
    expect(await page.getByRole('button', { name: /Example materials cluster/ }).count()).toBe(0);
    await page.reload();
    await map.waitForIdle();
    expect(await map.renderedRegions()).not.toContain('379901');
    await openLoader(page);
    expect(await page.getByRole('region', { name: 'Loaded data packs' }).count()).toBe(0);
  }, 150_000);

  it('lists every problem of a broken pack, file and field path included, and loses nothing already loaded', async () => {
    const { page, map } = await open();
    await pickPack(page, 'example.pack.json', example());
    await loadedMessage(page);
    const broken = example();
    broken.boundaries.features[1].properties.code = '220100';
    broken.boundaries.features[0].geometry.coordinates[0][2] = [200, 95];
    broken.plans[0].id = 'second-plan';
    broken.plans[0].targets[0].value = 'a lot';
    broken.plans[0].layout[0].members[0].code = '379999';
    delete broken.plans[0].region;
    const text = JSON.stringify(broken);
    await pickPack(page, 'broken.json', text);
    const alert = page.locator('.pack-problems[role=alert]');
    await alert.waitFor({ timeout: 20_000 });
    const shown = await alert.locator('li').allInnerTexts();
    // Checked against what is loaded: the example pack's codes count as taken too.
    const expected = validatePackFile(text, 'broken.json', [...BUILT_IN_CODES, '379901', '379902'], {
      taxonomyIds: TAXONOMY_IDS,
      planIds: [...builtInPlanIds, 'example-test-plan'],
    });
    expect(expected.ok).toBe(false);
    expect(shown).toEqual(!expected.ok ? expected.problems : []);
    expect(shown).toEqual(
      expect.arrayContaining([
        'broken.json: boundaries.features[1].properties.code: code "220100" is already a built-in region; a pack can only add new regions',
        'broken.json: plans[0].targets[0].value: expected number, got string',
        'broken.json: plans[0].region: expected object, got nothing',
      ]),
    );
    expect(shown.some((p) => p.startsWith('broken.json: boundaries.features[0].geometry.coordinates'))).toBe(true);
    expect(await alert.innerText()).toContain(`“broken.json” was not loaded: ${shown.length} problem(s) found`);
    // The example pack and the built-in regions are untouched.
    expect(await page.getByRole('region', { name: 'Loaded data packs' }).innerText()).toContain('Example data pack');
    await map.clickAt(aLng, aLat);
    await map.expectPanel('Example City A (test)');
    await map.clickRegion('130100');
    await map.expectPanel('Shijiazhuang');
  });

  it('survives a run of mutated packs: each one answered (loaded or its problems), the page and the map still work', async () => {
    const { page, map } = await open();
    const random = prng(0x5eed);
    const CASES = 30;
    let loaded = 0;
    for (let n = 0; n < CASES; n++) {
      const name = `fuzz-${n}.json`;
      await pickPack(page, name, mutate(random, n % 2 === 1).text);
      // Answered: its problems (which name the file), or one more pack in the loaded list (named by the pack).
      const answer = await page.waitForFunction(
        ([file, before]) => {
          if ([...document.querySelectorAll('.pack-problems')].some((el) => el.textContent?.includes(file))) return 'refused';
          return document.querySelectorAll('.pack-list > li').length > before ? 'loaded' : false;
        },
        [name, loaded] as const,
        { timeout: 20_000 },
      );
      if ((await answer.jsonValue()) === 'loaded') loaded++;
    }
    expect(loaded, 'some mutations leave a valid pack, most do not').toBeLessThan(CASES);
    await map.clickRegion('130100');
    await map.expectPanel('Shijiazhuang');
  });

  it('refuses a file that is not JSON and one over the size limit, with their messages', async () => {
    const { page } = await open();
    await pickPack(page, 'notes.json', 'this is not { json');
    const alert = page.locator('.pack-problems[role=alert]');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.locator('li').allInnerTexts()).toEqual(expectedProblems('notes.json', 'this is not { json'));
    await pickPack(page, 'huge.json', ' '.repeat(21 * 1024 * 1024));
    await page
      .locator('.pack-problems li', { hasText: 'huge.json: 21.0 MB; the limit for a data pack is 20.0 MB' })
      .waitFor({ timeout: 20_000 });
  });

  it('loads a pack dropped onto the window, showing a drop target while dragging', async () => {
    const { page, map } = await open();
    // The loader (and its window drop listeners) comes after the first map drawing, as a person sees it in the sidebar.
    await page.locator('details.pack-loader').waitFor();
    const text = JSON.stringify(example());
    await page.evaluate((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], 'example.pack.json', { type: 'application/json' }));
      (window as unknown as { __transfer: DataTransfer }).__transfer = transfer;
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await page.locator('.pack-drop-target', { hasText: 'Drop to load the data pack' }).waitFor({ state: 'visible', timeout: 5000 });
    await page.evaluate(() => {
      const transfer = (window as unknown as { __transfer: DataTransfer }).__transfer;
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    expect(await page.locator('.pack-drop-target').count()).toBe(0);
    const { text: message } = await loadedMessage(page);
    expect(message).toContain('2 region(s), 1 plan(s)');
    await map.waitForIdle();
    expect(await map.renderedRegions()).toContain('379902');
  });
});

describe('data is text, never HTML', () => {
  const IMG = '<img src=x onerror="window.__pwned=1">';
  const SCRIPT = '<script>window.__pwned=2</script>';
  const LINK = '<a href="javascript:window.__pwned=3">x</a>';
  const JS = 'javascript:window.__pwned=4';

  function hostilePack(): PackJson {
    const pack = example();
    pack.name = `Pack ${SCRIPT}`;
    const [a, b] = pack.boundaries.features;
    a.properties.name_zh = IMG;
    a.properties.name_en = `${SCRIPT}${IMG}`;
    b.properties.name_en = JS;
    b.properties.name_zh = LINK;
    const plan = pack.plans[0];
    plan.title.en = `Plan ${LINK} ${IMG}`;
    plan.title.zh = `规划 ${SCRIPT}`;
    plan.region!.name.en = IMG;
    plan.targets[0].label.en = `Target ${IMG}`;
    plan.targets[0].source.quote = `Quote ${IMG} ${SCRIPT}`;
    plan.layout[0].name.en = `Element ${LINK}`;
    plan.layout[0].source.quote = `${JS} ${IMG}`;
    plan.industries[0].name.en = `Industry ${SCRIPT}`;
    return pack;
  }

  it('shows markup and script from a pack literally in the list, legend and panels, and runs none of it', async () => {
    const { page, map } = await open();
    const dialogs: string[] = [];
    const strayRequests: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (/\/x$/.test(new URL(r.url()).pathname)) strayRequests.push(r.url());
    });
    await pickPack(page, 'hostile.json', hostilePack());
    const { text } = await loadedMessage(page);
    expect(text).toContain(`Pack ${SCRIPT}`);

    await map.clickAt(aLng, aLat);
    await map.expectPanel(`${SCRIPT}${IMG}`);
    const panel = await map.panelText();
    expect(panel).toContain(IMG);
    expect(panel).toContain(`Plan ${LINK} ${IMG}`);
    expect(panel).toContain(`Target ${IMG}`);
    // The source quote, shown on focus of its button.
    await page.locator('aside.panel .source-button').first().focus();
    expect(await page.locator('.source-popover').first().innerText()).toContain(`Quote ${IMG} ${SCRIPT}`);

    // The legend lists the element by its literal name; its panel shows the quote as text.
    const legendButton = page.locator('.legend button', { hasText: `Element ${LINK}` });
    expect(await legendButton.count()).toBeGreaterThan(0);
    await legendButton.first().click();
    await map.expectPanel(`Element ${LINK}`);

    // The region list and search find the names as text.
    // The sidebar's list (a panel's sections have titles with "regions" in them too).
    await page.locator('.sidebar summary', { hasText: /^Regions$/ }).click();
    await page.getByRole('searchbox', { name: 'Search regions (name or code)' }).fill('javascript:');
    expect(await page.getByRole('navigation', { name: 'Regions' }).getByRole('button').allInnerTexts()).toEqual([JS]);

    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      imgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      handlers: document.querySelectorAll('[onerror], [onclick], [onload]').length,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    }));
    expect(injected).toEqual({ pwned: undefined, imgs: 0, inlineScripts: 0, handlers: 0, jsLinks: 0 });
    expect(dialogs).toEqual([]);
    expect(strayRequests).toEqual([]);
  });
});
