/**
 * What the SVG map offers outside React: the handle the app frames it with (as it frames the
 * WebGL map), the "drawn" moment, and a typed handle for browser tests and the benchmark.
 */
import { useEffect, useRef, type MutableRefObject, type RefObject } from 'react';
import type { Bbox } from '../data/regions';
import type { RegionGeometry } from './paths';
import { toScreen } from './projection';
import { framePadding } from './framing';
import type { Viewport } from './useViewport';

export interface SvgMapHandle {
  /** Frames a box, leaving room on the right for the side panel (the same call as MapController.frame). */
  frame(bbox: Bbox, options: { animate: boolean; rightPadding: number }): Promise<void>;
}

/** Geographic point → page position, and the scale relative to the whole pack's view. */
export interface SvgMapTestHandle {
  project(lng: number, lat: number): { x: number; y: number };
  scale(): number;
}

interface HandleArgs {
  handleRef: MutableRefObject<SvgMapHandle | null>;
  wrap: RefObject<HTMLDivElement | null>;
  geometry: RegionGeometry;
  viewport: Viewport;
  onDrawn: (() => void) | undefined;
}

export function useSvgMapHandle({ handleRef, wrap, geometry, viewport, onDrawn }: HandleArgs) {
  const { frame, viewRef, baseK, size } = viewport;
  useEffect(() => {
    handleRef.current = {
      frame: async (bbox, options) => frame({ box: geometry.projection.box(bbox), padding: framePadding(options.rightPadding) }),
    };
    return () => {
      handleRef.current = null;
    };
  }, [handleRef, geometry, frame]);

  const drawnRef = useRef(onDrawn);
  useEffect(() => {
    if (!size || !drawnRef.current) return;
    const done = drawnRef.current;
    drawnRef.current = undefined;
    // In the frame that paints the regions (the counterpart of the WebGL map's first idle).
    requestAnimationFrame(() => {
      performance.mark('svg-map-drawn');
      done();
    });
  }, [size]);

  useEffect(() => {
    const handle: SvgMapTestHandle = {
      project: (lng, lat) => {
        const [x, y] = toScreen(viewRef.current, geometry.projection.project([lng, lat]));
        const rect = wrap.current!.getBoundingClientRect();
        return { x: rect.left + x, y: rect.top + y };
      },
      scale: () => viewRef.current.k / baseK,
    };
    const w = window as unknown as { __svgMap?: SvgMapTestHandle };
    w.__svgMap = handle;
    return () => void delete w.__svgMap;
  }, [geometry, baseK, viewRef, wrap]);
}
