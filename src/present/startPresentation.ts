/**
 * Entering presentation mode from the header menu. Small and separate from the presentation's
 * runtime (usePresentation), which loads after the first map is drawn and applies the step.
 */
import { useUi } from '../state/store';
import { requestFullscreen } from './fullscreen';

/** Starts a briefing at its first step, or at `step` (1-based: the builder's "present from here"). */
export function startPresentation(briefingId: string, step = 1) {
  // Presentation mode works without full screen where it is refused.
  requestFullscreen();
  useUi.getState().setPresent(briefingId, step);
}
