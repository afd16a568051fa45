/**
 * What is under the pointer on the SVG map. The drawing order gives the priority the WebGL map
 * computes: names over layouts over regions, so the browser's own hit test finds the same target.
 */
import type { LayoutCollections } from '../layouts/layoutFeatures';
import type { MapTarget } from '../map/MapController';

/** The target of a pointer event on `el`: a region (its fill or its name), a layout element, or nothing. */
export function targetOf(el: Element | null, layouts: LayoutCollections | undefined): MapTarget | null {
  const hit = el?.closest<SVGElement>('[data-code], [data-element]');
  if (!hit) return null;
  const key = hit.dataset.element;
  if (key) {
    const f = layouts?.points.features.find((p) => p.properties.key === key) ?? layouts?.lines.features.find((p) => p.properties.key === key);
    return { type: 'element', key, name: { zh: f?.properties.name_zh ?? key, en: f?.properties.name_en ?? key } };
  }
  return { type: 'region', code: hit.dataset.code! };
}

/** The same target twice (hover then only re-renders when it changes). */
export const targetKey = (t: MapTarget | null) => (t ? (t.type === 'region' ? t.code : t.key) : null);
