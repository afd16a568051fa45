/**
 * What the SVG map offers outside React: its camera (the map model's MapCamera, as the WebGL map's
 * controller implements it), the "drawn" moment, and a typed handle for browser tests and the benchmark.
 */
import { useEffect, useRef, type MutableRefObject, type RefObject } from 'react';
import type { MapCamera, MapLook } from '../mapModel';
import type { RegionGeometry } from './paths';
import { scaleOfZoom, toScreen, zoomOfScale } from './projection';
import { exposeSvgTestHandle } from './testHandle';
import { framePadding } from './framing';
import type { Viewport } from './useViewport';

export type SvgMapHandle = MapCamera;

/** Geographic point → page position, and the scale relative to the whole pack's view (the SVG map's own; the shared handle is in testHandle.ts). */
export interface SvgMapTestHandle {
  project(lng: number, lat: number): { x: number; y: number };
  scale(): number;
}

interface HandleArgs {
  handleRef: MutableRefObject<SvgMapHandle | null>;
  wrap: RefObject<HTMLDivElement | null>;
  geometry: RegionGeometry;
  viewport: Viewport;
  setLook: (look: MapLook) => void;
  /** The look now: framing margins grow with the room scale, as the WebGL map's. */
  lookRef: RefObject<MapLook>;
  onDrawn: (() => void) | undefined;
}

/** Does a synchronous move now and reports it done, as the camera's promise; a throw rejects it, as from an async function. */
function settled(act: () => void): Promise<void> {
  return new Promise((resolve) => {
    act();
    resolve();
  });
}

export function useSvgMapHandle({ handleRef, wrap, geometry, viewport, setLook, lookRef, onDrawn }: HandleArgs) {
  const { frame, centreOn, measure, viewRef, baseK, size } = viewport;
  useEffect(() => {
    // Moves are instant: redrawing every boundary per animation frame is more than software rendering can do.
    handleRef.current = {
      frame: (bbox, options) =>
        settled(() =>
          frame({
            box: geometry.projection.box(bbox),
            padding: framePadding(lookRef.current, options.rightPadding, options.bottomPadding),
          }),
        ),
      goTo: (center, zoom) => settled(() => centreOn(geometry.projection.project(center), scaleOfZoom(geometry.projection, zoom))),
      resize: measure,
      snapshot: async (pixelRatio = 1) => {
        const { domToCanvas } = await import('modern-screenshot');
        return domToCanvas(wrap.current!, { scale: pixelRatio });
      },
      setLook: (look) => settled(() => setLook(look)),
    };
    return () => {
      handleRef.current = null;
    };
  }, [handleRef, geometry, frame, centreOn, measure, setLook, lookRef, wrap]);

  const drawnRef = useRef(onDrawn);
  useEffect(() => {
    if (!size || !drawnRef.current) return;
    const done = drawnRef.current;
    drawnRef.current = undefined;
    // In the frame that paints the regions (the counterpart of the WebGL map's first idle).
    requestAnimationFrame(() => {
      performance.mark('svg-map-drawn');
      // Names are drawn with the regions (the WebGL map marks the same once its names are in).
      performance.mark('map-first-drawn-with-names');
      done();
    });
  }, [size]);

  useEffect(() => {
    const project = (lng: number, lat: number) => {
      const [x, y] = toScreen(viewRef.current, geometry.projection.project([lng, lat]));
      const rect = wrap.current!.getBoundingClientRect();
      return { x: rect.left + x, y: rect.top + y };
    };
    const handle: SvgMapTestHandle = { project, scale: () => viewRef.current.k / baseK };
    const w = window as unknown as { __svgMap?: SvgMapTestHandle };
    w.__svgMap = handle;
    const hideShared = exposeSvgTestHandle({
      wrap: wrap.current!,
      project,
      zoom: () => zoomOfScale(geometry.projection, viewRef.current.k),
    });
    return () => {
      delete w.__svgMap;
      hideShared();
    };
  }, [geometry, baseK, viewRef, wrap]);
}
