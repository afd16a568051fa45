/**
 * WCAG 2.2 A/AA checks by axe-core on the screens a presenter shows, in every theme: the desk view
 * (the Jilin province panel whole, with the filter on, the legend and the export menu open), a
 * presentation step with figure cards and the panel whole in default, high-contrast and dark, and
 * the presenter view; then the other kinds of panel: a layout element's (a step, in each theme) and a
 * county's (on the desk, in English). No serious or critical violation may remain. Four page loads in all.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './session';

// The map is set aside before axe runs (it cannot read a canvas, see wholePanelInView): the SVG map (the app's
// choice under the test Chromium's software WebGL) gets the page there far sooner than the WebGL map.
const openApp = browserSession({ waitFor: 'svg-map' });
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const SLOW = 300_000;

interface Found {
  rule: string;
  impact: string;
  nodes: string[];
}

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Serious and critical violations on the page now: every WCAG A/AA rule, or only `rules` within `within`. */
async function violations(page: Page, { within, rules }: { within?: string; rules?: string[] } = {}): Promise<Found[]> {
  // Evaluated by the test driver, not injected as a <script>: the app's CSP rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(
    async ({ within, rules, tags }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(within ? { include: [within] } : document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          rule: v.id,
          impact: v.impact!,
          nodes: v.nodes.slice(0, 30).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`),
        }));
    },
    { within: within ?? null, rules: rules ?? null, tags: WCAG_AA },
  );
}

/**
 * The whole panel in view at once: axe leaves text outside the viewport unchecked, and a run per
 * screenful of a 10-screen panel is slow. The window is made as tall as the panel (the map, which
 * axe cannot read, is set aside so it does not redraw at that size) and every chart has drawn.
 */
async function wholePanelInView(page: Page, width: number) {
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('.map').forEach((el) => (el.style.display = 'none')));
  // Every collapsible section opened (src/plans/PanelSection.tsx): axe leaves closed ones unchecked.
  await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('aside.panel details').forEach((d) => (d.open = true)));
  const height = await page.locator('aside.panel').evaluate((el) => el.scrollHeight + el.getBoundingClientRect().top + 300);
  await page.setViewportSize({ width, height: Math.min(Math.ceil(height), 20_000) });
  // Charts draw one per frame, and a frame of a window this tall is slow to paint in software on a busy machine.
  await page.waitForFunction(() => document.querySelectorAll('aside.panel .chart-pending').length === 0, undefined, { timeout: 120_000 });
}

/** A shipped briefing's step presented in Chinese at 1920×1080, once it is ready, with its panel whole in view. */
async function stepWithWholePanel(briefing: string, step: number): Promise<Page> {
  const { page } = await openApp(`?present=${briefing}&step=${step}`, { lang: 'zh', width: 1920, height: 1080, idleTimeout: 120_000 });
  await page.locator(`[data-step-ready="${step}"]`).waitFor({ timeout: 60_000 });
  await wholePanelInView(page, 1920);
  return page;
}

/** The violations in each presentation theme in turn, each rule named after `label` and the theme. */
async function violationsInEveryTheme(page: Page, label: string): Promise<Found[]> {
  const found: Found[] = [];
  for (const theme of ['default', 'contrast', 'dark']) {
    await page.getByRole('combobox', { name: '配色' }).selectOption(theme);
    await page.locator(`:root[data-theme="${theme}"]`).waitFor({ state: 'attached' });
    found.push(...(await violations(page)).map((f) => ({ ...f, rule: `${label}${theme}: ${f.rule}` })));
  }
  return found;
}

const report = (found: Found[]) => [...new Set(found.map((f) => `${f.impact} ${f.rule}:\n  ${f.nodes.join('\n  ')}`))].join('\n');

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it(
    'the desk view: a province panel with the filter on, the legend and the export menu',
    async () => {
      const { page } = await openApp('?region=220000&filter=biomedicine', { lang: 'zh', width: 1280, height: 720 });
      await page.locator('aside.panel .chart-frame').first().waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: /^导出/ }).click();
      await page.getByRole('menu').waitFor();
      await wholePanelInView(page, 1280);
      const found = await violations(page);
      expect(report(found)).toBe('');
    },
    SLOW,
  );

  it(
    'a presentation step with a panel in every theme, and the presenter view',
    async () => {
      const page = await stepWithWholePanel('jilin-clusters-2013', 2);
      const found = await violationsInEveryTheme(page, '');
      const [presenter] = await Promise.all([
        page.context().waitForEvent('page'),
        page.getByRole('button', { name: '演讲者视图' }).click(),
      ]);
      await presenter.locator('.presenter-notes').waitFor({ timeout: 30_000 });
      // In the audience window's language, with the next step's notes.
      await presenter.locator('.presenter-count', { hasText: '第 2 / ' }).waitFor({ timeout: 10_000 });
      await presenter.locator('.presenter-next-notes').waitFor();
      // With the pictures of the current and next step drawn.
      await presenter.locator('.presenter-next .step-picture-focus').first().waitFor({ timeout: 30_000 });
      found.push(...(await violations(presenter)).map((f) => ({ ...f, rule: `presenter view: ${f.rule}` })));
      expect(report(found)).toBe('');
    },
    SLOW,
  );

  it(
    'the other kinds of panel: a layout element in a presentation step in every theme, and a county on the desk',
    async () => {
      const page = await stepWithWholePanel('hebei-manufacturing-14fyp', 6);
      const found = await violationsInEveryTheme(page, 'element step, ');
      const { page: county } = await openApp('?region=331127', { lang: 'en', width: 1280, height: 720 });
      await county.locator('aside.panel h2').waitFor({ timeout: 30_000 });
      await wholePanelInView(county, 1280);
      found.push(...(await violations(county)).map((f) => ({ ...f, rule: `county panel: ${f.rule}` })));
      expect(report(found)).toBe('');
    },
    SLOW,
  );
});
