/**
 * The one place React talks to maplibre: a plain class owning the map that hands each change
 * (scope, selection, language, layouts, filter, look, camera) to the module doing that job and
 * reports hover and click through callbacks. No React render happens per camera frame.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Lang } from '../i18n/strings';
import type { Bbox, RegionData } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import type { MatchStrength } from '../filter/matchStyle';
import {
  DESK_LOOK,
  isDisplayed,
  sameLook,
  targetKey,
  type Box,
  type FrameOptions,
  type LayoutView,
  type MapCamera,
  type MapLook,
  type MapTarget,
} from '../mapModel';
import { newMap } from './newMap';
import { RegionLayers } from './regionLayers';
import { LayoutLayers } from './layoutLayers';
import { FeatureStates } from './featureStates';
import { targetAt } from './hitTest';
import { snapshotMap } from './snapshot';
import { frame, goTo } from './camera';
import { exposeTestHandle } from './testHandle';
import { applyProgressFill } from './progressFill';
import { namePlacementOnMap, type NamePlacement } from './nameOffsets';

export type { MapTarget } from '../mapModel';
export type { MapTestHandle } from '../mapModel';

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

export class MapController implements MapCamera {
  private readonly map: maplibregl.Map;
  private readonly regions: RegionLayers;
  private readonly layouts: LayoutLayers;
  private readonly states: FeatureStates;
  private readonly callbacks: MapCallbacks;
  private look: MapLook = DESK_LOOK;
  private hoveredKey: string | null = null;
  private namePlacement: NamePlacement | null = null;
  /** What stands over the map (breadcrumb, panel, zoom buttons …) in the map's pixels: no region name under it. */
  private overlays: readonly Box[] = [];
  /** the progress colouring shown (code → status), kept to put back on layers a data pack re-adds */
  private progress: ReadonlyMap<string, string> | null = null;
  /** The filter's matching elements as last set; layouts added later are dimmed by them. */
  private elementMatches: ReadonlySet<string> | null = null;
  /** Resolves at the map's `load`, once the region layers are on it. */
  private readonly ready: Promise<void>;
  /** Resolves at the first `idle`: the names and layouts wait for it so the regions draw first. */
  private readonly drawn: Promise<void>;

  constructor(init: MapInit) {
    this.callbacks = init.callbacks;
    this.map = newMap(init.container, init.data.bbox);
    this.regions = new RegionLayers(this.map, { data: init.data, parents: init.displayedParents, lang: init.lang });
    this.layouts = new LayoutLayers(this.map, init.lang);
    this.states = new FeatureStates(this.map, (code) => this.regions.featureRef(code));
    this.ready = new Promise((resolve) => this.map.on('load', () => resolve(this.regions.add())));
    this.drawn = this.ready
      .then(() => this.nextIdle())
      .then(() => {
        // The benchmark reads this mark: navigation start to the regions first drawn.
        performance.mark('map-first-idle');
        this.regions.addLabels();
        this.placeNames();
        this.callbacks.onDrawn();
      });
    // The map as a person sees it: the regions with their names (the SVG map marks the same).
    void this.drawn.then(() => this.nextIdle()).then(() => void performance.mark('map-first-drawn-with-names'));
    this.map.on('mousemove', (e) => this.hover(this.targetAt(e.point)));
    this.map.on('mouseout', () => this.hover(null));
    this.map.on('click', (e) => this.callbacks.onClick(this.targetAt(e.point)));
    this.map.on('moveend', () => this.placeNames());
    this.map.on('resize', () => this.placeNames());
    exposeTestHandle(this.map, (code) => this.namePoint(code));
  }

  destroy() {
    this.map.remove();
  }

  setLang(lang: Lang) {
    this.regions.setLang(lang);
    this.layouts.setLang(lang);
    this.placeNames();
  }

  /** New region data (a data pack added or removed): the region and label sources take it in place. */
  async setRegionData(data: RegionData) {
    if (data === this.regions.regionData) return;
    this.regions.setData(data);
    await this.ready;
    if (this.regions.regionData !== data) return;
    await this.regions.loadData(data);
    // A pack's regions come with fresh layers in their normal colours: the progress colouring goes back on.
    if (this.progress) applyProgressFill(this.map, this.progress);
    this.placeNames();
  }

  /** Shows the children of `parents` as the clickable regions; everything else is faint. */
  async setDisplayedParents(parents: readonly string[]) {
    await this.regions.setScope(parents);
    this.placeNames();
  }

  /** Region fills by progress status (code → status), or the normal colours for null. */
  async setProgressFill(statuses: ReadonlyMap<string, string> | null) {
    this.progress = statuses;
    await this.ready;
    applyProgressFill(this.map, statuses);
  }

  async setSelected(code: string | null) {
    await this.ready;
    await this.regions.setSelected(code);
  }

  /** Adds the plans' layouts once (later view changes only restyle them), dimmed by the filter as it is now. */
  async setLayouts(layouts: LayoutCollections) {
    await this.drawn;
    await this.layouts.setLayouts(layouts);
    this.states.setElementMatches(this.layouts.ids, this.elementMatches);
    this.placeNames();
  }

  setLayoutView(view: LayoutView) {
    this.layouts.setView(view);
    this.placeNames();
  }

  /** Dims the layout elements that do not match the filter (null: no filter, nothing dimmed). */
  async setElementMatches(matched: ReadonlySet<string> | null) {
    this.elementMatches = matched;
    await this.ready;
    this.states.setElementMatches(this.layouts.ids, matched);
  }

  /** Lights regions by filter match and dims the rest while a filter is on. */
  async setFilterMatch(active: boolean, strengths: ReadonlyMap<string, MatchStrength>) {
    await this.ready;
    this.states.setFilterMatch(this.regions.regionData.regions.keys(), active, strengths);
  }

  /** The theme and room scale of type, symbols and lines (presentation mode). */
  async setLook(look: MapLook) {
    if (sameLook(look, this.look)) return;
    this.look = look;
    this.layouts.setLook(look);
    await this.regions.setLook(look);
    this.placeNames();
  }

  /** Fits the map to its container now (after a layout change), rather than at the next resize observation. */
  resize() {
    this.map.resize();
  }

  setOverlays(boxes: readonly Box[]) {
    this.overlays = boxes;
    this.placeNames();
  }

  /** Moves the camera to a centre and zoom (a briefing step's explicit camera). */
  async goTo(center: [number, number], zoom: number, options: { animate: boolean }) {
    await this.ready;
    goTo(this.map, center, zoom, options);
  }

  /** Frames a box, leaving room on the right for the side panel. */
  async frame(bbox: Bbox, options: FrameOptions) {
    await this.ready;
    frame(this.map, bbox, options, this.look);
  }

  async snapshot(pixelRatio?: number): Promise<HTMLCanvasElement> {
    await this.ready;
    return snapshotMap(this.map, pixelRatio);
  }

  /** The model's region names, moved off the layout's marks, for the camera, scope, layouts and look now (nameOffsets.ts). */
  private placeNames() {
    if (!this.regions.hasLabels()) return;
    const placement = namePlacementOnMap(this.map, {
      data: this.regions.regionData,
      parents: this.regions.displayedParents,
      lang: this.regions.language,
      look: this.look,
      overlays: this.overlays,
      ...this.layouts.shown,
    });
    this.regions.setNamePlacement(placement);
    this.namePlacement = placement;
  }

  /** Where the last placement put a region's name on the canvas (for the test handle). */
  private namePoint(code: string): { x: number; y: number } | null {
    const label = this.regions.regionData.regions.get(code)?.label;
    if (!label || !this.namePlacement?.shown.includes(code)) return null;
    const at = this.map.project(label);
    const [ex, ey] = this.namePlacement.offsets.get(code) ?? [0, 0];
    return { x: at.x + ex * this.namePlacement.fontPx, y: at.y + ey * this.namePlacement.fontPx };
  }

  private nextIdle() {
    return new Promise<void>((resolve) => this.map.once('idle', () => resolve()));
  }

  private targetAt(point: maplibregl.Point): MapTarget | null {
    const data = this.regions.regionData;
    const parents = this.regions.displayedParents;
    return targetAt(this.map, point, this.layouts.isAdded, {
      isRegion: (code) => data.regions.has(code),
      isDisplayed: (code) => isDisplayed(data.regions.get(code)?.parent, parents),
    });
  }

  private hover(target: MapTarget | null) {
    const key = targetKey(target);
    if (key === this.hoveredKey) return;
    this.hoveredKey = key;
    this.states.setHovered(target?.type === 'region' ? this.regions.featureRef(target.code) : null);
    this.map.getCanvas().style.cursor = target ? 'pointer' : '';
    this.callbacks.onHover(target);
  }
}
