import { useLayoutEffect, type RefObject } from 'react';

/** Room (px) kept between a box and the edge it would cross. */
const EDGE_PX = 6;

/** The part of the screen a box inside `el` can be seen in: the window, cut by every scrolling or clipping ancestor. */
function visibleArea(el: HTMLElement) {
  let area = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  for (let node = el.parentElement; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const r = node.getBoundingClientRect();
    area = {
      left: Math.max(area.left, r.left),
      top: Math.max(area.top, r.top),
      right: Math.min(area.right, r.right),
      bottom: Math.min(area.bottom, r.bottom),
    };
  }
  return area;
}

/**
 * Keeps an open popover (a figure's source box) inside what can be seen of it: shifted sideways off the panel's
 * edge or the screen's, and opened above its button when there is no room below (issue 17: source boxes clipped
 * by the panel or running off screen). Its width is capped by the stylesheet to the space there is.
 */
export function useKeepInView(ref: RefObject<HTMLElement | null>, open: boolean) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!open || !el) return;
    place(el);
    // The quote's translation may arrive after the box opened, and make it taller.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => place(el));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, open]);
}

/** Puts the box where it can be seen: below its button or above it, shifted sideways as needed. */
function place(el: HTMLElement) {
  el.style.translate = '';
  delete el.dataset.above;
  const area = visibleArea(el);
  let box = el.getBoundingClientRect();
  const anchorTop = el.parentElement?.getBoundingClientRect().top ?? box.top;
  const roomAbove = anchorTop - area.top - EDGE_PX;
  // Figure cards open theirs above already (present.css).
  if (box.bottom > area.bottom - EDGE_PX && roomAbove > box.height && !el.closest('.figure-card')) {
    el.dataset.above = '';
    box = el.getBoundingClientRect();
  }
  let dx = 0;
  if (box.right > area.right - EDGE_PX) dx = area.right - EDGE_PX - box.right;
  if (box.left + dx < area.left + EDGE_PX) dx = area.left + EDGE_PX - box.left;
  if (dx) el.style.translate = `${Math.round(dx)}px 0`;
}
