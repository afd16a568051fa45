/**
 * The source reader in real Chromium: opened from a figure's source in a region panel and on a
 * presentation figure card, the quoted sentence highlighted, focused and in view; a mark in the
 * document leading back to its region's panel; a link opening the reader at a passage, and bad
 * links reported. The reader's code and the documents load only when it opens.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../src/sources/passages';
import { citationsOf } from '../../src/sources/citations';
import type { Plan } from '../../src/data/planSchema';
import { browserSession } from './session';
import { PresentPage, briefings } from './presentPage';

const openApp = browserSession({ waitFor: 'svg-map' });
const SLOW = 240_000;

const LISHUI_DOC = '003_65b563cfb7f1ad0a';
const lishuiText = readFileSync(`public/data/sources/${LISHUI_DOC}.txt`, 'utf8');
const HEBEI_DOC = '002_971907feb57351a0';
const sourceIndex = JSON.parse(readFileSync('public/data/sources/index.json', 'utf8')) as {
  documents: { file: string; title: { zh: string; en: string } }[];
};
const title = (stem: string, lang: 'zh' | 'en') => sourceIndex.documents.find((d) => d.file === `${stem}.txt`)!.title[lang];
interface PlanFile {
  targets: { id: string; label: { zh: string; en: string }; source: { quote: string } }[];
}
const lishui = JSON.parse(readFileSync('public/data/plans/lishui-clusters-2022.json', 'utf8')) as PlanFile;

const reader = (page: Page) => page.getByRole('dialog');

/** The highlighted quote: its text, whether it has the focus, and whether it lies inside the reader's visible text. */
async function highlighted(page: Page) {
  const target = reader(page).locator('.reader-target').first();
  await target.waitFor({ timeout: 20_000 });
  const text = (await reader(page).locator('.reader-target').allTextContents()).join('');
  const focused = await target.evaluate((el) => el === document.activeElement);
  const box = (await target.boundingBox())!;
  const body = (await reader(page).locator('.reader-body').boundingBox())!;
  const inView = box.y >= body.y && box.y + box.height <= body.y + body.height;
  return { text: text.replace(/\s+/g, ' '), focused, inView };
}

describe('the source reader', () => {
  it('loads nothing of itself with the first view', async () => {
    const { page } = await openApp('', { lang: 'en' });
    const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    // The reader's code and the documents' texts; the index and the quote renderings are the panels' source notes' (loaded at idle).
    expect(requested.filter((url) => /SourceReader|data\/sources\/[^/]+\.txt/.test(url))).toEqual([]);
    expect(await reader(page).count()).toBe(0);
  });

  it("opens a figure's source from a region panel at the quoted sentence, highlighted, and Esc gives the focus back", async () => {
    const { page, map } = await openApp('?region=331100', { lang: 'en' });
    await map.expectPanel('Lishui');
    const target = lishui.targets.find((t) => t.source.quote.includes('73billion'))!;
    const source = page
      .locator('aside.panel')
      .getByRole('button', { name: `Source: ${target.label.en}` })
      .first();
    await source.focus();
    // The source box names the document by its title and kind, never by its file.
    const box = page.getByRole('tooltip');
    // It names the plan at once and the document's own title and kind once the documents' index has come.
    await box.filter({ hasText: `${title(LISHUI_DOC, 'en')} (policy interpretation)` }).waitFor();
    expect(await box.textContent()).not.toContain(LISHUI_DOC);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await reader(page)
      .getByRole('heading', { name: title(LISHUI_DOC, 'en') })
      .waitFor();
    expect(await highlighted(page)).toEqual({ text: target.source.quote, focused: true, inView: true });
    // The document is in its own language; the link holds the passage.
    expect(await reader(page).locator('.reader-body').getAttribute('lang')).toBe('en');
    const at = locateQuote(lishuiText, target.source.quote)!;
    await page.waitForFunction((v) => new URL(location.href).searchParams.get('source') === v, `${LISHUI_DOC}/${at.start}-${at.end}`);
    // The coverage line counts the figures quoting this document, as the plan data has them.
    const figures = citationsOf([lishui as unknown as Plan]).filter((c) => c.doc === `${LISHUI_DOC}.txt` && c.figure).length;
    await expect(
      reader(page)
        .getByText(new RegExp(`Quoted by ${figures} figures and \\d+ other items`))
        .count(),
    ).resolves.toBe(1);
    // The marks are reachable by Tab: the next stop after the quote is the button listing what quotes it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Quoted by \d+: show which$/);

    await page.keyboard.press('Escape');
    await reader(page).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Source: ${target.label.en}`);
    await map.expectPanel('Lishui');
    expect(new URL(page.url()).searchParams.get('source')).toBeNull();
  });

  it(
    'opens from a figure card in presentation mode, in Chinese, and keeps the clicker keys for the reader while it is open',
    async () => {
      const briefing = briefings.find((b) => b.id === 'lishui-clusters-2022')!;
      const n = briefing.steps.findIndex((s) => (s.figures?.length ?? 0) > 0) + 1;
      const { page, map } = await openApp(`?present=${briefing.id}&step=${n}&theme=dark`, {
        lang: 'zh',
        width: 1920,
        height: 1080,
        idleTimeout: 120_000,
      });
      const show = new PresentPage(page, map);
      await show.waitForStep(n);
      const [planId, targetId] = briefing.steps[n - 1].figures![0].split('/');
      expect(planId).toBe('lishui-clusters-2022');
      const figure = lishui.targets.find((t) => t.id === targetId)!;
      const card = page.locator('.figure-card').first();
      await card.getByRole('button', { name: `来源：${figure.label.zh}` }).hover();
      await card.getByRole('button', { name: `在原文中阅读“${figure.label.zh}”的出处` }).click();

      await reader(page)
        .getByRole('heading', { name: title(LISHUI_DOC, 'zh') })
        .waitFor();
      expect(await highlighted(page)).toEqual({ text: figure.source.quote, focused: true, inView: true });
      await expect(
        reader(page)
          .getByText(/^引文位于第 \d+ 段。/)
          .count(),
      ).resolves.toBe(1);
      // → and Space scroll the document, they do not move the presentation on.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      expect(new URL(page.url()).searchParams.get('step')).toBe(String(n));
      await page.keyboard.press('Escape');
      await reader(page).waitFor({ state: 'detached' });
      // Esc closed the reader, not the presentation.
      expect(await show.bar().isVisible()).toBe(true);
      expect(new URL(page.url()).searchParams.get('present')).toBe(briefing.id);
    },
    SLOW,
  );

  it('follows a mark in the document back to the region that quotes it, which opens with the figure in view', async () => {
    const { page, map } = await openApp(`?source=${HEBEI_DOC}`, { lang: 'en' });
    await reader(page)
      .getByRole('heading', { name: title(HEBEI_DOC, 'en') })
      .waitFor();
    // The press report has no paragraph breaks: it is shown, and counted, sentence by sentence.
    await reader(page)
      .getByText(/shown sentence by sentence/)
      .waitFor();
    const mark = reader(page).locator('.reader-mark', { hasText: '15 specific targets were proposed' });
    await mark.waitFor();
    const cite = mark.locator('xpath=following-sibling::button[1]');
    expect(await cite.getAttribute('aria-label')).toMatch(/^Quoted by \d+: show which$/);
    await cite.focus();
    await page.keyboard.press('Enter');
    const citer = reader(page)
      .getByRole('group', { name: 'What quotes this' })
      .getByRole('button', { name: /^Target: Specific main targets.*→ open the panel of Hebei$/ });
    await citer.first().click();

    await reader(page).waitFor({ state: 'detached' });
    await map.expectPanel('Hebei');
    // The figure is focused once its section is open and scrolled to: wait for that state.
    const focused = page.locator('aside.panel :focus', { hasText: /Specific main targets/ });
    await focused.waitFor({ state: 'visible' });
    // Hebei's plan gives no numbers to chart, so its targets section starts closed: the app opened it, not the test.
    expect(await page.locator('aside.panel details[data-panel-section="targets"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
      true,
    );
    await page.waitForFunction(() => {
      const params = new URL(location.href).searchParams;
      return params.get('region') === '130000' && !params.has('source');
    });
  });

  it(
    'opens at the passage a link names, and reports a link it cannot follow',
    async () => {
      const quote = 'accounting for more than 70% of the output value of industries above designated size in the city';
      const at = locateQuote(lishuiText, quote)!;
      const { page } = await openApp(`?source=${LISHUI_DOC}/${at.start}-${at.end}`, { lang: 'en' });
      expect(await highlighted(page)).toEqual({ text: quote, focused: true, inView: true });
      await expect(
        reader(page)
          .getByText(/^The linked passage is in ¶ \d+\./)
          .count(),
      ).resolves.toBe(1);

      const bad = await openApp('?source=%3Cscript%3E&region=331100', { lang: 'en' });
      await bad.page
        .getByRole('status')
        .getByText('The source document “<script>” in the link is not valid or not known and was ignored.')
        .waitFor();
      expect(await reader(bad.page).count()).toBe(0);
      expect(new URL(bad.page.url()).searchParams.get('source')).toBeNull();
      await bad.map.expectPanel('Lishui');

      const unknown = await openApp('?source=009_0123456789abcdef/1-5', { lang: 'zh' });
      await unknown.page
        .getByRole('status')
        .getByText(/链接中的原文“009_0123456789abcdef”无效或不存在/)
        .waitFor();
      await unknown.page.waitForFunction(() => !new URL(location.href).searchParams.has('source'));
      expect(await reader(unknown.page).count()).toBe(0);

      const outOfRange = await openApp(`?source=${LISHUI_DOC}/99990-99999`, { lang: 'en' });
      await outOfRange.page
        .getByRole('status')
        .getByText(/The passage “99990-99999” in the link is not in that document/)
        .waitFor();
      await reader(outOfRange.page)
        .getByRole('heading', { name: title(LISHUI_DOC, 'en') })
        .waitFor();
      expect(await reader(outOfRange.page).locator('.reader-target').count()).toBe(0);
      await outOfRange.page.waitForFunction((v) => new URL(location.href).searchParams.get('source') === v, LISHUI_DOC);
    },
    SLOW,
  );
});
