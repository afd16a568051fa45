/** Small typed steps on a map's sources and layers, shared by the layer modules. */
import type * as maplibregl from 'maplibre-gl';

export function geojsonSource(map: maplibregl.Map, id: string): maplibregl.GeoJSONSource {
  return map.getSource(id) as maplibregl.GeoJSONSource;
}

export interface LayerUpdateLike {
  id: string;
  filter?: unknown;
  paint: Record<string, unknown>;
  layout: Record<string, unknown>;
}

/** Applies paint and layout values (and a filter, when given) to layers present; unchanged values are no-ops inside maplibre. */
export function applyLayerUpdates(map: maplibregl.Map, updates: readonly LayerUpdateLike[], options: { filters?: boolean } = {}) {
  for (const update of updates) {
    if (!map.getLayer(update.id)) continue;
    if (options.filters) map.setFilter(update.id, update.filter as maplibregl.FilterSpecification | undefined);
    for (const [name, value] of Object.entries(update.paint)) map.setPaintProperty(update.id, name as never, value as never);
    for (const [name, value] of Object.entries(update.layout)) map.setLayoutProperty(update.id, name as never, value as never);
  }
}
