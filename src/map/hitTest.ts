/** What lies under the pointer on the map, handed to the model's hit priority. */
import type * as maplibregl from 'maplibre-gl';
import { ELEMENT_HIT_TOLERANCE_PX, pickTarget, type HitScope, type MapTarget, type PointerHits } from '../mapModel';
import { INTERACTIVE_LAYERS, LABEL_LAYER_ID, fillLayerId } from './layerStyle';
import { LAYOUT_CLICKABLE_LAYERS, LAYOUT_NAME_LAYER } from './layoutStyle';

/** Each list is queried only when the hit priority asks for it: most pointer moves stop at the first. */
export function pointerHits(map: maplibregl.Map, point: maplibregl.Point, withLayouts: boolean): PointerHits {
  const codes = (features: maplibregl.MapGeoJSONFeature[]) => features.map((f) => String(f.properties.code));
  const t = ELEMENT_HIT_TOLERANCE_PX;
  const box: [maplibregl.PointLike, maplibregl.PointLike] = [
    [point.x - t, point.y - t],
    [point.x + t, point.y + t],
  ];
  const labels = once(() => (map.getLayer(LABEL_LAYER_ID) ? codes(map.queryRenderedFeatures(point, { layers: [LABEL_LAYER_ID] })) : []));
  // Symbols and lines within the tolerance (thin marks); an element's name only right under the pointer:
  // a name is a large box, and a click beside it in a region's interior means the region.
  const elements = once(() => {
    if (!withLayouts) return [];
    const near = map.queryRenderedFeatures(box, { layers: [...LAYOUT_CLICKABLE_LAYERS] });
    const isName = (f: maplibregl.MapGeoJSONFeature) => f.layer.id === LAYOUT_NAME_LAYER;
    const named = near.some(isName)
      ? new Set(map.queryRenderedFeatures(point, { layers: [LAYOUT_NAME_LAYER] }).map((f) => String(f.properties.key)))
      : new Set<string>();
    return near
      .filter((f) => !isName(f) || named.has(String(f.properties.key)))
      .map((f) => ({
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
