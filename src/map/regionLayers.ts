/**
 * The region sources and layers on the map: adding them, new region data, the drill scope
 * (fill opacity, which counties are drawn and named), the selection outline, names and look.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Lang } from '../i18n/strings';
import { REGION_LAYERS, type RegionData, type RegionLayer } from '../data/regions';
import { DESK_LOOK, REGION_DRAW_ORDER, smoothOutline, type MapLook } from '../mapModel';
import {
  LABEL_LAYER_ID,
  LABEL_SOURCE_ID,
  SCOPED_LAYER_IDS,
  SELECTION_SOURCE_ID,
  fillLayerId,
  labelField,
  labelLayer,
  regionLayers,
  scopeUpdates,
} from './layerStyle';
import { labelLookUpdate, regionLookUpdates } from './mapLook';
import { countiesUnder, needsAllCounties } from './countySource';
import { applyLayerUpdates, geojsonSource } from './layerUpdates';
import { shownNamesFilter, textOffsetValue, type NamePlacement } from './nameOffsets';

export type FeatureRef = { source: RegionLayer; id: number };

export class RegionLayers {
  private data: RegionData;
  private parents: readonly string[];
  private lang: Lang;
  private look: MapLook = DESK_LOOK;
  /** Each selectable region's feature, for the selection outline without scanning the layers. */
  private featureByCode: Map<string, Feature>;
  /** Parents whose counties the county source holds; null once it holds them all. */
  private countyParentsHeld: Set<string> | null = null;
  /** The sources and layers are on the map: scope, language and look changes apply at once, not only at `add`. */
  private added = false;
  /** The names' filter (shown codes) and text-offset as last set (JSON), so that unchanged ones are not set again. */
  private shownNamesKey = '';
  private nameOffsetsKey = '[0,0]';

  constructor(
    private readonly map: maplibregl.Map,
    init: { data: RegionData; parents: readonly string[]; lang: Lang },
  ) {
    this.data = init.data;
    this.parents = init.parents;
    this.lang = init.lang;
    this.featureByCode = featuresByCode(init.data);
  }

  get displayedParents() {
    return this.parents;
  }

  get regionData() {
    return this.data;
  }

  get language() {
    return this.lang;
  }

  /** Sources and layers of the regions (at the map's `load`); counties only under the displayed parents for now. */
  add() {
    const counties = countiesUnder(this.data.layers.counties, this.parents);
    this.countyParentsHeld = counties.complete ? null : new Set(this.parents);
    for (const layer of REGION_LAYERS) {
      this.map.addSource(layer, { type: 'geojson', data: layer === 'counties' ? counties.collection : this.data.layers[layer] });
    }
    this.map.addSource(LABEL_SOURCE_ID, { type: 'geojson', data: labelPoints(this.data) });
    this.map.addSource(SELECTION_SOURCE_ID, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const spec of regionLayers(this.parents, this.look)) this.map.addLayer(spec);
    // The ground is in the base style, made before any look was set.
    applyLayerUpdates(this.map, regionLookUpdates(this.look));
    this.added = true;
  }

  /** The names, once the regions are first drawn. */
  addLabels() {
    this.map.addLayer(labelLayer(this.parents, this.lang, this.look));
  }

  hasLabels() {
    return !!this.map.getLayer(LABEL_LAYER_ID);
  }

  /** The model's names and their moves off the layout's marks (nameOffsets.ts); set only when changed, as a change re-lays the names. */
  setNamePlacement({ shown, offsets }: NamePlacement) {
    if (!this.hasLabels()) return;
    const filter = JSON.stringify(shown);
    if (filter !== this.shownNamesKey) this.map.setFilter(LABEL_LAYER_ID, shownNamesFilter(shown));
    this.shownNamesKey = filter;
    const offset = textOffsetValue(offsets);
    const key = JSON.stringify(offset);
    if (key !== this.nameOffsetsKey) this.map.setLayoutProperty(LABEL_LAYER_ID, 'text-offset', offset);
    this.nameOffsetsKey = key;
  }

  isRegion(code: string) {
    return this.data.regions.has(code);
  }

  featureRef(code: string): FeatureRef | null {
    const region = this.data.regions.get(code);
    return region ? { source: region.layer, id: Number(code) } : null;
  }

  /** Region data changes in place (a data pack added or removed); the sources take it once added. */
  setData(data: RegionData) {
    this.data = data;
    this.featureByCode = featuresByCode(data);
  }

  async loadData(data: RegionData) {
    // Every county now: a partial county source would need the old pack's parents to stay right.
    this.countyParentsHeld = null;
    const updates = REGION_LAYERS.map((layer) => geojsonSource(this.map, layer).setData(data.layers[layer]));
    await Promise.all([...updates, geojsonSource(this.map, LABEL_SOURCE_ID).setData(labelPoints(data))]);
  }

  /** Shows the children of `parents` as the clickable regions; everything else is faint. */
  async setScope(parents: readonly string[]) {
    this.parents = parents;
    if (this.added) await this.applyScope();
  }

  async setSelected(code: string | null) {
    const selected = code ? this.featureByCode.get(code) : undefined;
    const outline = selected ? [{ ...selected, geometry: smoothOutline(selected.geometry) }] : [];
    await geojsonSource(this.map, SELECTION_SOURCE_ID).setData({ type: 'FeatureCollection', features: outline });
  }

  setLang(lang: Lang) {
    this.lang = lang;
    if (this.added && this.hasLabels()) this.map.setLayoutProperty(LABEL_LAYER_ID, 'text-field', labelField(lang));
  }

  async setLook(look: MapLook) {
    this.look = look;
    if (!this.added) return;
    applyLayerUpdates(this.map, [...regionLookUpdates(look), labelLookUpdate(look)]);
    await this.applyScope();
  }

  /** Fill opacity and the scoped filters; the whole county source first when the scope needs a county it lacks. */
  private async applyScope() {
    const counties = this.data.layers.counties;
    let loading: Promise<void> | undefined;
    if (this.countyParentsHeld && needsAllCounties(counties, this.countyParentsHeld, this.parents)) {
      loading = geojsonSource(this.map, 'counties').setData(counties);
      this.countyParentsHeld = null;
    }
    const updates = scopeUpdates(this.parents, this.look);
    for (const layer of REGION_DRAW_ORDER) this.map.setPaintProperty(fillLayerId(layer), 'fill-opacity', updates.fillOpacity);
    for (const id of SCOPED_LAYER_IDS) this.map.setFilter(id, updates.scopedFilter);
    if (this.hasLabels()) this.map.setFilter(LABEL_LAYER_ID, updates.labelFilter);
    // Every displayed name until the model picks again for this scope (the controller asks it next).
    this.shownNamesKey = '';
    await loading;
  }
}

function featuresByCode(data: RegionData): Map<string, Feature> {
  return new Map(
    REGION_LAYERS.filter((l) => l !== 'context').flatMap((l) => data.layers[l].features.map((f) => [f.properties.code, f] as const)),
  );
}

function labelPoints(data: RegionData): FeatureCollection<Point> {
  const features = REGION_LAYERS.filter((l) => l !== 'context').flatMap((layer) =>
    data.layers[layer].features.map((f) => ({
      type: 'Feature' as const,
      id: f.id,
      properties: f.properties,
      geometry: { type: 'Point' as const, coordinates: [f.properties.label_lng, f.properties.label_lat] },
    })),
  );
  return { type: 'FeatureCollection', features };
}
