/** The maplibre map itself: its options, controls and workers. */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './mapControls.css';
import type { Bbox } from '../data/regions';
import { baseStyle } from './layerStyle';
import { homePadding, roomLook } from '../mapModel';
import { markForExport } from './exportMarks';
import { checkScriptFile } from '../loading/watchLoading';
import { rootFontPx } from '../ui/rootFontPx';

maplibregl.setWorkerUrl(workerUrl);
// A worker the browser refuses (404, or served as application/octet-stream) leaves the map blank with no
// error: ask the server what it sends, so the app can say so and draw the SVG map instead.
void checkScriptFile(workerUrl, 'worker');
// Start the map's workers now, while the boundaries are still loading, not when the map is made.
maplibregl.prewarm();

export function newMap(container: HTMLElement, bbox: Bbox): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: baseStyle(),
    // A camera in the URL hash (`#zoom/lat/lng`) takes precedence over these bounds.
    bounds: bbox,
    // The model's margins for the whole pack, in the desk look of this screen (larger on a big screen).
    fitBoundsOptions: {
      padding: homePadding(roomLook(false, 'default', rootFontPx())),
    },
    hash: true,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxZoom: 12,
    minZoom: 2,
    // No label fade: on a projector a change should simply be there, and `idle` comes sooner.
    fadeDuration: 0,
    // Out-of-view tiles kept for one zoom level's worth, not five: every source is GeoJSON tiled
    // in the worker, so a tile dropped is cheap to make again, while five levels of a dozen
    // sources' tiles (buffers, feature indexes) grew the heap by a quarter over 500 selections.
    maxTileCacheZoomLevels: 1,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-left');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  markForExport(map);
  // The zoom buttons and scale bar stand over the map: region names keep from under them (useOverlayBoxes).
  map.getContainer().querySelector('.maplibregl-ctrl-bottom-left')?.setAttribute('data-map-overlay', '');
  return map;
}
