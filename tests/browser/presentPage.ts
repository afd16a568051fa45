/**
 * The shipped briefings as the tests read them (public/data/briefings/), and a page object for
 * presentation mode: the step bar, waiting for a step to be fully applied, what it should show.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Briefing, BriefingIndex, BriefingStep } from '../../src/briefings/briefingSchema';
import { region } from './geoFixture';
import type { MapPage } from './mapPage';

const index = JSON.parse(readFileSync('public/data/briefings/index.json', 'utf8')) as BriefingIndex;
export const briefings: Briefing[] = index.briefings.map((b) => JSON.parse(readFileSync(`public/data/${b.file}`, 'utf8')) as Briefing);
export const briefingTitles = index.briefings.map((b) => b.title);

interface PlanFile {
  id: string;
  layout: { id: string; name: { zh: string; en: string } }[];
}
const planIndex = JSON.parse(readFileSync('public/data/plans/index.json', 'utf8')) as { plans: { id: string; file: string }[] };
const planFiles = planIndex.plans.map((p) => JSON.parse(readFileSync(`public/data/${p.file}`, 'utf8')) as PlanFile);
export const allPlanIds = planFiles.map((p) => p.id);

/** The panel title a step opens (region or layout element name), or null when it opens none. */
export function panelName(step: BriefingStep, lang: 'zh' | 'en'): string | null {
  if (step.element) {
    const [planId, elementId] = step.element.split('/');
    return planFiles.find((p) => p.id === planId)!.layout.find((e) => e.id === elementId)!.name[lang];
  }
  return step.region ? region(step.region).name[lang] : null;
}

/** The plans whose layouts a step hides, as the `hide=` parameter writes them. */
export const hiddenBy = (step: BriefingStep) => (step.layouts ? allPlanIds.filter((id) => !step.layouts!.includes(id)).sort() : []);

export class PresentPage {
  constructor(
    readonly page: Page,
    readonly map: MapPage,
  ) {}

  bar() {
    return this.page.getByRole('navigation', { name: /Presentation controls|演示控制/ });
  }

  /** Waits until step `n` is applied (panel section in view) and the map has settled. */
  async waitForStep(n: number) {
    await this.page.locator(`[data-step-ready="${n}"]`).waitFor({ timeout: 60_000 });
    await this.map.waitForIdle(60_000);
  }

  async press(key: string, expectStep: number) {
    await this.page.keyboard.press(key);
    await this.waitForStep(expectStep);
  }

  /** Asserts what a person sees for a step: title, n/N, the panel it opens, the layouts shown. */
  async expectStep(briefing: Briefing, n: number, lang: 'zh' | 'en') {
    const step = briefing.steps[n - 1];
    await this.waitForStep(n);
    expect(await this.bar().locator('.present-title').textContent()).toBe(step.title[lang]);
    const count = lang === 'en' ? `Step ${n} of ${briefing.steps.length}` : `第 ${n} / ${briefing.steps.length} 步`;
    expect(await this.bar().locator('.present-count').textContent()).toBe(count);
    const name = panelName(step, lang);
    if (name) await this.map.expectPanel(name);
    else expect(await this.page.locator('aside.panel h2').count()).toBe(0);
    const url = new URL(this.page.url());
    expect(url.searchParams.get('step') ?? '1').toBe(String(n));
    expect((url.searchParams.get('hide') ?? '').split(',').filter(Boolean)).toEqual(hiddenBy(step));
    expect((url.searchParams.get('filter') ?? '').split(',').filter(Boolean)).toEqual([...(step.filter ?? [])].sort());
    if (step.layouts) {
      const drawnPlans = new Set((await this.map.renderedElements()).map((key) => key.split('/')[0]));
      for (const plan of drawnPlans) expect(step.layouts, `layouts drawn at step ${n}`).toContain(plan);
    }
    await expect(this.page.getByText(/Off script|已离开本步/).count()).resolves.toBe(0);
  }
}
