/**
 * The SVG map's side of the test handle (src/mapModel/testHandle.ts): answers from its elements
 * (`data-code` on regions and names, `data-element` on layout symbols), as drawn inside the map's box.
 */
import { exposeMapTestHandle, type MapTestHandle } from '../mapModel';
import { MATCH } from '../filter/matchStyle';
import { MATCH_NAMES } from './regionStyle';
import { OVERLAYS_PENDING } from '../ui/useOverlayBoxes';

interface SvgHandleArgs {
  wrap: HTMLDivElement;
  project: (lng: number, lat: number) => { x: number; y: number };
  zoom: () => number;
}

/** Drawn inside the map's box (names placed off screen or regions panned away are not "rendered"). */
function inView(el: Element, box: DOMRect): boolean {
  const r = el.getBoundingClientRect();
  return r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom && (r.width > 0 || r.height > 0);
}

/** Lit by the filter (the WebGL map's match state > 0): not "none" (no filter) nor "unmatched". */
const MATCHED = `.svg-map-region:not([data-match="${MATCH_NAMES[MATCH.none]}"]):not([data-match="${MATCH_NAMES[MATCH.unmatched]}"])`;

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];

export function exposeSvgTestHandle({ wrap, project, zoom }: SvgHandleArgs): () => void {
  const drawn = (selector: string) => {
    const box = wrap.getBoundingClientRect();
    return [...wrap.querySelectorAll(selector)].filter((el) => inView(el, box));
  };
  const handle: MapTestHandle = {
    project,
    // Moves are synchronous state changes: once the regions are painted, what React committed is what is drawn.
    isIdle: () =>
      performance.getEntriesByName('svg-map-drawn').length > 0 &&
      !!wrap.querySelector('.svg-map-region') &&
      !wrap.hasAttribute(OVERLAYS_PENDING),
    renderedLabels: () => drawn('.svg-map-labels text').map((el) => el.textContent ?? ''),
    renderedRegions: (filter) =>
      unique(
        filter === 'interpretation'
          ? drawn('[data-outline]').map((el) => el.getAttribute('data-outline'))
          : drawn(filter === 'matched' ? MATCHED : '.svg-map-region').map((el) => el.getAttribute('data-code')),
      ),
    renderedElements: () => unique(drawn('[data-element]').map((el) => el.getAttribute('data-element'))),
    namePoint: (code) => {
      const name = drawn('.svg-map-labels text').find((el) => el.getAttribute('data-code') === code);
      if (!name) return null;
      const r = name.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    labelsAt: (x, y, radius) =>
      drawn('.svg-map-labels text')
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left < x + radius && r.right > x - radius && r.top < y + radius && r.bottom > y - radius;
        })
        .map((el) => el.textContent ?? ''),
    elementPoint: (key) => {
      const symbol = drawn('.svg-map-symbol[data-element]').find((el) => el.getAttribute('data-element') === key);
      if (!symbol) return null;
      const r = symbol.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    zoom,
    paintProperty: () => undefined,
    nextIdle: () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))),
  };
  return exposeMapTestHandle(handle);
}
