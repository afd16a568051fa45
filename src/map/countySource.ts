/**
 * Which counties the map's county source holds. Counties are most of a pack's geometry (2,850 of a
 * national pack's 3,227 regions) but are drawn only under the displayed parents (Lishui's at the
 * top of the three-region pack, none at the top of a national one). Tiling the hidden ones before
 * the first frame was most of a national pack's load; they join the source at the first drill
 * that shows a county they hold. Pure: MapController applies it.
 */
import type { RegionFeatureCollection } from '../data/regions';

/** The counties whose parent is displayed, and whether that is all of them. */
export function countiesUnder(
  all: RegionFeatureCollection,
  parents: readonly string[],
): { collection: RegionFeatureCollection; complete: boolean } {
  const shown = new Set(parents);
  const features = all.features.filter((f) => f.properties.parent !== null && shown.has(f.properties.parent));
  return {
    collection: features.length === all.features.length ? all : { type: 'FeatureCollection', features },
    complete: features.length === all.features.length,
  };
}

/** True when displaying `parents` needs a county the partial source does not hold. */
export function needsAllCounties(all: RegionFeatureCollection, held: ReadonlySet<string>, parents: readonly string[]): boolean {
  const wanted = new Set(parents.filter((p) => !held.has(p)));
  return wanted.size > 0 && all.features.some((f) => f.properties.parent !== null && wanted.has(f.properties.parent));
}
