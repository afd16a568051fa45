import { useEffect, useLayoutEffect, useRef } from 'react';
import { useUi } from '../state/store';
import { isEnterKey, isTyping, keyAction, type PresentAction } from './keys';

interface Args {
  blank: boolean;
  unblank: () => void;
  act: (action: PresentAction) => void;
  /** Enter outside a presentation starts the first briefing (when the index is in). */
  startFirst: (() => void) | null;
  /** Leaving the browser's full screen (its own Esc). */
  onFullscreenLeft: () => void;
}

/**
 * The clicker's keys, and the browser's full screen: listened to in the capture phase, so the
 * map's own arrow-key panning never sees them. While the screen is blanked any key brings it back
 * and does nothing else.
 */
export function useClickerKeys({ blank, unblank, act, startFirst, onFullscreenLeft }: Args) {
  const blankRef = useRef(blank);
  // Current for key presses; written after each commit, not during render.
  useLayoutEffect(() => {
    blankRef.current = blank;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Keys typed into a field, or read in the source reader (scrolling, Esc to close it), are not the clicker's.
      if (isTyping(e.target) || useUi.getState().source) return;
      if (!useUi.getState().present) {
        if (isEnterKey(e) && startFirst) {
          e.preventDefault();
          startFirst();
        }
        return;
      }
      if (blankRef.current) {
        if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
        e.preventDefault();
        e.stopPropagation();
        unblank();
        return;
      }
      const action = keyAction(e);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      act(action);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [act, startFirst, unblank]);

  useEffect(() => {
    let wasFull = false;
    const onChange = () => {
      if (document.fullscreenElement) wasFull = true;
      else if (wasFull && useUi.getState().present) onFullscreenLeft();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [onFullscreenLeft]);
}
