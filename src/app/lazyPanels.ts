/**
 * Code the first view does without. The side panels carry the charts (recharts), the largest
 * part of the code: they load after the first map is drawn (`preloadPanels`), so the first view
 * stays small and the first click still finds them ready. What needs the plan data (filter,
 * legend) or a drawn map (export, presentation runtime, data-pack loader) loads then too.
 */
import { lazy } from 'react';

let regionPanel: Promise<typeof import('../panel/RegionPanel')> | undefined;
let elementPanel: Promise<typeof import('../plans/ElementPanel')> | undefined;
const loadRegionPanel = () => (regionPanel ??= import('../panel/RegionPanel'));
const loadElementPanel = () => (elementPanel ??= import('../plans/ElementPanel'));
const loadFilter = () => import('../filter/IndustryFilter');
const loadLegend = () => import('../layouts/LayoutLegend');
let matcher: Promise<typeof import('../filter/matchFilter')> | undefined;
/** The filter's matching: it needs the plan data, which loads after the first map too. */
export const loadMatcher = () => (matcher ??= import('../filter/matchFilter'));

export const RegionPanel = lazy(() => loadRegionPanel().then((m) => ({ default: m.RegionPanel })));
export const ElementPanel = lazy(() => loadElementPanel().then((m) => ({ default: m.ElementPanel })));
export const IndustryFilter = lazy(() => loadFilter().then((m) => ({ default: m.IndustryFilter })));
export const FilterKey = lazy(() => loadFilter().then((m) => ({ default: m.FilterKey })));
export const LayoutLegend = lazy(() => loadLegend().then((m) => ({ default: m.LayoutLegend })));

/**
 * The two maps, each loaded only where it is chosen (src/state/renderer.ts): the SVG map (d3-geo,
 * d3-zoom) costs WebGL users nothing, and maplibre (two thirds of the old first view) is not
 * loaded where the SVG map draws. `preloadMap` starts the chosen one's download with the boundaries'.
 */
let svgMap: Promise<typeof import('../svgMap/SvgMap')> | undefined;
let webglMap: Promise<typeof import('../map/MapView')> | undefined;
const loadSvgMap = () => (svgMap ??= import('../svgMap/SvgMap'));
const loadWebglMap = () => (webglMap ??= import('../map/MapView'));
export const SvgMap = lazy(() => loadSvgMap().then((m) => ({ default: m.SvgMap })));
export const MapView = lazy(() => loadWebglMap().then((m) => ({ default: m.MapView })));
export const preloadMap = (renderer: 'webgl' | 'svg') => void (renderer === 'webgl' ? loadWebglMap() : loadSvgMap());

export function preloadPanels() {
  void loadRegionPanel();
  void loadElementPanel();
  void loadFilter();
  void loadLegend();
  void loadMatcher();
}

export const PresentationLayer = lazy(() => import('../present/PresentationLayer').then((m) => ({ default: m.PresentationLayer })));
export const PresenterView = lazy(() => import('../present/PresenterView').then((m) => ({ default: m.PresenterView })));
/** Actual figures and progress (src/progress): after the first map, like the pack loader. */
export const ProgressSection = lazy(() => import('../progress/ProgressSection').then((m) => ({ default: m.ProgressSection })));
export const PackLoader = lazy(() => import('../packs/PackLoader').then((m) => ({ default: m.PackLoader })));
/** The source reader (src/sources): only when a document is opened, by a panel's action or a `source=` link. */
export const SourceReader = lazy(() => import('../sources/SourceReader').then((m) => ({ default: m.SourceReader })));
/** The briefing builder (src/builder): only when opened from the briefing menu. */
export const BriefingBuilder = lazy(() => import('../builder/BriefingBuilder').then((m) => ({ default: m.BriefingBuilder })));
export const ExportMenu = lazy(() => import('../export/ExportMenu').then((m) => ({ default: m.ExportMenu })));
