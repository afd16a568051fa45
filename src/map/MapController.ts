/**
 * The one place that talks to maplibre. A plain class owns the imperative map; React hands
 * it only what changed (scope, selection, language, camera requests) and hears back about
 * hover and click through callbacks. No React render happens per camera frame.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import type { Lang } from '../i18n/strings';
import { REGION_LAYERS, type Bbox, type RegionData, type RegionLayer } from '../data/regions';
import {
  INTERACTIVE_LAYERS,
  LABEL_LAYER_ID,
  LABEL_SOURCE_ID,
  baseStyle,
  fillLayerId,
  labelField,
  regionLayers,
  scopeUpdates,
} from './layerStyle';

maplibregl.setWorkerUrl(workerUrl);

export interface MapCallbacks {
  onHover: (code: string | null) => void;
  onClick: (code: string | null) => void;
}

export interface MapInit {
  container: HTMLElement;
  data: RegionData;
  lang: Lang;
  displayedParents: readonly string[];
  callbacks: MapCallbacks;
}

type FeatureRef = { source: RegionLayer; id: number };

export function hasWebGL2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

export class MapController {
  private map: maplibregl.Map;
  private data: RegionData;
  private hovered: FeatureRef | null = null;
  private selected: FeatureRef | null = null;
  private displayedParents: readonly string[];
  private callbacks: MapCallbacks;
  private ready: Promise<void>;

  constructor(init: MapInit) {
    this.data = init.data;
    this.callbacks = init.callbacks;
    this.displayedParents = init.displayedParents;
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
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-left');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.ready = new Promise((resolve) => {
      this.map.on('load', () => {
        this.addRegionLayers(init.lang);
        // The benchmark reads this mark: navigation start to the first fully drawn map.
        this.map.once('idle', () => performance.mark('map-first-idle'));
        resolve();
      });
    });
    this.map.on('mousemove', (e) => this.setHovered(this.regionAt(e.point)));
    this.map.on('mouseout', () => this.setHovered(null));
    this.map.on('click', (e) => this.callbacks.onClick(this.regionAt(e.point)?.code ?? null));
    this.exposeTestHandle();
  }

  destroy() {
    this.map.remove();
  }

  setCallbacks(callbacks: MapCallbacks) {
    this.callbacks = callbacks;
  }

  async setLang(lang: Lang) {
    await this.ready;
    this.map.setLayoutProperty(LABEL_LAYER_ID, 'text-field', labelField(lang));
  }

  /** Shows the children of `parents` as the clickable regions; everything else is faint. */
  async setDisplayedParents(parents: readonly string[]) {
    this.displayedParents = parents;
    await this.ready;
    const updates = scopeUpdates(parents);
    for (const layer of ['prefectures', 'counties', 'newareas'] as const) {
      this.map.setPaintProperty(fillLayerId(layer), 'fill-opacity', updates.fillOpacity);
    }
    this.map.setFilter(fillLayerId('counties'), updates.countyFilter);
    this.map.setFilter('counties-line', updates.countyFilter);
    this.map.setFilter(LABEL_LAYER_ID, updates.labelFilter);
  }

  async setSelected(code: string | null) {
    await this.ready;
    if (this.selected) this.map.setFeatureState(this.selected, { selected: false });
    this.selected = code ? this.featureRef(code) : null;
    if (this.selected) this.map.setFeatureState(this.selected, { selected: true });
  }

  /** Frames a box, leaving room on the right for the side panel. */
  async frame(bbox: Bbox, options: { animate: boolean; rightPadding: number }) {
    await this.ready;
    this.map.fitBounds(bbox, {
      padding: { top: 40, bottom: 40, left: 40, right: 40 + options.rightPadding },
      duration: options.animate ? 600 : 0,
      maxZoom: 9,
    });
  }

  private featureRef(code: string): FeatureRef | null {
    const region = this.data.regions.get(code);
    return region ? { source: region.layer, id: Number(code) } : null;
  }

  private addRegionLayers(lang: Lang) {
    for (const layer of REGION_LAYERS) {
      this.map.addSource(layer, { type: 'geojson', data: this.data.layers[layer] });
    }
    this.map.addSource(LABEL_SOURCE_ID, { type: 'geojson', data: labelPoints(this.data) });
    for (const spec of regionLayers(this.displayedParents, lang)) this.map.addLayer(spec);
  }

  /** The top-most region under a point, preferring the regions currently displayed. */
  private regionAt(point: maplibregl.PointLike): { code: string; ref: FeatureRef } | null {
    if (!this.map.getLayer(fillLayerId('prefectures'))) return null;
    const hits = this.map.queryRenderedFeatures(point, { layers: INTERACTIVE_LAYERS.map(fillLayerId) });
    const codes = hits.map((f) => String(f.properties.code));
    const displayed = codes.find((code) => {
      const parent = this.data.regions.get(code)?.parent;
      return parent != null && this.displayedParents.includes(parent);
    });
    const code = displayed ?? codes[0];
    const ref = code ? this.featureRef(code) : null;
    return code && ref ? { code, ref } : null;
  }

  private setHovered(hit: { code: string; ref: FeatureRef } | null) {
    if (hit?.ref.id === this.hovered?.id && hit?.ref.source === this.hovered?.source) return;
    if (this.hovered) this.map.setFeatureState(this.hovered, { hover: false });
    this.hovered = hit?.ref ?? null;
    if (this.hovered) this.map.setFeatureState(this.hovered, { hover: true });
    this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
    this.callbacks.onHover(hit?.code ?? null);
  }

  /** A small typed handle for browser tests and the benchmark: no pixel guessing. */
  private exposeTestHandle() {
    const map = this.map;
    const handle: MapTestHandle = {
      project: (lng, lat) => {
        const p = map.project([lng, lat]);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      },
      isIdle: () => map.loaded() && !map.isMoving() && map.areTilesLoaded() && !!map.getLayer(LABEL_LAYER_ID),
      renderedLabels: () =>
        map.queryRenderedFeatures({ layers: [LABEL_LAYER_ID] }).map((f) => String(f.properties[labelKey(map)])),
      renderedRegions: () => {
        const hits = map.queryRenderedFeatures({ layers: INTERACTIVE_LAYERS.map(fillLayerId) });
        return [...new Set(hits.map((f) => String(f.properties.code)))];
      },
      zoom: () => map.getZoom(),
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
  renderedRegions(): string[];
  zoom(): number;
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
