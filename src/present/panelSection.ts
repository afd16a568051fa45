/**
 * Bringing a section of the open panel into view for a briefing step. The panel is loaded
 * lazily and its plan sections after the plan data, so this waits (a few frames, at most a few
 * seconds) for the section's heading to exist.
 */
import type { StringKey } from '../i18n/strings';

export const PANEL_SECTION_HEADINGS = {
  targets: 'plans.targets',
  industries: 'plans.industries',
  layout: 'plans.layoutRoles',
  sources: 'plans.sources',
} as const satisfies Record<string, StringKey>;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Scrolls the panel to the heading with this text (null: to its top); resolves once done or given up. */
export async function scrollPanelTo(heading: string | null, timeoutMs = 4000): Promise<void> {
  const until = performance.now() + timeoutMs;
  // Let React commit the step's panel first.
  await frame();
  while (performance.now() < until) {
    const panel = document.querySelector<HTMLElement>('aside.panel:not([aria-busy])');
    // The region panel's plan sections say "loading" in a status paragraph until the plans are in.
    const plansReady = panel && !panel.querySelector('.plans p[role="status"]');
    if (panel && plansReady) {
      if (heading === null) {
        panel.scrollTop = 0;
        return frame();
      }
      const target = [...panel.querySelectorAll<HTMLElement>('h3')].find((h) => h.textContent?.trim() === heading);
      // A panel without that section (a layout element's) simply stays at its top.
      if (target) {
        // In presentation the panel's header stays pinned (present.css): scroll the section to just below it.
        const header = panel.querySelector<HTMLElement>('.panel-header');
        const pinned = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().height : 0;
        panel.scrollTop += target.getBoundingClientRect().top - panel.getBoundingClientRect().top - pinned - 8;
      }
      return frame();
    }
    if (!panel && heading === null) return frame();
    await frame();
  }
}
