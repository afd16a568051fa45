/**
 * Entering presentation mode from the header menu. Small and separate from the presentation's
 * runtime (usePresentation), which loads after the first map is drawn and applies the step.
 */
import { useUi } from '../state/store';

function requestFullscreen() {
  // Headless browsers, iframes and some kiosks refuse: presentation mode works without it.
  document.documentElement.requestFullscreen?.().catch(() => {});
}

export function startPresentation(briefingId: string) {
  requestFullscreen();
  useUi.getState().setPresent(briefingId, 1);
}
