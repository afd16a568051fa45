import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * Marks what a picture export reads (src/ui/picture.ts), so export never names maplibre's
 * classes: the WebGL canvas, which the map's snapshot replaces, and the zoom buttons and scale
 * bar, which a picture leaves out.
 */
export function markForExport(map: MaplibreMap): void {
  map.getCanvas().setAttribute('data-export', 'map-canvas');
  map.getContainer().querySelector('.maplibregl-control-container')?.setAttribute('data-export', 'omit');
}
