/** The plans' layouts on the map: their sources, images and layers, restyled as the view changes. */
import type * as maplibregl from 'maplibre-gl';
import type { Lang } from '../i18n/strings';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import { DESK_LOOK, elementLabelProps, type LayoutView, type MapLook } from '../mapModel';
import { LAYOUT_SOURCES, layoutLayers, layoutViewUpdates } from './layoutStyle';
import { layoutImages, missingLayoutImage, type LayoutImage } from './layoutImages';
import { LABEL_LAYER_ID } from './layerStyle';
import { applyLayerUpdates, geojsonSource } from './layerUpdates';

export class LayoutLayers {
  private view: LayoutView = { hiddenPlans: [], selectedElement: null };
  private lang: Lang;
  private look: MapLook = DESK_LOOK;
  private added = false;
  private collections: LayoutCollections | null = null;
  /** element key → feature id (for feature-state) */
  ids: ReadonlyMap<string, number> = new Map();

  constructor(
    private readonly map: maplibregl.Map,
    lang: Lang,
  ) {
    this.lang = lang;
    // Plans from data packs have no prepared icons: draw theirs when first asked for.
    map.setMissingStyleImageResolver((id) => {
      const image = missingLayoutImage(id);
      if (image) this.addImage({ name: id, ...image });
    });
  }

  get isAdded() {
    return this.added;
  }

  /** The layouts on the map (null before the first) and how they are shown: the region names keep off them. */
  get shown() {
    return { layouts: this.collections, layoutView: this.view };
  }

  /** Adds the plans' layouts once (under the region names, which win label collisions); later data replaces the sources' data. */
  async setLayouts(layouts: LayoutCollections) {
    this.ids = layouts.ids;
    this.collections = layouts;
    if (this.added) {
      await Promise.all([
        geojsonSource(this.map, LAYOUT_SOURCES.points).setData(withNames(layouts.points)),
        geojsonSource(this.map, LAYOUT_SOURCES.lines).setData(layouts.lines),
        geojsonSource(this.map, LAYOUT_SOURCES.areas).setData(layouts.areas),
      ]);
      return;
    }
    for (const image of layoutImages()) this.addImage(image);
    this.map.addSource(LAYOUT_SOURCES.areas, { type: 'geojson', data: layouts.areas });
    this.map.addSource(LAYOUT_SOURCES.lines, { type: 'geojson', data: layouts.lines });
    this.map.addSource(LAYOUT_SOURCES.points, { type: 'geojson', data: withNames(layouts.points) });
    // All below the region names: maplibre places the top-most layer first, so the region names are
    // placed before the symbols and the belts' keep-out marks and never give way to them (PLACEMENT_ORDER).
    for (const spec of layoutLayers(this.view, this.lang, this.look)) this.map.addLayer(spec, LABEL_LAYER_ID);
    this.added = true;
    this.map.once('idle', () => performance.mark('map-layouts-drawn'));
  }

  setView(view: LayoutView) {
    this.view = view;
    this.apply();
  }

  setLang(lang: Lang) {
    this.lang = lang;
    this.apply();
  }

  setLook(look: MapLook) {
    this.look = look;
    this.apply();
  }

  private apply() {
    if (this.added) applyLayerUpdates(this.map, layoutViewUpdates(this.view, this.lang, this.look), { filters: true });
  }

  private addImage(image: LayoutImage) {
    if (!this.map.hasImage(image.name)) this.map.addImage(image.name, image.draw(), { pixelRatio: image.pixelRatio });
  }
}

/** The points with their names broken into lines by the model, in both languages. */
function withNames(points: LayoutCollections['points']): LayoutCollections['points'] {
  return {
    ...points,
    features: points.features.map((f) => ({ ...f, properties: { ...f.properties, ...elementLabelProps(f.properties) } })),
  };
}
