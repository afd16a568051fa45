/** The WebGL map's side of the test handle (src/mapModel/testHandle.ts): answers from maplibre's rendered features. */
import type * as maplibregl from 'maplibre-gl';
import { MATCH } from '../filter/matchStyle';
import { INTERACTIVE_LAYERS, INTERPRETATION_OUTLINE_LAYERS, LABEL_LAYER_ID, fillLayerId } from './layerStyle';
import { LAYOUT_ELEMENT_LAYERS, LAYOUT_POINT_LAYER } from './layoutStyle';
import { exposeMapTestHandle, type MapTestHandle } from '../mapModel';
import { OVERLAYS_PENDING } from '../ui/useOverlayBoxes';

/** `nameAt`: where the controller's last name placement put a region's name, on the canvas. */
export function exposeTestHandle(map: maplibregl.Map, nameAt: (code: string) => { x: number; y: number } | null) {
  const rendered = (layers: readonly string[]) => {
    const present = layers.filter((id) => map.getLayer(id));
    return present.length ? map.queryRenderedFeatures({ layers: present }) : [];
  };
  const toPage = (p: { x: number; y: number }, offset: readonly [number, number] = [0, 0]) => {
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x + offset[0], y: rect.top + p.y + offset[1] };
  };
  const handle: MapTestHandle = {
    project: (lng, lat) => toPage(map.project([lng, lat])),
    isIdle: () =>
      map.loaded() &&
      !map.isMoving() &&
      map.areTilesLoaded() &&
      !!map.getLayer(LABEL_LAYER_ID) &&
      !map.getContainer().parentElement?.hasAttribute(OVERLAYS_PENDING),
    renderedLabels: () => rendered([LABEL_LAYER_ID]).map((f) => String(f.properties[labelKey(map)])),
    renderedRegions: (filter) => {
      const hits =
        filter === 'interpretation'
          ? rendered(INTERPRETATION_OUTLINE_LAYERS).filter((f) => f.state.match === MATCH.interpretation)
          : rendered(INTERACTIVE_LAYERS.map(fillLayerId)).filter((f) => (filter === 'matched' ? Number(f.state.match ?? 0) > 0 : true));
      return [...new Set(hits.map((f) => String(f.properties.code)))];
    },
    renderedElements: () => [...new Set(rendered(LAYOUT_ELEMENT_LAYERS).map((f) => String(f.properties.key)))],
    // Where the placement put the name, if maplibre draws it there.
    namePoint: (code) => {
      const at = map.getLayer(LABEL_LAYER_ID) ? nameAt(code) : null;
      const drawn =
        at && map.queryRenderedFeatures([at.x, at.y], { layers: [LABEL_LAYER_ID] }).some((f) => String(f.properties.code) === code);
      return drawn ? toPage(at) : null;
    },
    labelsAt: (x, y, radius) => {
      if (!map.getLayer(LABEL_LAYER_ID)) return [];
      const rect = map.getCanvas().getBoundingClientRect();
      const [cx, cy] = [x - rect.left, y - rect.top];
      const box: [[number, number], [number, number]] = [
        [cx - radius, cy - radius],
        [cx + radius, cy + radius],
      ];
      return map.queryRenderedFeatures(box, { layers: [LABEL_LAYER_ID] }).map((f) => String(f.properties[labelKey(map)]));
    },
    elementPoint: (key) => {
      const f = rendered([LAYOUT_POINT_LAYER]).find((feature) => feature.properties.key === key);
      if (!f || f.geometry.type !== 'Point') return null;
      const raw = f.properties.offset as unknown;
      const offset = (Array.isArray(raw) ? raw : JSON.parse(typeof raw === 'string' ? raw : '[0,0]')) as [number, number];
      return toPage(map.project(f.geometry.coordinates as [number, number]), offset);
    },
    zoom: () => map.getZoom(),
    paintProperty: (layer, name) => (map.getLayer(layer) ? map.getPaintProperty(layer, name as never) : undefined),
    nextIdle: () => new Promise<number>((resolve) => map.once('idle', () => resolve(performance.now()))),
  };
  exposeMapTestHandle(handle);
}

function labelKey(map: maplibregl.Map): string {
  const field = map.getLayoutProperty(LABEL_LAYER_ID, 'text-field') as unknown;
  return Array.isArray(field) ? String(field[1]) : 'name_zh';
}
