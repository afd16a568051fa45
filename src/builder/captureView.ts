/**
 * The view on screen, as a step takes it: everything the link holds (read with the one view-state
 * module, src/state/url.ts, through src/state/link.ts: selection, filter, hidden layouts, theme and
 * the camera in the hash), plus the drill scope (UI state) and the panel section in view (the DOM).
 */
import type { CapturedView, PanelSectionName } from '../briefings/stepFromView';
import { PANEL_SECTIONS } from '../briefings/briefingSchema';
import { readLink } from '../state/link';
import { useUi } from '../state/store';

/** The section of the open panel at its top (sections say which they are in `data-section`), or null at its top. */
export function panelSectionInView(): PanelSectionName | null {
  const panel = document.querySelector<HTMLElement>('aside.panel');
  if (!panel || panel.scrollTop < 8) return null;
  const top = panel.getBoundingClientRect().top;
  let found: PanelSectionName | null = null;
  for (const el of panel.querySelectorAll<HTMLElement>('[data-section]')) {
    const name = el.dataset.section as PanelSectionName;
    if (!(PANEL_SECTIONS as readonly string[]).includes(name)) continue;
    // The last section whose heading has reached the upper part of the panel.
    if (el.getBoundingClientRect().top - top < panel.clientHeight / 3) found = name;
  }
  return found;
}

export function captureView(): CapturedView {
  const { view } = readLink();
  return { view, scope: useUi.getState().scope, panel: panelSectionInView() };
}
