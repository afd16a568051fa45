/**
 * The briefing builder, end to end on one page: a three-step briefing recorded from clicks on the
 * map, reordered, kept across a reload, presented with the clicker's keys, exported, removed and
 * imported again; a broken file is refused with messages naming step and field, in both
 * languages, and what is kept stays.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from './session';
import { region } from './geoFixture';
import { panelName, PresentPage } from './presentPage';
import type { Briefing } from '../../src/briefings/briefingSchema';

const openApp = browserSession({ waitFor: 'svg-map' });
const HEBEI_CORE = 'hebei-manufacturing-14fyp/hb-core-xiongan';

const builder = (page: Page) => page.getByRole('region', { name: /Briefing builder|简报制作/ });
const stepTitles = (page: Page) => builder(page).locator('.builder-step-title').allTextContents();

async function openBuilder(page: Page) {
  await page.getByRole('button', { name: /^Present/ }).click();
  await page.getByRole('button', { name: 'Make a briefing…' }).click();
  await builder(page).waitFor();
}

describe('briefing builder', () => {
  it('records, reorders, keeps, presents, exports, removes and imports a briefing', { timeout: 400_000 }, async () => {
    const { page, map } = await openApp('', { lang: 'en', width: 1920, height: 1080, idleTimeout: 120_000 });
    const show = new PresentPage(page, map);
    await map.waitForLayouts();
    await openBuilder(page);
    await builder(page).getByRole('button', { name: 'New briefing' }).click();
    await builder(page).getByLabel('English').fill('Three places');
    await builder(page).getByLabel('Chinese', { exact: true }).fill('');

    // Three steps from clicks on the map: two regions and a layout element.
    const names = [region('220100').name.en, region('130200').name.en, panelName({ element: HEBEI_CORE } as never, 'en')!];
    await map.clickRegion('220100');
    await map.expectPanel(names[0]);
    await builder(page).getByRole('button', { name: 'Add this view as a step' }).click();
    await page.keyboard.press('Escape');
    await map.clickRegion('130200');
    await map.expectPanel(names[1]);
    await builder(page).getByRole('button', { name: 'Add this view as a step' }).click();
    await page.keyboard.press('Escape');
    await map.clickElement(HEBEI_CORE);
    await map.expectPanel(names[2]);
    await builder(page).getByRole('button', { name: 'Add this view as a step' }).click();
    await expect.poll(() => stepTitles(page)).toEqual(names);

    // Reorder from the keyboard: Alt+↑ on the third step, then the first step's move-down button twice (dragging: a dom test).
    await builder(page).locator('[data-step-id="step-3"] [data-control="edit"]').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => stepTitles(page)).toEqual([names[0], names[2], names[1]]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.dataset.stepId)).toBe('step-3');
    await builder(page).locator('[data-step-id="step-1"] [data-control="down"]').click();
    await expect.poll(() => stepTitles(page)).toEqual([names[2], names[0], names[1]]);
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTitles(page)).toEqual([names[2], names[1], names[0]]);
    // Speaker notes in English only; delete a step and undo.
    // The step just added is open for editing.
    await expect
      .poll(() => builder(page).locator('[data-step-id="step-3"] [data-control="edit"]').getAttribute('aria-expanded'))
      .toBe('true');
    await builder(page).locator('[data-step-id="step-3"] [data-field="notes-en"]').fill('Point at the star.');
    await builder(page).locator('[data-step-id="step-2"] [data-control="delete"]').click();
    await expect.poll(() => stepTitles(page)).toEqual([names[2], names[0]]);
    await builder(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => stepTitles(page)).toEqual([names[2], names[1], names[0]]);

    // Kept across a reload once the builder says so; listed beside the shipped briefings and presented with the clicker's keys.
    await expect.poll(() => builder(page).locator('.builder-saved').textContent()).toBe('Kept in this browser');
    await page.reload();
    await map.waitForIdle(120_000);
    await page.getByRole('button', { name: /^Present/ }).click();
    await page.getByRole('button', { name: /Three places/ }).click();
    await show.waitForStep(1);
    expect(new URL(page.url()).searchParams.get('present')).toBe('my-briefing');
    for (const [n, key] of [
      [1, null],
      [2, 'PageDown'],
      [3, 'ArrowRight'],
    ] as const) {
      if (key) await show.press(key, n);
      await expect.poll(() => show.bar().locator('.present-title').textContent()).toBe([names[2], names[1], names[0]][n - 1]);
      await map.expectPanel([names[2], names[1], names[0]][n - 1]);
    }
    await show.press('PageUp', 2);
    await page.keyboard.press('Escape');
    await expect.poll(() => show.bar().count()).toBe(0);

    // Export, remove, import the file again.
    await openBuilder(page);
    const downloading = page.waitForEvent('download');
    await builder(page).getByRole('button', { name: 'Export briefing file' }).click();
    const file = readFileSync(await (await downloading).path(), 'utf8');
    const exported = JSON.parse(file) as Briefing;
    expect(exported.steps.map((s) => s.element ?? s.region)).toEqual([HEBEI_CORE, '130200', '220100']);
    expect(exported.steps[0].notes).toEqual({ zh: '', en: 'Point at the star.' });
    expect(exported.title).toEqual({ zh: '', en: 'Three places' });
    await builder(page).getByRole('button', { name: 'Remove this briefing' }).click();
    await builder(page)
      .getByRole('group', { name: /Remove “Three places”/ })
      .getByRole('button', { name: 'Remove this briefing' })
      .click();
    await expect.poll(() => builder(page).locator('.builder-steps li').count()).toBe(0);
    const input = builder(page).locator('input[type="file"]');
    await input.setInputFiles({ name: 'three-places.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => stepTitles(page)).toEqual([names[2], names[1], names[0]]);

    // A broken file: refused, each problem naming its step and field, in English and in Chinese; nothing kept is lost.
    const broken = { ...exported, id: 'broken', steps: exported.steps.map((s, i) => (i === 1 ? { ...s, region: '999999' } : s)) };
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = builder(page).getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Step 2 ("step-2"), field region: unknown region code "999999"');
    expect(await alert.textContent()).toContain('broken.json: steps[1].region: unknown region code "999999"');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => alert.textContent()).toContain('第 2 步（"step-2"），字段 region：未知的行政区划代码 "999999"');
    const zh = [panelName({ element: HEBEI_CORE } as never, 'zh')!, region('130200').name.zh, region('220100').name.zh];
    await expect.poll(() => stepTitles(page)).toEqual(zh);
  });
});
