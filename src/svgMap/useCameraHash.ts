/**
 * The camera in the link (`#zoom/lat/lng`, as the WebGL map writes it): a shared link's camera is
 * where the SVG map opens, and every move is written back (replaced, a moment after it ends).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { CameraPosition } from '../state/url';
import { replaceCamera } from '../state/link';
import type { RegionGeometry } from './paths';
import { scaleOfZoom, zoomOfScale } from './projection';
import type { Viewport } from './useViewport';

const WRITE_AFTER_MS = 250;

export function useCameraHash(geometry: RegionGeometry, viewport: Viewport, initial: CameraPosition | null) {
  const { size, view, centreOn } = viewport;
  const opened = useRef(false);
  useLayoutEffect(() => {
    if (opened.current || !size || !initial) return;
    opened.current = true;
    centreOn(geometry.projection.project(initial.center), scaleOfZoom(geometry.projection, initial.zoom));
  }, [size, initial, geometry, centreOn]);

  useEffect(() => {
    if (!size) return;
    const timer = setTimeout(() => {
      const centre = geometry.projection.invert([(size.width / 2 - view.tx) / view.k, (size.height / 2 - view.ty) / view.k]);
      replaceCamera({ zoom: zoomOfScale(geometry.projection, view.k), center: centre });
    }, WRITE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [view, size, geometry]);
}
