/**
 * A page object for the dashboard: waits for the real map, clicks regions at their label
 * points through the map's own projection, and reads what a person sees.
 * The map's typed test handle (`MapTestHandle`, on `window.__regionMap`) is reached only here.
 */
import type { Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { MapTestHandle } from '../../src/mapModel/testHandle';
import { region } from './geoFixture';

/**
 * How long the map may take to settle: a few seconds when the machine is quiet, but software WebGL
 * on 2 shared cores has been seen to need over 30 s for the first drawing. A guard, not a goal.
 */
const SETTLE_MS = 90_000;

type Method = { [K in keyof MapTestHandle]: MapTestHandle[K] extends (...args: never[]) => unknown ? K : never }[keyof MapTestHandle];

export class MapPage {
  constructor(readonly page: Page) {}

  /** Calls one method of the map's test handle in the page. */
  private call<K extends Method>(method: K, ...args: Parameters<MapTestHandle[K]>): Promise<Awaited<ReturnType<MapTestHandle[K]>>> {
    return this.page.evaluate(
      ([name, values]) => {
        const handle = (window as unknown as { __regionMap: Record<string, (...a: unknown[]) => unknown> }).__regionMap;
        return handle[name](...values);
      },
      [method, args] as [string, unknown[]],
    ) as Promise<Awaited<ReturnType<MapTestHandle[K]>>>;
  }

  async waitForIdle(timeout = SETTLE_MS) {
    await this.page.waitForFunction(
      () => {
        const handle = (window as unknown as { __regionMap?: { isIdle(): boolean } }).__regionMap;
        return !!handle && handle.isIdle();
      },
      undefined,
      { timeout, polling: 100 },
    );
  }

  /** Waits for the SVG map drawn without WebGL2 (its regions painted once). */
  async waitForSvgMap(timeout = SETTLE_MS) {
    await this.page.waitForFunction(() => performance.getEntriesByName('svg-map-drawn').length > 0, undefined, { timeout, polling: 100 });
  }

  /** Waits until the plan layouts are drawn as well as the regions. */
  async waitForLayouts() {
    await this.waitForIdle();
    await expect.poll(() => this.call('renderedElements'), { timeout: SETTLE_MS }).not.toEqual([]);
    await this.waitForIdle();
  }

  async renderedElements(): Promise<string[]> {
    await this.waitForIdle();
    return this.call('renderedElements');
  }

  /** For each layout symbol in view, the region names drawn over its centre (a name just beside it is not counted). */
  async namesOnSymbols(): Promise<Record<string, string[]>> {
    const onSymbols: Record<string, string[]> = {};
    for (const key of await this.renderedElements()) {
      const point = await this.call('elementPoint', key);
      if (point) onSymbols[key] = await this.call('labelsAt', point.x, point.y, 4);
    }
    return onSymbols;
  }

  /** Region names drawn under what stands over the map (elements matching `selector`), by the element's class. */
  async namesUnder(selector: string): Promise<Record<string, string[]>> {
    await this.waitForIdle();
    return this.page.evaluate((css) => {
      const handle = (window as unknown as { __regionMap: { labelsAt(x: number, y: number, r: number): string[] } }).__regionMap;
      const under: Record<string, string[]> = {};
      for (const el of document.querySelectorAll(css)) {
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height) continue;
        // Squares of the element's smaller side, along its longer one.
        const side = Math.min(r.width, r.height);
        const names = new Set<string>();
        for (let x = r.left + side / 2; x < r.right + side / 2; x += side)
          for (let y = r.top + side / 2; y < r.bottom + side / 2; y += side)
            for (const name of handle.labelsAt(Math.min(x, r.right - side / 2), Math.min(y, r.bottom - side / 2), side / 2))
              names.add(name);
        under[el.className] = [...names];
      }
      return under;
    }, selector);
  }

  /** Clicks a layout element's symbol where the map drew it. */
  async clickElement(key: string) {
    await this.waitForIdle();
    const point = await this.call('elementPoint', key);
    if (!point) throw new Error(`layout element ${key} is not drawn`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Where a geographic point is on the page now. */
  project(lng: number, lat: number) {
    return this.call('project', lng, lat);
  }

  /** Clicks the map at a geographic point, as a person would with the mouse. */
  async clickAt(lng: number, lat: number) {
    await this.waitForIdle();
    const point = await this.project(lng, lat);
    await this.page.mouse.click(point.x, point.y);
  }

  /**
   * Clicks a region on its drawn name, as a person would, else at its label point (from the committed
   * boundaries). The name may stand beside the label point, moved off a layout mark there (a belt
   * hub's lines take clicks on Changchun's point).
   */
  async clickRegion(code: string) {
    await this.waitForIdle();
    const name = await this.call('namePoint', code);
    if (name) return this.page.mouse.click(name.x, name.y);
    const [lng, lat] = region(code).label;
    await this.clickAt(lng, lat);
  }

  /** Moves the mouse onto a region's label point. */
  async hoverRegion(code: string) {
    await this.waitForIdle();
    const [lng, lat] = region(code).label;
    const point = await this.project(lng, lat);
    await this.page.mouse.move(point.x, point.y);
  }

  zoom(): Promise<number> {
    return this.call('zoom');
  }

  /** A map layer's paint value as set now (themes). */
  paintProperty(layer: string, name: string): Promise<unknown> {
    return this.call('paintProperty', layer, name);
  }

  /** Waits until the map has drawn a label (after a language switch, say). */
  async waitForLabel(name: string) {
    await expect.poll(() => this.call('renderedLabels'), { timeout: 30_000 }).toContain(name);
  }

  /** The camera maplibre wrote into the address: [zoom, lat, lng]. */
  async hashCamera(): Promise<number[]> {
    const hash = await this.page.evaluate(() => window.location.hash);
    return hash.replace(/^#/, '').split('/').map(Number);
  }

  /** Waits until the address holds the camera as it is now (maplibre writes it a moment after a move). */
  async waitForHashCamera() {
    await this.waitForIdle();
    const zoom = Math.round((await this.zoom()) * 100) / 100; // as maplibre writes it
    await expect.poll(async () => (await this.hashCamera())[0], { timeout: 10_000 }).toBe(zoom);
  }

  async panelTitle(): Promise<string> {
    return (await this.page.locator('aside.panel h2').textContent({ timeout: 10_000 })) ?? '';
  }

  async panelText(): Promise<string> {
    return (await this.page.locator('aside.panel').innerText({ timeout: 10_000 })) ?? '';
  }

  async renderedLabels(): Promise<string[]> {
    await this.waitForIdle();
    return this.call('renderedLabels');
  }

  /** Codes of the regions drawn as clickable fills (faint context prefectures included), lit by the filter, or outlined as interpretation only. */
  async renderedRegions(filter?: 'matched' | 'interpretation'): Promise<string[]> {
    await this.waitForIdle();
    return this.call('renderedRegions', filter);
  }

  /**
   * Opens one section of the open panel as a person does: its entry in the panel's table of
   * contents (by its visible title), which opens the section and scrolls to it.
   */
  async openPanelSection(title: string | RegExp) {
    const panel = this.page.locator('aside.panel');
    await panel
      .locator('nav.panel-toc')
      .getByRole('button', { name: title, exact: typeof title === 'string' })
      .click();
    await panel.locator('details.panel-section[open] > summary', { hasText: title }).waitFor();
  }

  /** Opens every closed section of the open panel as a person does: a click on each one's title. */
  async openPanelSections() {
    const closed = this.page.locator('aside.panel details.panel-section:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();
  }

  /**
   * Draws every chart in the open sections of the panel: charts draw as they come near the view,
   * so each one still waiting is scrolled to in turn until it has drawn. Charts in a closed
   * section wait for it to open (see `openPanelSections`).
   */
  async drawPanelCharts() {
    for (;;) {
      const pending = (
        await this.page.evaluateHandle(() =>
          [...document.querySelectorAll('aside.panel .chart-body.chart-pending')].find((el) => el.getClientRects().length > 0),
        )
      ).asElement();
      if (!pending) return;
      await pending.scrollIntoViewIfNeeded();
      await this.page.waitForFunction(
        (el) => !el.classList.contains('chart-pending') && !!el.querySelector('svg.recharts-surface'),
        pending,
        { timeout: 20_000 },
      );
    }
  }

  async expectPanel(name: string) {
    try {
      await this.page.locator('aside.panel h2', { hasText: name }).waitFor({ timeout: 10_000 });
    } catch {
      const shown = await this.page.locator('aside.panel h2').allTextContents();
      throw new Error(`expected the panel of "${name}", the page shows ${shown.length ? `"${shown.join('", "')}"` : 'no panel'}`);
    }
    expect(await this.panelTitle()).toBe(name);
  }

  /**
   * Chooses an item of the header's Export menu once it is offered (the data entries stay greyed
   * out until the plan data has come) and waits for the file it downloads.
   */
  async exportItem(action: string): Promise<Download> {
    await this.page.locator('.export-menu > button').click();
    const item = this.page.locator(`.export-menu [role="menuitem"][data-action="${action}"]:not([aria-disabled])`);
    await item.waitFor({ timeout: 60_000 });
    const waiting = this.page.waitForEvent('download', { timeout: 60_000 });
    await item.click();
    return waiting;
  }
}
