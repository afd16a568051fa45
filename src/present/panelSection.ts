/**
 * Bringing a section of the open panel into view for a briefing step. The panel is loaded
 * lazily and its plan sections after the plan data, so this waits (a few frames; up to 20 s,
 * as a busy machine drawing software WebGL was seen to take over 4) for the section's heading to exist. A section's heading says which it is in
 * `data-section` (src/plans/RegionPlans.tsx), whatever the language.
 */
import type { PANEL_SECTIONS } from '../briefings/briefingSchema';
import { sectionStart } from './stepPlan';

/** A section of the region panel a step can bring into view (`overview` is its top). */
export type PanelSection = Exclude<(typeof PANEL_SECTIONS)[number], 'overview'>;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Scrolls the panel to this section (null: to its top), at the plan's block in it; resolves once done or given up. */
export async function scrollPanelTo(section: PanelSection | null, plan: string | null = null, timeoutMs = 20_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  // Let React commit the step's panel first.
  await frame();
  while (performance.now() < until) {
    const panel = document.querySelector<HTMLElement>('aside.panel:not([aria-busy])');
    // The region panel's plan sections say "loading" in a status paragraph until the plans are in.
    const plansReady = panel && !panel.querySelector('.plans p[role="status"]');
    if (panel && plansReady) {
      if (section === null) {
        panel.scrollTop = 0;
        return frame();
      }
      const target = sectionStart(panel, section, plan);
      // A panel without that section (a layout element's) simply stays at its top.
      if (target) {
        // In presentation the panel's header stays pinned (present.css): scroll the section to just below it.
        const header = panel.querySelector<HTMLElement>('.panel-header');
        const pinned = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().height : 0;
        panel.scrollTop += target.getBoundingClientRect().top - panel.getBoundingClientRect().top - pinned - 8;
      }
      return frame();
    }
    if (!panel && section === null) return frame();
    await frame();
  }
}
