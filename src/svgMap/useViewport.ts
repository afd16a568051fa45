/**
 * The SVG map's viewport: its size on screen and the view (scale and offset) of the world square.
 * d3-zoom owns the gestures (wheel, drag, touch, pinch) and keeps the transform; framing and the
 * zoom buttons set that same transform, so every way of moving the map ends in one place.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { fitView, type Padding, type Point, type View, type WorldBox } from './projection';

export interface Size {
  width: number;
  height: number;
}

export interface Framing {
  box: WorldBox;
  padding: Padding;
}

/** Its functions are plain closures (arrow-function members): they may be passed around unbound. */
export interface Viewport {
  /** null until the element is measured */
  size: Size | null;
  view: View;
  /** The latest view, for event handlers and handles that outlive a render. */
  viewRef: RefObject<View>;
  /** The scale that fits the whole pack: zoom limits and the test handle's scale are relative to it. */
  baseK: number;
  /** Frames a box now and after any resize, until the user moves the map. */
  frame: (framing: Framing) => void;
  /** Zooms about the centre, as the + and − buttons do. */
  zoomBy: (factor: number) => void;
  /** Centres a world point at scale k (until the next framing or move). */
  centreOn: (point: Point, k: number) => void;
  /** Measures the element again now, after a layout change. */
  measure: () => void;
}

/** Relative to the view of the whole pack: framing stops at 24× (about the WebGL map's maxZoom 9), zooming at 64×. */
const FRAME_MAX = 24;
const ZOOM_MIN = 0.5;
const ZOOM_MAX = 64;
/** Pointer travel (px) above which a press is a drag, not a click. */
const DRAG_PX = 4;

type Zoom = ZoomBehavior<HTMLDivElement, unknown>;

/**
 * `home` is the box of the whole pack (world units), `initial` the first framing.
 * Gestures that start on `.svg-map-zoom` (the buttons) are left to the buttons.
 */
export function useViewport(
  wrap: RefObject<HTMLDivElement | null>,
  home: WorldBox,
  homePadding: Padding,
  initial: () => Framing,
): Viewport {
  const [size, measure] = useElementSize(wrap);
  const [framing, setFraming] = useState<Framing>(initial);
  const [view, setView] = useState<View>({ k: 1, tx: 0, ty: 0 });
  const viewRef = useRef(view);
  // The committed view, for handlers and handles; written in the commit (before the effects that follow), not during render.
  useLayoutEffect(() => {
    viewRef.current = view;
  });
  // True while the view is the framing's (moved by nobody since): a resize then frames again.
  const framed = useRef(true);
  const behaviour = useRef<Zoom | null>(null);
  // The element d3-zoom is attached to (wrap's), for the callbacks below: a ref of this hook's own, which they need not depend on.
  const zoomed = useRef<HTMLDivElement | null>(null);

  useLayoutEffect(() => {
    const el = wrap.current!;
    const z: Zoom = zoom<HTMLDivElement, unknown>()
      .filter((e: Event) => {
        const mouse = e as MouseEvent;
        const onButtons = e.target instanceof Element && !!e.target.closest('.svg-map-zoom');
        return (!mouse.ctrlKey || e.type === 'wheel') && !mouse.button && !onButtons;
      })
      .clickDistance(DRAG_PX)
      .on('zoom', (e: D3ZoomEvent<HTMLDivElement, unknown>) => {
        if (e.sourceEvent) framed.current = false;
        const t = e.transform;
        setView((v) => (v.k === t.k && v.tx === t.x && v.ty === t.y ? v : { k: t.k, tx: t.x, ty: t.y }));
      });
    const selection = select(el).call(z);
    // A double click or tap selects a region, as it always has; it does not zoom.
    selection.on('dblclick.zoom', null);
    behaviour.current = z;
    zoomed.current = el;
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
      zoomed.current = null;
    };
  }, [wrap]);

  const baseK = useMemo(() => (size ? fitView(home, size, homePadding).k : 1), [size, home, homePadding]);
  useLayoutEffect(() => void behaviour.current?.scaleExtent([baseK * ZOOM_MIN, baseK * ZOOM_MAX]), [baseK]);

  useLayoutEffect(() => {
    const z = behaviour.current;
    if (!size || !z || !framed.current) return;
    const v = fitView(framing.box, size, framing.padding, baseK * FRAME_MAX);
    z.transform(select(wrap.current!), zoomIdentity.translate(v.tx, v.ty).scale(v.k));
  }, [framing, size, baseK, wrap]);

  const frame = useCallback((next: Framing) => {
    framed.current = true;
    setFraming(next);
  }, []);
  const zoomBy = useCallback(
    (factor: number) => {
      if (!size || !behaviour.current) return;
      framed.current = false;
      behaviour.current.scaleBy(select(zoomed.current!), factor, [size.width / 2, size.height / 2]);
    },
    [size],
  );
  const centreOn = useCallback(
    ([x, y]: Point, k: number) => {
      if (!size || !behaviour.current) return;
      framed.current = false;
      behaviour.current.transform(
        select(zoomed.current!),
        zoomIdentity.translate(size.width / 2 - x * k, size.height / 2 - y * k).scale(k),
      );
    },
    [size],
  );
  return { size, view, viewRef, baseK, frame, zoomBy, centreOn, measure };
}

function useElementSize(ref: RefObject<HTMLElement | null>): [Size | null, () => void] {
  const [size, setSize] = useState<Size | null>(null);
  const measure = useCallback(() => {
    const el = ref.current;
    if (el)
      setSize((s) =>
        s && s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth, height: el.clientHeight },
      );
  }, [ref]);
  useLayoutEffect(() => {
    const el = ref.current!;
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, measure]);
  return [size, measure];
}
