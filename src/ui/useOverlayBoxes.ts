/**
 * Where what stands over the map is — the breadcrumb, the zoom buttons, the filter's key, notices,
 * the open panel, a step's figure cards: what is marked `data-map-overlay` in the map's stage (`data-map-overlay="children"`: each
 * of its children, as notices come and go in one list) — as boxes in the map's pixels, so the name
 * placement keeps names from under them, on either map (`wrap`: the map's own box, a child of the
 * stage). Measured again when one appears, goes or changes size, or the map does (`size`); not on the
 * map's own redrawing (only the stage's direct children are watched).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { whenIdle } from '../data/whenIdle';

/** [left, top, right, bottom] in the map's pixels: the map model's Box (ui stays below mapModel in the folder order). */
type Box = readonly [number, number, number, number];

const NONE: Box[] = [];
/**
 * On the map's box while a measure is due, until the names are placed for it: the maps' test handles
 * are not idle meanwhile (a name may still move off a control that just appeared).
 */
export const OVERLAYS_PENDING = 'data-overlays-pending';
const same = (a: readonly Box[], b: readonly Box[]) => a.length === b.length && a.every((box, i) => box.every((v, j) => v === b[i][j]));

export function useOverlayBoxes(wrap: RefObject<HTMLElement | null>, size: unknown): Box[] {
  const [boxes, setBoxes] = useState<Box[]>(NONE);
  const current = useRef<Box[]>(NONE);
  useEffect(() => {
    const map = wrap.current;
    const stage = map?.parentElement;
    if (!map || !stage || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const origin = map.getBoundingClientRect();
      const marked = [...stage.querySelectorAll('[data-map-overlay]')];
      const next = marked
        .flatMap((el) => (el.getAttribute('data-map-overlay') === 'children' ? [...el.children] : [el]))
        .flatMap((el): Box[] => {
          const r = el.getBoundingClientRect();
          if (!r.width || !r.height) return [];
          return [
            [
              Math.round(r.left - origin.left),
              Math.round(r.top - origin.top),
              Math.round(r.right - origin.left),
              Math.round(r.bottom - origin.top),
            ],
          ];
        });
      if (same(current.current, next)) map.removeAttribute(OVERLAYS_PENDING);
      else setBoxes((current.current = next));
    };
    // Measured when the page is idle: a panel's opening is not held up by a layout read and a second placement.
    let cancel = () => {};
    const measureSoon = () => {
      map.setAttribute(OVERLAYS_PENDING, '');
      cancel();
      cancel = whenIdle(measure);
    };
    const resized = new ResizeObserver(measureSoon);
    const watch = () => stage.querySelectorAll('[data-map-overlay]').forEach((el) => resized.observe(el));
    const changed = new MutationObserver(() => {
      watch();
      measureSoon();
    });
    changed.observe(stage, { childList: true });
    watch();
    measure();
    return () => {
      cancel();
      map.removeAttribute(OVERLAYS_PENDING);
      resized.disconnect();
      changed.disconnect();
    };
  }, [wrap, size]);
  // New boxes reach the name placement in this commit's effects (the caller's come after this one).
  useEffect(() => wrap.current?.removeAttribute(OVERLAYS_PENDING), [wrap, boxes]);
  return boxes;
}
