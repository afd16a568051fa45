/**
 * Code the first view does without. The side panels carry the charts (recharts), the largest
 * part of the code: they load after the first map is drawn (`preloadPanels`), so the first view
 * stays small and the first click still finds them ready.
 */
import { lazy } from 'react';

let regionPanel: Promise<typeof import('../panel/RegionPanel')> | undefined;
let elementPanel: Promise<typeof import('../plans/ElementPanel')> | undefined;
const loadRegionPanel = () => (regionPanel ??= import('../panel/RegionPanel'));
const loadElementPanel = () => (elementPanel ??= import('../plans/ElementPanel'));

export const RegionPanel = lazy(() => loadRegionPanel().then((m) => ({ default: m.RegionPanel })));
export const ElementPanel = lazy(() => loadElementPanel().then((m) => ({ default: m.ElementPanel })));

/** The SVG map for browsers without WebGL2 (d3-geo): loaded only there, so it costs WebGL users nothing. */
export const SvgMap = lazy(() => import('../fallback/SvgMap').then((m) => ({ default: m.SvgMap })));

export function preloadPanels() {
  void loadRegionPanel();
  void loadElementPanel();
}
