/** Camera moves on the maplibre map, by the model's framing rules. */
import type * as maplibregl from 'maplibre-gl';
import type { Bbox } from '../data/regions';
import { CAMERA_ANIMATION_MS, FRAME_MAX_ZOOM, framePadding, type FrameOptions, type MapLook } from '../mapModel';

const duration = (animate: boolean) => (animate ? CAMERA_ANIMATION_MS : 0);

export function goTo(map: maplibregl.Map, center: [number, number], zoom: number, options: { animate: boolean }) {
  map.easeTo({ center, zoom, duration: duration(options.animate) });
}

/** Frames a box with room for the panel and the layout symbols that stand beside their regions (more in a room). */
export function frame(map: maplibregl.Map, bbox: Bbox, options: FrameOptions, look: MapLook) {
  map.fitBounds(bbox, { padding: framePadding(look, options), duration: duration(options.animate), maxZoom: FRAME_MAX_ZOOM });
}
