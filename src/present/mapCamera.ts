/**
 * What framing and presentation need of whichever map is drawn: the WebGL map's controller, or
 * the SVG map's handle (frame only). The one local definition until the renderer-neutral
 * `MapCamera` of src/mapModel replaces it.
 */
import type { MapController } from '../map/MapController';

export type MapCamera = Pick<MapController, 'frame'> & Partial<Pick<MapController, 'goTo' | 'resize'>>;
