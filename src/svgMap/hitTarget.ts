/**
 * What is under the pointer on the SVG map, by the model's hit priority (pickTarget). The SVG's
 * drawing order (names over layouts over displayed regions over faint ones) already makes the
 * browser's top-most element the one pickTarget would choose, so that element is all it is given.
 */
import type { RegionData } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import { pickTarget, type MapTarget, type PointerHits } from '../mapModel';

export function targetOf(
  el: Element | null,
  data: RegionData,
  displayed: readonly string[],
  layouts: LayoutCollections | undefined,
): MapTarget | null {
  const hit = el?.closest<SVGElement>('[data-code], [data-element]');
  const hits: PointerHits = { labels: [], elements: [], regions: [] };
  const key = hit?.dataset.element;
  const code = hit?.dataset.code;
  if (key) {
    const f =
      layouts?.points.features.find((p) => p.properties.key === key) ?? layouts?.lines.features.find((p) => p.properties.key === key);
    hits.elements = [{ key, name: { zh: f?.properties.name_zh ?? key, en: f?.properties.name_en ?? key } }];
  } else if (code && hit.closest('.svg-map-labels')) hits.labels = [code];
  else if (code) hits.regions = [code];
  return pickTarget(hits, { isRegion: (c) => data.regions.has(c), isDisplayed: (c) => displayed.includes(c) });
}
