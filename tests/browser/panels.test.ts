/**
 * Panels a presenter can use (issue 17): a region's panel leads with what the plans say about the
 * place (headline figures, role) on its first screen, the rest one collapsible section at a time
 * with a table of contents; a presentation step opens a closed section it names; the presenter
 * view shows the current and next step as pictures, in the chosen language. On the SVG map (the
 * app's choice under the test Chromium's software WebGL).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from './session';
import { briefings } from './presentPage';

const open = browserSession({ waitFor: 'svg-map' });

const box = (page: Page, id: string) => page.locator(`aside.panel details[data-panel-section="${id}"]`);
const isOpen = (page: Page, id: string) => box(page, id).evaluate((d) => (d as HTMLDetailsElement).open);
/** How far below the panel's top edge an element's top sits, in px. */
const belowPanelTop = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const panel = document.querySelector('aside.panel')!.getBoundingClientRect();
    return document.querySelector(sel)!.getBoundingClientRect().top - panel.top;
  }, selector);

describe('region panel', () => {
  it('shows Jilin’s headline figures and role on its first screen, and its table of contents jumps to a closed section by keyboard', async () => {
    const { page, map } = await open('?region=220000', { lang: 'zh', width: 1920, height: 1080 });
    await map.expectPanel('吉林省');
    const cards = page.locator('aside.panel .headline-card');
    await cards.first().waitFor({ timeout: 20_000 });
    expect(await cards.count()).toBe(4);
    // The figures with their values, and the role, above the fold.
    await expect(page.locator('aside.panel .headline-figures').textContent()).resolves.toContain('万亿元');
    const last = (await cards.last().boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(1080);
    expect(await page.locator('aside.panel .panel-summary').innerText()).toContain('规划对象');
    // Targets open, the rest closed.
    expect(await isOpen(page, 'targets')).toBe(true);
    for (const id of ['industries', 'clusters', 'layout', 'sources']) expect(await isOpen(page, id), id).toBe(false);
    const height = await page.locator('aside.panel').evaluate((el) => el.scrollHeight);
    console.log(`Jilin panel, zh, 1920×1080: ${height} px tall as it opens`);

    // The table of contents, by keyboard: the section opens, comes to the top, and has the focus.
    const toc = page.getByRole('navigation', { name: '本面板目录' });
    await toc.getByRole('button', { name: '布局定位' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page, 'layout')).toBe(true);
    const top = await belowPanelTop(page, 'aside.panel details[data-panel-section="layout"]');
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(40);
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.getAttribute('data-panel-section'))).toBe('layout');
    // The section's title closes it again (Enter on the summary).
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page, 'layout')).toBe(false);
  });
});

describe('presentation', () => {
  it('a step that names a closed section opens it and brings its plan’s block into view', async () => {
    const b = briefings.find((x) => x.id === 'jilin-clusters-2013')!;
    const n = b.steps.findIndex((s) => s.panel === 'clusters') + 1;
    expect(n).toBeGreaterThan(0);
    const { page } = await open(`?present=${b.id}&step=${n}`, { lang: 'zh', width: 1920, height: 1080 });
    await page.waitForSelector('[data-step-ready]', { timeout: 60_000 });
    expect(await isOpen(page, 'clusters')).toBe(true);
    const block = 'aside.panel details[data-panel-section="clusters"] .plan-block[data-plan="jilin-clusters-2013"]';
    const top = await belowPanelTop(page, block);
    const panelHeight = await page.locator('aside.panel').evaluate((el) => el.clientHeight);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(panelHeight / 2);
  });

  it('the presenter view shows the current and the next step as pictures, in Chinese', async () => {
    const b = briefings.find((x) => x.id === 'jilin-clusters-2013')!;
    const { page } = await open(`?presenter=1&present=${b.id}&step=2`, { lang: 'zh', width: 1280, height: 720, waitFor: 'page' });
    const now = page.locator('.presenter-now .step-picture');
    const next = page.locator('.presenter-next .step-picture');
    await now.locator('.step-picture-focus').first().waitFor({ timeout: 30_000 });
    await expect(now.locator('figcaption').textContent()).resolves.toBe(b.steps[1].title.zh);
    await expect(next.locator('figcaption').textContent()).resolves.toBe(b.steps[2].title.zh);
    // The current step's figure cards, in Chinese units; the region it is about filled on the miniature map.
    // The cards come with the step's plans, which may load after the regions that draw the miniature.
    const valueLocator = now.locator('.step-picture-value');
    await expect.poll(() => valueLocator.count(), { timeout: 30_000 }).toBe(b.steps[1].figures!.length);
    const values = await valueLocator.allTextContents();
    expect(values.join(' ')).toMatch(/万亿元/);
    expect(values.join(' ')).not.toMatch(/[A-Za-z]/);
    await next.locator('.step-picture-focus').first().waitFor();
    await expect(page.getByRole('region', { name: '下一步' }).getByRole('figure').getAttribute('aria-label')).resolves.toBe(
      `本步示意图：${b.steps[2].title.zh}`,
    );
  });
});
