import { useLayoutEffect, useState, type RefObject } from 'react';

/** How far below the visible panel a chart starts drawing, so scrolling rarely meets a blank. */
const AHEAD_PX = 400;

/**
 * True once the element is within reach of the viewport. A panel can hold a dozen charts and
 * drawing them all would delay the first ones; charts in view draw before the first paint
 * (checked in a layout effect), those just below it a frame later, the rest as they are
 * scrolled to, and all of them before printing.
 */
export function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useLayoutEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    if (el.getBoundingClientRect().top < window.innerHeight) return setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: `0px 0px ${AHEAD_PX}px 0px`,
    });
    observer.observe(el);
    const all = () => setNear(true);
    window.addEventListener('beforeprint', all);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', all);
    };
  }, [ref, near]);
  return near;
}
