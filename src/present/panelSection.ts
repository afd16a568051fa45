/**
 * Bringing a section of the open panel into view for a briefing step. The panel is loaded
 * lazily and its plan sections after the plan data, so this waits (a few frames; up to 20 s,
 * as a busy machine drawing software WebGL was seen to take over 4) for the section's heading to exist. A section's heading says which it is in
 * `data-section` (src/plans/PanelSection.tsx), whatever the language; a closed section is opened.
 */
import type { PANEL_SECTIONS } from '../briefings/briefingSchema';
import { sectionStart } from './stepPlan';
import { scrollPanelToElement } from '../ui/panelScroll';

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
      // A panel without that section (a layout element's) simply stays at its top. A closed section
      // is opened; in presentation the panel's header stays pinned (present.css): the section goes just below it.
      if (target) scrollPanelToElement(panel, target);
      return frame();
    }
    if (!panel && section === null) return frame();
    await frame();
  }
}
