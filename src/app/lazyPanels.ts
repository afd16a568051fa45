/**
 * Code the first view does without. The side panels carry the charts (recharts), the largest
 * part of the code: they load after the first map is drawn (`preloadPanels`), so the first view
 * stays small and the first click still finds them ready. What needs the plan data (filter,
 * legend) or a drawn map (export, presentation runtime, data-pack loader) loads then too.
 */
import { createElement, lazy, type ComponentType } from 'react';
import { useUi } from '../state/store';
import { numberFormat } from '../ui/format';

/**
 * A component whose code loads apart, drawn without suspending once its code is there. A plain
 * `lazy` suspends on its first render even when its module has long been preloaded, and React 19
 * holds what is revealed after a Suspense fallback for up to 300 ms: that was most of the first
 * click's wait for a panel on the SVG map (a trace showed 108 ms of main-thread work in 372 ms).
 */
function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let ready: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => (loading ??= load().then((component) => (ready = component)));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const Component = (props: P) => createElement(ready ?? Lazy, props);
  return { Component, preload };
}

const regionPanel = preloadable(() => import('../panel/RegionPanel').then((m) => m.RegionPanel));
const elementPanel = preloadable(() => import('../plans/ElementPanel').then((m) => m.ElementPanel));
const loadFilter = () => import('../filter/IndustryFilter');
const loadLegend = () => import('../layouts/LayoutLegend');
let matcher: Promise<typeof import('../filter/matchFilter')> | undefined;
/** The filter's matching: it needs the plan data, which loads after the first map too. */
export const loadMatcher = () => (matcher ??= import('../filter/matchFilter'));

export const RegionPanel = regionPanel.Component;
export const ElementPanel = elementPanel.Component;
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
  void regionPanel.preload();
  void elementPanel.preload();
  void loadFilter();
  void loadLegend();
  void loadMatcher();
  // The first number format of a language loads its locale data (ICU): 40 ms of the first panel's render on a slow PC.
  setTimeout(() => {
    const { lang } = useUi.getState();
    numberFormat(lang, 0);
    numberFormat(lang, 2);
  });
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
