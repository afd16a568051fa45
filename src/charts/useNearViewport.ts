import { useLayoutEffect, useState, type RefObject } from 'react';
import { requestDrawTurn } from './drawTurns';

/** How far below the visible panel a chart starts drawing, so scrolling rarely meets a blank. */
const AHEAD_PX = 400;

/**
 * True once the element is within reach of the viewport and has had its turn to draw. A panel
 * can hold a dozen charts and drawing them all would delay the first ones: the first chart in
 * view draws before the first paint (checked in a layout effect), the others in view and just
 * below it one per frame after it (`requestDrawTurn`), the rest as they are scrolled to, and all
 * of them at once before printing.
 */
export function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useLayoutEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    let cancelTurn: (() => void) | null = null;
    const ask = () => {
      if (!cancelTurn) cancelTurn = requestDrawTurn(() => setNear(true));
    };
    // A chart in a closed panel section (src/plans/PanelSection.tsx) has no box: it waits until the section opens.
    const inView = el.getClientRects().length > 0 && el.getBoundingClientRect().top < window.innerHeight;
    const observer = inView
      ? null
      : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && ask(), { rootMargin: `0px 0px ${AHEAD_PX}px 0px` });
    if (observer) observer.observe(el);
    else ask();
    const all = () => setNear(true);
    window.addEventListener('beforeprint', all);
    return () => {
      observer?.disconnect();
      cancelTurn?.();
      window.removeEventListener('beforeprint', all);
    };
  }, [ref, near]);
  return near;
}
