/**
 * A page object for the dashboard: waits for the real map, clicks regions at their label
 * points through the map's own projection, and reads what a person sees.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export class MapPage {
  constructor(readonly page: Page) {}

  async waitForIdle(timeout = 30_000) {
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
  async waitForSvgMap(timeout = 30_000) {
    await this.page.waitForFunction(() => performance.getEntriesByName('svg-map-drawn').length > 0, undefined, { timeout, polling: 100 });
  }

  /** Waits until the plan layouts are drawn as well as the regions. */
  async waitForLayouts() {
    await this.waitForIdle();
    await this.page.waitForFunction(() => (window as unknown as { __regionMap: { renderedElements(): string[] } }).__regionMap.renderedElements().length > 0, undefined, {
      timeout: 30_000,
    });
    await this.waitForIdle();
  }

  async renderedElements(): Promise<string[]> {
    await this.waitForIdle();
    return this.page.evaluate(() => (window as unknown as { __regionMap: { renderedElements(): string[] } }).__regionMap.renderedElements());
  }

  /** Clicks a layout element's symbol where the map drew it. */
  async clickElement(key: string) {
    await this.waitForIdle();
    const point = await this.page.evaluate(
      (k) => (window as unknown as { __regionMap: { elementPoint(k: string): { x: number; y: number } | null } }).__regionMap.elementPoint(k),
      key,
    );
    if (!point) throw new Error(`layout element ${key} is not drawn`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Clicks the map at a geographic point, as a person would with the mouse. */
  async clickAt(lng: number, lat: number) {
    await this.waitForIdle();
    const point = await this.page.evaluate(
      ([x, y]) => (window as unknown as { __regionMap: { project(a: number, b: number): { x: number; y: number } } }).__regionMap.project(x, y),
      [lng, lat] as const,
    );
    await this.page.mouse.click(point.x, point.y);
  }

  async panelTitle(): Promise<string> {
    return (await this.page.locator('aside.panel h2').textContent({ timeout: 10_000 })) ?? '';
  }

  async panelText(): Promise<string> {
    return (await this.page.locator('aside.panel').innerText({ timeout: 10_000 })) ?? '';
  }

  async renderedLabels(): Promise<string[]> {
    await this.waitForIdle();
    return this.page.evaluate(() => (window as unknown as { __regionMap: { renderedLabels(): string[] } }).__regionMap.renderedLabels());
  }

  /** Codes of the regions drawn as clickable fills (faint context prefectures included), lit by the filter, or outlined as interpretation only. */
  async renderedRegions(filter?: 'matched' | 'interpretation'): Promise<string[]> {
    await this.waitForIdle();
    return this.page.evaluate(
      (f) => (window as unknown as { __regionMap: { renderedRegions(f?: string): string[] } }).__regionMap.renderedRegions(f),
      filter,
    );
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
}
