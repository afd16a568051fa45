import { describe, expect, it } from 'vitest';
import { browserSession } from './session';
import type { MapPage } from './mapPage';
import { region } from './geoFixture';
import { briefings, briefingTitles, PresentPage } from './presentPage';

// Presentation mode drives the map through the one camera interface both maps implement, and reads
// what it shows through the map's test handle: the SVG map (the app's choice under the test Chromium's
// software WebGL) draws each step far sooner than the WebGL map. The WebGL map's theme paint is checked
// on a WebGL session; the SVG map's look in each theme is svgMapLook.test.ts's.
const openApp = browserSession({ waitFor: 'svg-map' });
const openWebgl = browserSession();
const HD = { width: 1920, height: 1080 } as const;
const SMALL = { width: 1280, height: 720 } as const;
// A shared 2-core machine: a whole briefing takes a while.
const SLOW = 400_000;
const first = briefings[0];
const total = first.steps.length;

async function present(path: string, lang: 'zh' | 'en' = 'en', size: { width: number; height: number } = SMALL, open = openApp) {
  const opened = await open(path, { lang, ...size, idleTimeout: 120_000 });
  return { ...opened, show: new PresentPage(opened.page, opened.map) };
}

/** A drawn region, other than the step's own, whose name sits in the open part of the map (left of the panel). */
async function regionToClick(map: MapPage, avoid: string | null): Promise<string> {
  const codes = await map.renderedRegions();
  const box = (await map.page.locator('.map').boundingBox())!;
  for (const code of codes) {
    if (code === avoid || code.endsWith('0000')) continue;
    const [lng, lat] = region(code).label;
    const p = await map.project(lng, lat);
    if (p.x > box.x + 60 && p.x < box.x + box.width * 0.45 && p.y > box.y + 80 && p.y < box.y + box.height - 200) return code;
  }
  throw new Error('no region to click in the open part of the map');
}

describe('presentation mode', () => {
  it(
    'starts a briefing from the header menu, full screen controls only, and steps through it with the clicker keys',
    async () => {
      const { page, map, show } = await present('', 'en', HD);
      await map.waitForLayouts();
      await page.getByRole('button', { name: /^Present/ }).click();
      // The menu lists every shipped briefing, titled in both languages.
      for (const title of briefingTitles) {
        await expect(page.getByRole('button', { name: new RegExp(title.en.replace(/[()]/g, '.')) }).textContent()).resolves.toContain(
          title.zh,
        );
      }
      await page.getByRole('button', { name: new RegExp(briefingTitles[0].en.replace(/[()]/g, '.')) }).click();
      await show.expectStep(first, 1, 'en');
      expect(await page.getByRole('banner').isVisible()).toBe(false);
      expect(await page.locator('.sidebar').isVisible()).toBe(false);
      expect(await show.bar().isVisible()).toBe(true);
      // Type is room-sized: at 1920 wide the root font is at least 22 px (18 on the desk).
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(22);

      const keys = ['ArrowRight', 'PageDown', 'Space'];
      for (let n = 2; n <= total; n++) {
        await page.keyboard.press(keys[n % keys.length]);
        await show.expectStep(first, n, 'en');
      }
      // Past the end it stays at the end; Home and End jump; PageUp and ← go back.
      await page.keyboard.press('ArrowRight');
      await show.expectStep(first, total, 'en');
      await show.press('Home', 1);
      await show.expectStep(first, 1, 'en');
      await show.press('End', total);
      await show.expectStep(first, total, 'en');
      if (total >= 3) {
        await show.press('PageUp', total - 1);
        await show.press('ArrowLeft', total - 2);
        await show.expectStep(first, total - 2, 'en');
      }
      // On-screen arrows do the same.
      await show
        .bar()
        .getByRole('button', { name: /Next step/ })
        .click();
      await show.waitForStep(Math.min(total, Math.max(1, total - 1)));
      // Esc leaves presentation mode; the dashboard's controls come back.
      await page.keyboard.press('Escape');
      await page.getByRole('banner').waitFor();
      expect(await show.bar().count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('present')).toBeNull();
    },
    SLOW,
  );

  it(
    'P enters presentation with the first briefing; typing in a field does not',
    async () => {
      const { page, map, show } = await present('', 'zh');
      await map.waitForLayouts();
      await page.locator('.sidebar summary', { hasText: /^(地区|Regions)$/ }).click();
      const search = page.getByRole('searchbox');
      await search.fill('p');
      await page.keyboard.press('p');
      expect(await show.bar().count()).toBe(0);
      // Out of the field, onto the map's corner (the focus leaves the search box).
      await page.locator('.map').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('p');
      await show.expectStep(first, 1, 'zh');
    },
    SLOW,
  );

  it(
    'blanks the screen with B or ., and any key brings it back without moving on',
    async () => {
      const { page, show } = await present(`?present=${first.id}`);
      await show.expectStep(first, 1, 'en');
      const centreIsBlank = () =>
        page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.classList.contains('present-blank') ?? false);
      await page.keyboard.press('b');
      expect(await centreIsBlank()).toBe(true);
      expect(await page.locator('.present-blank').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
      await page.keyboard.press('ArrowRight');
      expect(await centreIsBlank()).toBe(false);
      await show.expectStep(first, 1, 'en');
      await page.keyboard.press('.');
      expect(await centreIsBlank()).toBe(true);
      await page.keyboard.press('.');
      expect(await centreIsBlank()).toBe(false);
    },
    SLOW,
  );

  it(
    'lets the presenter drill into any region live, shows it is off script, and returns to the step with one key',
    async () => {
      const n = Math.max(1, first.steps.findIndex((s) => s.region || s.camera) + 1);
      const step = first.steps[n - 1];
      const { page, map, show } = await present(`?present=${first.id}&step=${n}`);
      await show.expectStep(first, n, 'en');
      await map.waitForLayouts();
      const code = await regionToClick(map, step.region ?? null);
      const [lng, lat] = region(code).label;
      await map.clickAt(lng, lat);
      await map.expectPanel(region(code).name.en);
      await show.bar().getByText('Off script').waitFor();
      const drill = page.getByRole('button', { name: /Show subdivisions/ });
      if (await drill.count()) {
        await drill.click();
        await map.waitForIdle();
      }
      // Backspace (or R) returns to the step's exact view.
      await page.keyboard.press('Backspace');
      await show.expectStep(first, n, 'en');
      await map.clickAt(lng, lat);
      await show.bar().getByText('Off script').waitFor();
      await show
        .bar()
        .getByRole('button', { name: /Back to the step/ })
        .click();
      await show.expectStep(first, n, 'en');
    },
    SLOW,
  );

  // Step titles and panels in Chinese: the first steps here; every step's text in chineseOnly.test.ts.
  it(
    'keeps the step in the link: a reload resumes there',
    async () => {
      const { page, show } = await present(`?present=${first.id}`, 'zh');
      await show.expectStep(first, 1, 'zh');
      const n = Math.min(3, total);
      for (let i = 2; i <= n; i++) await show.press('ArrowRight', i);
      expect(new URL(page.url()).searchParams.get('step')).toBe(n > 1 ? String(n) : null);
      await page.reload();
      await show.expectStep(first, n, 'zh');
    },
    SLOW,
  );

  it(
    'switches the theme for a washed-out projector or an LED wall, in the UI, the WebGL map and the link',
    async () => {
      // A step that opens a panel, so the panel's colours can be checked too.
      const withPanel = briefings.find((b) => b.steps.some((s) => s.region || s.element));
      expect(withPanel, 'a shipped briefing has a step that opens a panel').toBeDefined();
      const n = withPanel!.steps.findIndex((s) => s.region || s.element) + 1;
      const { page, map, show } = await present(`?present=${withPanel!.id}&step=${n}&theme=dark`, 'en', SMALL, openWebgl);
      await show.expectStep(withPanel!, n, 'en');
      const background = () => map.paintProperty('background', 'background-color');
      const panelColour = () => page.locator('aside.panel').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await background()).toBe('#0b0f14');
      expect(await panelColour()).toBe('rgb(20, 26, 33)');
      await show.bar().getByRole('combobox', { name: 'Theme' }).selectOption('contrast');
      await map.waitForIdle();
      expect(await background()).toBe('#ffffff');
      expect(await panelColour()).toBe('rgb(255, 255, 255)');
      expect(await map.paintProperty('provinces-line', 'line-color')).toBe('#000000');
      expect(new URL(page.url()).searchParams.get('theme')).toBe('contrast');
      await page.keyboard.press('Escape');
      await page.getByRole('banner').waitFor();
      // Back on the desk the map has its usual look.
      await map.waitForIdle();
      expect(await background()).toBe('#dfe7ec');
    },
    SLOW,
  );

  it(
    'reports an unknown briefing and an out-of-range step once each, and the app keeps working',
    async () => {
      const { page, map } = await present('?present=no-such-briefing&region=130600');
      await page.getByText(/no-such-briefing/).waitFor();
      await map.expectPanel('Baoding');
      expect(new URL(page.url()).searchParams.get('present')).toBeNull();
      const other = await present(`?present=${first.id}&step=999`);
      await other.show.expectStep(first, total, 'en');
      await expect(other.page.getByText(/“999”/).count()).resolves.toBe(1);
      const bad = await present(`?present=${first.id}&step=two&theme=neon`);
      await bad.show.expectStep(first, 1, 'en');
      await expect(bad.page.getByText(/“two”/).count()).resolves.toBe(1);
      await expect(bad.page.getByText(/“neon”/).count()).resolves.toBe(1);
    },
    SLOW,
  );

  it(
    'opens a presenter view that follows the audience window and drives it',
    async () => {
      const { page, show } = await present(`?present=${first.id}`);
      await show.expectStep(first, 1, 'en');
      const [presenter] = await Promise.all([
        page.context().waitForEvent('page'),
        show.bar().getByRole('button', { name: 'Presenter view' }).click(),
      ]);
      const errors: string[] = [];
      presenter.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const now = presenter.locator('.presenter-current');
      const expectPresenter = async (n: number) => {
        await presenter.locator('.presenter-count', { hasText: `Step ${n} of ${total}` }).waitFor({ timeout: 10_000 });
        expect(await now.textContent()).toBe(first.steps[n - 1].title.en);
        expect(await presenter.locator('.presenter-notes').textContent()).toBe(first.steps[n - 1].notes.en);
        expect(await presenter.locator('.presenter-next-title').textContent()).toBe(n < total ? first.steps[n].title.en : '(last step)');
      };
      await expectPresenter(1);
      await expect(presenter.locator('.presenter-clock time').textContent()).resolves.toMatch(/\d\d:\d\d:\d\d/);
      // The audience window moves: the presenter view follows.
      await show.press('ArrowRight', 2);
      await expectPresenter(2);
      // The presenter view drives: the audience window follows, panel and all.
      await presenter.getByRole('button', { name: /Next step/ }).click();
      await show.expectStep(first, Math.min(3, total), 'en');
      await expectPresenter(Math.min(3, total));
      await presenter.keyboard.press('Home');
      await show.expectStep(first, 1, 'en');
      // The audience window shows only the map and panels: no notes there.
      expect(await page.getByText(first.steps[0].notes.en).count()).toBe(0);
      expect(errors).toEqual([]);
      await presenter.close();
    },
    SLOW,
  );
});
