/** What lies under the pointer on the map, handed to the model's hit priority. */
import type * as maplibregl from 'maplibre-gl';
import { ELEMENT_HIT_TOLERANCE_PX, pickTarget, type HitScope, type MapTarget, type PointerHits } from '../mapModel';
import { INTERACTIVE_LAYERS, LABEL_LAYER_ID, fillLayerId } from './layerStyle';
import { LAYOUT_CLICKABLE_LAYERS, LAYOUT_NAME_LAYER, LAYOUT_POINT_LAYER } from './layoutStyle';

const LAYOUT_LINE_HIT_LAYERS = LAYOUT_CLICKABLE_LAYERS.filter((id) => id !== LAYOUT_POINT_LAYER && id !== LAYOUT_NAME_LAYER);

/** Each list is queried only when the hit priority asks for it: most pointer moves stop at the first. */
export function pointerHits(map: maplibregl.Map, point: maplibregl.Point, withLayouts: boolean): PointerHits {
  const codes = (features: maplibregl.MapGeoJSONFeature[]) => features.map((f) => String(f.properties.code));
  const t = ELEMENT_HIT_TOLERANCE_PX;
  const box: [maplibregl.PointLike, maplibregl.PointLike] = [
    [point.x - t, point.y - t],
    [point.x + t, point.y + t],
  ];
  const labels = once(() => (map.getLayer(LABEL_LAYER_ID) ? codes(map.queryRenderedFeatures(point, { layers: [LABEL_LAYER_ID] })) : []));
  // Lines (thin) within the tolerance; a symbol or an element's name only right under the pointer, as
  // drawn (as on the SVG map): a symbol is a 24 px mark, and grouped symbols stand close together.
  const elements = once(() => {
    if (!withLayouts) return [];
    const found = [
      ...map.queryRenderedFeatures(point, { layers: [LAYOUT_POINT_LAYER, LAYOUT_NAME_LAYER] }),
      ...map.queryRenderedFeatures(box, { layers: [...LAYOUT_LINE_HIT_LAYERS] }),
    ];
    return found.map((f) => ({
      key: String(f.properties.key),
      name: { zh: String(f.properties.name_zh), en: String(f.properties.name_en) },
    }));
  });
  const regions = once(() => codes(map.queryRenderedFeatures(point, { layers: INTERACTIVE_LAYERS.map(fillLayerId) })));
  return {
    get labels() {
      return labels();
    },
    get elements() {
      return elements();
    },
    get regions() {
      return regions();
    },
  };
}

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/** The target at a point, or null before the regions are on the map. */
export function targetAt(map: maplibregl.Map, point: maplibregl.Point, withLayouts: boolean, scope: HitScope): MapTarget | null {
  if (!map.getLayer(fillLayerId('prefectures'))) return null;
  return pickTarget(pointerHits(map, point, withLayouts), scope);
}
