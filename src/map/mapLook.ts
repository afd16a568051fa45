/**
 * The map's look for a screen: theme colours (default, high contrast for washed-out projectors,
 * dark for LED walls) and a scale for type, symbols and lines in a meeting room. Typed paint
 * and layout values only; MapController applies them.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { INTERPRETATION_OUTLINE_LAYERS, LABEL_LAYER_ID } from './layerStyle';
import { INTERPRETATION_LINE } from '../filter/matchStyle';

export type MapTheme = 'default' | 'contrast' | 'dark';
export interface MapLook {
  theme: MapTheme;
  /** 1 on a desk; larger for a room (type, symbols and lines). */
  scale: number;
}
export const DESK_LOOK: MapLook = { theme: 'default', scale: 1 };

interface Palette {
  background: string;
  contextFill: string;
  contextLine: string;
  regionLine: string;
  provinceLine: string;
  selection: string;
  label: string;
  halo: string;
  /** Paint behind layout names and belts (their casing). */
  layoutHalo: string;
  /** Extra width of outlines: thick for high contrast. */
  lineBoost: number;
}

export const PALETTES: Record<MapTheme, Palette> = {
  default: {
    background: '#dfe7ec',
    contextFill: '#f4f2ee',
    contextLine: '#b8b3aa',
    regionLine: '#ffffff',
    provinceLine: '#3b3b3b',
    selection: '#111111',
    label: '#1b1b1b',
    halo: '#ffffff',
    layoutHalo: '#ffffff',
    lineBoost: 1,
  },
  contrast: {
    background: '#ffffff',
    contextFill: '#ffffff',
    contextLine: '#000000',
    regionLine: '#000000',
    provinceLine: '#000000',
    selection: '#000000',
    label: '#000000',
    halo: '#ffffff',
    layoutHalo: '#ffffff',
    lineBoost: 1.8,
  },
  dark: {
    background: '#0b0f14',
    contextFill: '#161c23',
    contextLine: '#4a5663',
    regionLine: '#0b0f14',
    provinceLine: '#d8dee6',
    selection: '#ffffff',
    label: '#f4f6f8',
    halo: '#0b0f14',
    layoutHalo: '#0b0f14',
    lineBoost: 1,
  },
};

export interface LayerUpdate {
  id: string;
  paint: Record<string, unknown>;
  layout: Record<string, unknown>;
}

/** Paint of the base and region layers for a look (fill opacity stays with the drill scope). */
export function regionLookUpdates(look: MapLook): LayerUpdate[] {
  const p = PALETTES[look.theme];
  const w = (width: number) => width * look.scale * p.lineBoost;
  return [
    { id: 'background', paint: { 'background-color': p.background }, layout: {} },
    { id: 'context-fill', paint: { 'fill-color': p.contextFill }, layout: {} },
    { id: 'context-line', paint: { 'line-color': p.contextLine, 'line-width': w(0.8) }, layout: {} },
    { id: 'counties-line', paint: { 'line-color': p.regionLine, 'line-width': w(0.8) }, layout: {} },
    { id: 'prefectures-line', paint: { 'line-color': p.regionLine, 'line-width': w(1.6) }, layout: {} },
    { id: 'provinces-line', paint: { 'line-color': p.provinceLine, 'line-width': w(2.2) }, layout: {} },
    { id: 'selection-line', paint: { 'line-color': p.selection, 'line-width': w(4) }, layout: {} },
    ...INTERPRETATION_OUTLINE_LAYERS.map((id) => ({ id, paint: { 'line-color': p.provinceLine, 'line-width': w(INTERPRETATION_LINE.width) }, layout: {} })),
  ];
}

export function labelLookUpdate(look: MapLook): LayerUpdate {
  const p = PALETTES[look.theme];
  const size: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 4, 13 * look.scale, 8, 17 * look.scale];
  return {
    id: LABEL_LAYER_ID,
    paint: { 'text-color': p.label, 'text-halo-color': p.halo, 'text-halo-width': look.theme === 'default' ? 1.6 : 2.4 },
    layout: { 'text-size': size },
  };
}

/** Fill opacities are raised under high contrast: no pale tints a projector would wash out. */
export const fillStrength = (look: MapLook) => (look.theme === 'contrast' ? 1.45 : 1);
