/**
 * The map's progress colouring (issue 18): region fills by status from the map model's progress colours,
 * and back to the normal colours when it is turned off.
 */
import type * as maplibregl from 'maplibre-gl';
import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl';
import { PROGRESS_COLOURS, PROGRESS_NONE } from '../mapModel';
import { fillLayerId } from './layerStyle';
import { matchTable } from './expressions';

type Fill = DataDrivenPropertyValueSpecification<string>;

const LAYERS = ['prefectures', 'counties', 'newareas'] as const;
const original = new WeakMap<maplibregl.Map, Map<string, Fill>>();

export function applyProgressFill(map: maplibregl.Map, statuses: ReadonlyMap<string, string> | null) {
  const saved = original.get(map) ?? new Map<string, Fill>();
  original.set(map, saved);
  for (const layer of LAYERS) {
    const id = fillLayerId(layer);
    if (!map.getLayer(id)) continue;
    if (!saved.has(id)) saved.set(id, map.getPaintProperty(id, 'fill-color') as Fill);
    if (!statuses) {
      map.setPaintProperty(id, 'fill-color', saved.get(id));
      continue;
    }
    const entries = [...statuses].map(([code, status]) => [code, PROGRESS_COLOURS[status] ?? PROGRESS_NONE] as [string, string]);
    map.setPaintProperty(id, 'fill-color', entries.length ? (matchTable(['get', 'code'], entries, PROGRESS_NONE) as Fill) : PROGRESS_NONE);
  }
}
