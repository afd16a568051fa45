/**
 * The one place that talks to maplibre. A plain class owns the imperative map; React hands
 * it only what changed (scope, selection, language, layouts, filter, camera requests) and
 * hears back about hover and click through callbacks. No React render happens per camera frame.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Lang } from '../i18n/strings';
import { REGION_LAYERS, type Bbox, type RegionData, type RegionLayer } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import {
  INTERACTIVE_LAYERS,
  INTERPRETATION_OUTLINE_LAYERS,
  LABEL_LAYER_ID,
  LABEL_SOURCE_ID,
  MATCH,
  SELECTION_SOURCE_ID,
  baseStyle,
  fillLayerId,
  labelField,
  labelLayer,
  regionLayers,
  scopeUpdates,
} from './layerStyle';
import { DESK_LOOK, fillStrength, labelLookUpdate, regionLookUpdates, type LayerUpdate, type MapLook } from './mapLook';
import {
  LAYOUT_CLICKABLE_LAYERS,
  LAYOUT_SOURCES,
  layoutImages,
  layoutLayers,
  layoutViewUpdates,
  missingLayoutImage,
  type LayoutView,
} from './layoutStyle';
import { markForExport } from './exportMarks';
import { countiesUnder, needsAllCounties } from './countySource';
import type { MatchState, MatchStrength } from '../filter/matchStyle';

maplibregl.setWorkerUrl(workerUrl);
// Start the map's workers now, while the boundaries are still loading, not when the map is made.
maplibregl.prewarm();

/** What is under the pointer: a region, or a layout element (which wins when both are). */
export type MapTarget = { type: 'region'; code: string } | { type: 'element'; key: string; name: { zh: string; en: string } };

export interface MapCallbacks {
  onHover: (target: MapTarget | null) => void;
  onClick: (target: MapTarget | null) => void;
  /** The first map is fully drawn (boundaries and names); layouts follow. */
  onDrawn: () => void;
}

export interface MapInit {
  container: HTMLElement;
  data: RegionData;
  lang: Lang;
  displayedParents: readonly string[];
  callbacks: MapCallbacks;
}

type FeatureRef = { source: RegionLayer; id: number };

/**
 * The map, or null when the browser has no WebGL2 (old PC, remote desktop, blocked GPU).
 * Creating the map is the test: a separate probe context costs as much as the map's own.
 */
export function createMap(init: MapInit): MapController | null {
  if (typeof WebGL2RenderingContext === 'undefined') return null;
  try {
    return new MapController(init);
  } catch {
    init.container.replaceChildren();
    return null;
  }
}

export class MapController {
  private map: maplibregl.Map;
  private data: RegionData;
  private lang: Lang;
  private hovered: FeatureRef | null = null;
  private hoveredKey: string | null = null;
  private displayedParents: readonly string[];
  /** Each region's filter state as last set (codes absent = MATCH.none). */
  private matchStates = new Map<string, MatchState>();
  private layoutView: LayoutView = { hiddenPlans: [], selectedElement: null };
  private layoutsAdded = false;
  private layoutIds = new Map<string, number>();
  private dimmedElements = new Set<string>();
  private look: MapLook = DESK_LOOK;
  private readonly callbacks: MapCallbacks;
  private ready: Promise<void>;
  /** Each selectable region's feature, for the selection outline without scanning the layers. */
  private featureByCode: Map<string, Feature>;
  /** Parents whose counties the county source holds; null once it holds them all. */
  private countyParentsHeld: Set<string> | null = null;
  /** Resolves at the first `idle`: the layouts wait for it so the regions draw first. */
  private drawn: Promise<void>;

  constructor(init: MapInit) {
    this.data = init.data;
    this.lang = init.lang;
    this.callbacks = init.callbacks;
    this.displayedParents = init.displayedParents;
    this.featureByCode = featuresByCode(init.data);
    this.map = new maplibregl.Map({
      container: init.container,
      style: baseStyle(),
      // A camera in the URL hash (`#zoom/lat/lng`) takes precedence over these bounds.
      bounds: init.data.bbox,
      fitBoundsOptions: { padding: 40 },
      hash: true,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 12,
      minZoom: 2,
      // No label fade: on a projector a change should simply be there, and `idle` comes sooner.
      fadeDuration: 0,
      // Out-of-view tiles kept for one zoom level's worth, not five: every source is GeoJSON tiled
      // in the worker, so a tile dropped is cheap to make again, while five levels of a dozen
      // sources' tiles (buffers, feature indexes) grew the heap by a quarter over 500 selections.
      maxTileCacheZoomLevels: 1,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-left');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    markForExport(this.map);
    this.ready = new Promise((resolve) => {
      this.map.on('load', () => {
        this.addRegionLayers();
        resolve();
      });
    });
    this.drawn = this.ready.then(
      () =>
        new Promise<void>((resolve) =>
          this.map.once('idle', () => {
            // The benchmark reads this mark: navigation start to the regions first drawn.
            performance.mark('map-first-idle');
            this.map.addLayer(labelLayer(this.displayedParents, this.lang));
            if (this.look !== DESK_LOOK) this.applyUpdates([labelLookUpdate(this.look)]);
            this.callbacks.onDrawn();
            resolve();
          }),
        ),
    );
    // Plans from data packs have no prepared icons: draw theirs when first asked for.
    this.map.setMissingStyleImageResolver((id) => {
      const image = missingLayoutImage(id);
      if (image && !this.map.hasImage(id)) this.map.addImage(id, image.draw(), { pixelRatio: image.pixelRatio });
    });
    this.map.on('mousemove', (e) => this.setHovered(this.targetAt(e.point)));
    this.map.on('mouseout', () => this.setHovered(null));
    this.map.on('click', (e) => this.callbacks.onClick(this.targetAt(e.point)?.target ?? null));
    this.exposeTestHandle();
  }

  destroy() {
    this.map.remove();
  }

  async setLang(lang: Lang) {
    this.lang = lang;
    await this.drawn;
    this.map.setLayoutProperty(LABEL_LAYER_ID, 'text-field', labelField(lang));
    this.applyLayoutView();
  }

  /** New region data (a data pack added or removed): the region and label sources take it in place. */
  async setRegionData(data: RegionData) {
    if (data === this.data) return;
    this.data = data;
    this.featureByCode = featuresByCode(data);
    await this.ready;
    if (this.data !== data) return;
    for (const layer of REGION_LAYERS) (this.map.getSource(layer) as maplibregl.GeoJSONSource).setData(data.layers[layer]);
    (this.map.getSource(LABEL_SOURCE_ID) as maplibregl.GeoJSONSource).setData(labelPoints(data));
  }

  /** Shows the children of `parents` as the clickable regions; everything else is faint. */
  async setDisplayedParents(parents: readonly string[]) {
    this.displayedParents = parents;
    await this.ready;
    this.applyRegionPaint();
  }

  async setSelected(code: string | null) {
    await this.ready;
    const selected = code ? this.featureByCode.get(code) : undefined;
    (this.map.getSource(SELECTION_SOURCE_ID) as maplibregl.GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: selected ? [selected] : [],
    });
  }

  /** Adds the plans' layouts once; later view changes only restyle them. */
  async setLayouts(layouts: LayoutCollections) {
    await this.drawn;
    this.layoutIds = layouts.ids;
    if (this.layoutsAdded) {
      (this.map.getSource(LAYOUT_SOURCES.points) as maplibregl.GeoJSONSource).setData(layouts.points);
      (this.map.getSource(LAYOUT_SOURCES.lines) as maplibregl.GeoJSONSource).setData(layouts.lines);
      (this.map.getSource(LAYOUT_SOURCES.areas) as maplibregl.GeoJSONSource).setData(layouts.areas);
      return;
    }
    for (const image of layoutImages()) {
      if (!this.map.hasImage(image.name)) this.map.addImage(image.name, image.draw(), { pixelRatio: image.pixelRatio });
    }
    this.map.addSource(LAYOUT_SOURCES.areas, { type: 'geojson', data: layouts.areas });
    this.map.addSource(LAYOUT_SOURCES.lines, { type: 'geojson', data: layouts.lines });
    this.map.addSource(LAYOUT_SOURCES.points, { type: 'geojson', data: layouts.points });
    // Above the region fills and outlines; region names stay on top and win label collisions.
    for (const spec of layoutLayers(this.layoutView, this.lang, this.look)) this.map.addLayer(spec, LABEL_LAYER_ID);
    this.layoutsAdded = true;
    this.map.once('idle', () => performance.mark('map-layouts-drawn'));
  }

  async setLayoutView(view: LayoutView) {
    this.layoutView = view;
    await this.ready;
    this.applyLayoutView();
  }

  /** Dims the layout elements that do not match the filter (null: no filter, nothing dimmed). */
  async setElementMatches(matched: ReadonlySet<string> | null) {
    await this.ready;
    const dimmed = new Set(matched ? [...this.layoutIds.keys()].filter((key) => !matched.has(key)) : []);
    for (const key of this.layoutIds.keys()) {
      if (dimmed.has(key) === this.dimmedElements.has(key)) continue;
      for (const source of Object.values(LAYOUT_SOURCES)) {
        if (this.map.getSource(source)) this.map.setFeatureState({ source, id: this.layoutIds.get(key)! }, { dimmed: dimmed.has(key) });
      }
    }
    this.dimmedElements = dimmed;
  }

  /**
   * Lights regions by filter match (MATCH: planned there, through a wider plan, only our
   * interpretation, drawn dashed) and dims the rest while a filter is on, with feature-state
   * only: no source, layer or paint change.
   */
  async setFilterMatch(active: boolean, strengths: ReadonlyMap<string, MatchStrength>) {
    await this.ready;
    const next = new Map<string, MatchState>();
    if (active) for (const code of this.data.regions.keys()) next.set(code, strengths.get(code) ?? MATCH.unmatched);
    for (const code of this.matchStates.keys()) {
      if (!next.has(code)) this.setRegionState(code, { match: MATCH.none });
    }
    for (const [code, state] of next) {
      if (this.matchStates.get(code) !== state) this.setRegionState(code, { match: state });
    }
    this.matchStates = next;
  }

  /** The theme and room scale of type, symbols and lines (presentation mode). */
  async setLook(look: MapLook) {
    if (look.theme === this.look.theme && look.scale === this.look.scale) return;
    this.look = look;
    await this.ready;
    this.applyUpdates(regionLookUpdates(look));
    if (this.map.getLayer(LABEL_LAYER_ID)) this.applyUpdates([labelLookUpdate(look)]);
    this.applyRegionPaint();
    this.applyLayoutView();
  }

  /** Fits the map to its container now (after a layout change), rather than at the next resize observation. */
  resize() {
    this.map.resize();
  }

  /** Moves the camera to a centre and zoom (a briefing step's explicit camera). */
  async goTo(center: [number, number], zoom: number, options: { animate: boolean }) {
    await this.ready;
    this.map.easeTo({ center, zoom, duration: options.animate ? 600 : 0 });
  }

  /** Frames a box, leaving room on the right for the side panel. */
  async frame(bbox: Bbox, options: { animate: boolean; rightPadding: number; bottomPadding?: number }) {
    await this.ready;
    // Layout symbols (e.g. Lishui's cluster hexagons) stand beside their regions, outside the bbox: leave them room,
    // more in a meeting room where symbols are scaled up.
    const edge = Math.round(56 * this.look.scale);
    this.map.fitBounds(bbox, {
      padding: { top: edge, bottom: edge + (options.bottomPadding ?? 0), left: edge, right: edge + options.rightPadding },
      duration: options.animate ? 600 : 0,
      maxZoom: 9,
    });
  }

  /**
   * A copy of the map as drawn now, optionally at another pixel ratio (2 for slides). WebGL keeps
   * its pixels only until the frame is shown, so this redraws the map at once and copies the
   * canvas inside that render, before they are gone. Settles within microtasks, so that a
   * `beforeprint` handler has the copy before the page is laid out for print.
   */
  async snapshot(pixelRatio?: number): Promise<HTMLCanvasElement> {
    await this.ready;
    const previous = this.map.getPixelRatio();
    if (pixelRatio && pixelRatio !== previous) this.map.setPixelRatio(pixelRatio);
    try {
      return await new Promise<HTMLCanvasElement>((resolve) => {
        this.map.once('render', () => {
          const source = this.map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          copy.getContext('2d')?.drawImage(source, 0, 0);
          resolve(copy);
        });
        this.map.redraw();
      });
    } finally {
      if (this.map.getPixelRatio() !== previous) this.map.setPixelRatio(previous);
    }
  }

  private setRegionState(code: string, state: Record<string, unknown>) {
    const ref = this.featureRef(code);
    if (ref) this.map.setFeatureState(ref, state);
  }

  private applyUpdates(updates: LayerUpdate[]) {
    for (const update of updates) {
      if (!this.map.getLayer(update.id)) continue;
      for (const [name, value] of Object.entries(update.paint)) this.map.setPaintProperty(update.id, name as never, value as never);
      for (const [name, value] of Object.entries(update.layout)) this.map.setLayoutProperty(update.id, name as never, value as never);
    }
  }

  private applyRegionPaint() {
    const counties = this.data.layers.counties;
    if (this.countyParentsHeld && needsAllCounties(counties, this.countyParentsHeld, this.displayedParents)) {
      (this.map.getSource('counties') as maplibregl.GeoJSONSource).setData(counties);
      this.countyParentsHeld = null;
    }
    const updates = scopeUpdates(this.displayedParents, fillStrength(this.look));
    for (const layer of ['prefectures', 'counties', 'newareas'] as const) {
      this.map.setPaintProperty(fillLayerId(layer), 'fill-opacity', updates.fillOpacity);
    }
    for (const id of [fillLayerId('counties'), 'counties-line', 'counties-interpretation']) this.map.setFilter(id, updates.countyFilter);
    if (this.map.getLayer(LABEL_LAYER_ID)) this.map.setFilter(LABEL_LAYER_ID, updates.labelFilter);
  }

  private applyLayoutView() {
    if (!this.layoutsAdded) return;
    for (const update of layoutViewUpdates(this.layoutView, this.lang, this.look)) {
      this.map.setFilter(update.id, update.filter as maplibregl.FilterSpecification | undefined);
      // Unchanged values are no-ops inside maplibre, so re-applying the whole view is cheap.
      for (const [name, value] of Object.entries(update.paint)) this.map.setPaintProperty(update.id, name as never, value as never);
      for (const [name, value] of Object.entries(update.layout)) this.map.setLayoutProperty(update.id, name as never, value as never);
    }
  }

  private featureRef(code: string): FeatureRef | null {
    const region = this.data.regions.get(code);
    return region ? { source: region.layer, id: Number(code) } : null;
  }

  private addRegionLayers() {
    const counties = countiesUnder(this.data.layers.counties, this.displayedParents);
    this.countyParentsHeld = counties.complete ? null : new Set(this.displayedParents);
    for (const layer of REGION_LAYERS) {
      this.map.addSource(layer, { type: 'geojson', data: layer === 'counties' ? counties.collection : this.data.layers[layer] });
    }
    this.map.addSource(LABEL_SOURCE_ID, { type: 'geojson', data: labelPoints(this.data) });
    this.map.addSource(SELECTION_SOURCE_ID, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const spec of regionLayers(this.displayedParents)) this.map.addLayer(spec);
  }

  /**
   * What a click or hover at a point means: a region's name, else a layout element (with a few
   * pixels' tolerance), else the top-most region. Names win so that belts running through a
   * city never make the city itself unreachable.
   */
  private targetAt(point: maplibregl.Point): { target: MapTarget; ref: FeatureRef | null } | null {
    if (!this.map.getLayer(fillLayerId('prefectures'))) return null;
    const label = this.map.getLayer(LABEL_LAYER_ID) ? this.map.queryRenderedFeatures(point, { layers: [LABEL_LAYER_ID] })[0] : undefined;
    const labelled = label ? this.featureRef(String(label.properties.code)) : null;
    if (label && labelled) return { target: { type: 'region', code: String(label.properties.code) }, ref: labelled };
    if (this.layoutsAdded) {
      const box: [maplibregl.PointLike, maplibregl.PointLike] = [
        [point.x - 6, point.y - 6],
        [point.x + 6, point.y + 6],
      ];
      const element = this.map.queryRenderedFeatures(box, { layers: [...LAYOUT_CLICKABLE_LAYERS, 'layout-corridors'] })[0];
      if (element) {
        const p = element.properties;
        return { target: { type: 'element', key: String(p.key), name: { zh: String(p.name_zh), en: String(p.name_en) } }, ref: null };
      }
    }
    const hits = this.map.queryRenderedFeatures(point, { layers: INTERACTIVE_LAYERS.map(fillLayerId) });
    const codes = hits.map((f) => String(f.properties.code));
    const displayed = codes.find((code) => {
      const parent = this.data.regions.get(code)?.parent;
      return parent != null && this.displayedParents.includes(parent);
    });
    const code = displayed ?? codes[0];
    const ref = code ? this.featureRef(code) : null;
    return code && ref ? { target: { type: 'region', code }, ref } : null;
  }

  private setHovered(hit: { target: MapTarget; ref: FeatureRef | null } | null) {
    const key = hit ? (hit.target.type === 'region' ? hit.target.code : hit.target.key) : null;
    if (key === this.hoveredKey) return;
    this.hoveredKey = key;
    if (this.hovered) this.map.setFeatureState(this.hovered, { hover: false });
    this.hovered = hit?.ref ?? null;
    if (this.hovered) this.map.setFeatureState(this.hovered, { hover: true });
    this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
    this.callbacks.onHover(hit?.target ?? null);
  }

  /** A small typed handle for browser tests and the benchmark: no pixel guessing. */
  private exposeTestHandle() {
    const map = this.map;
    const rendered = (layers: string[]) => (map.getLayer(layers[0]) ? map.queryRenderedFeatures({ layers }) : []);
    const handle: MapTestHandle = {
      project: (lng, lat) => {
        const p = map.project([lng, lat]);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      },
      isIdle: () => map.loaded() && !map.isMoving() && map.areTilesLoaded() && !!map.getLayer(LABEL_LAYER_ID),
      renderedLabels: () => rendered([LABEL_LAYER_ID]).map((f) => String(f.properties[labelKey(map)])),
      renderedRegions: (filter) => {
        const hits =
          filter === 'interpretation'
            ? rendered(INTERPRETATION_OUTLINE_LAYERS).filter((f) => f.state.match === MATCH.interpretation)
            : rendered(INTERACTIVE_LAYERS.map(fillLayerId)).filter((f) => (filter === 'matched' ? Number(f.state.match ?? 0) > 0 : true));
        return [...new Set(hits.map((f) => String(f.properties.code)))];
      },
      renderedElements: () => {
        const layers = ['layout-points', 'layout-lines', 'layout-corridors', 'layout-area-fill'].filter((id) => map.getLayer(id));
        return layers.length ? [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.key)))] : [];
      },
      elementPoint: (key) => {
        const f = rendered(['layout-points']).find((feature) => feature.properties.key === key);
        if (!f || f.geometry.type !== 'Point') return null;
        const p = map.project(f.geometry.coordinates as [number, number]);
        const raw = f.properties.offset as unknown;
        const offset = (Array.isArray(raw) ? raw : JSON.parse(String(raw ?? '[0,0]'))) as [number, number];
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + p.x + offset[0], y: rect.top + p.y + offset[1] };
      },
      zoom: () => map.getZoom(),
      paintProperty: (layer, name) => (map.getLayer(layer) ? map.getPaintProperty(layer, name as never) : undefined),
      nextIdle: () => new Promise<number>((resolve) => map.once('idle', () => resolve(performance.now()))),
    };
    (window as unknown as { __regionMap?: MapTestHandle }).__regionMap = handle;
  }
}

function labelKey(map: maplibregl.Map): string {
  const field = map.getLayoutProperty(LABEL_LAYER_ID, 'text-field') as unknown;
  return Array.isArray(field) ? String(field[1]) : 'name_zh';
}

export interface MapTestHandle {
  project(lng: number, lat: number): { x: number; y: number };
  isIdle(): boolean;
  renderedLabels(): string[];
  /** Regions drawn: all, those the filter lights, or those drawn in the dashed outline of a match that is only our interpretation. */
  renderedRegions(filter?: 'matched' | 'interpretation'): string[];
  renderedElements(): string[];
  /** Screen position of a layout element's symbol, offsets included. */
  elementPoint(key: string): { x: number; y: number } | null;
  zoom(): number;
  /** A layer's paint value as set now (theme checks). */
  paintProperty(layer: string, name: string): unknown;
  /** Resolves with performance.now() at the map's next `idle` (everything drawn). */
  nextIdle(): Promise<number>;
}

function featuresByCode(data: RegionData): Map<string, Feature> {
  return new Map(REGION_LAYERS.filter((l) => l !== 'context').flatMap((l) => data.layers[l].features.map((f) => [f.properties.code, f] as const)));
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
