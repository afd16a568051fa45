/**
 * Entering presentation mode from the header menu. Small and separate from the presentation's
 * runtime (usePresentation), which loads after the first map is drawn and applies the step.
 */
import { useUi } from '../state/store';
import { requestFullscreen } from './fullscreen';

export function startPresentation(briefingId: string) {
  // Presentation mode works without full screen where it is refused.
  requestFullscreen();
  useUi.getState().setPresent(briefingId, 1);
}
