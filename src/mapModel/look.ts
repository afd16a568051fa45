/**
 * The map's look for a screen: theme colours (default, high contrast for washed-out projectors,
 * dark for LED walls) and a room scale for type, symbols and lines. Both renderers read these.
 */
export type MapTheme = 'default' | 'contrast' | 'dark';
export interface MapLook {
  theme: MapTheme;
  /** 1 on a desk; larger for a room (type, symbols and lines). */
  scale: number;
}
export const DESK_LOOK: MapLook = { theme: 'default', scale: 1 };

export interface Palette {
  background: string;
  contextFill: string;
  contextLine: string;
  regionLine: string;
  provinceLine: string;
  selection: string;
  label: string;
  halo: string;
  /** Paint behind layout names and belts (their casing); the plans' colours must read on it (tests/unit/mapModel/palette.test.ts). */
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
    // Layout names and belts keep their plans' (dark) colours: a light halo and casing under them, as in the other themes.
    layoutHalo: '#e8edf2',
    lineBoost: 1,
  },
};

/** A width in the room's scale (type, symbols, casings). */
export const scaled = (look: MapLook, width: number) => width * look.scale;
/** An outline's width in the room's scale, thickened under high contrast. */
export const outlineWidth = (look: MapLook, width: number) => width * look.scale * PALETTES[look.theme].lineBoost;

/** Fill opacities are raised under high contrast: no pale tints a projector would wash out. */
export const fillStrength = (look: MapLook) => (look.theme === 'contrast' ? 1.45 : 1);

export const sameLook = (a: MapLook, b: MapLook) => a.theme === b.theme && a.scale === b.scale;

/** Desk type up to this size (px) draws the map at desk scale; a bigger screen's larger desk type scales the map with it. */
const DESK_TYPE_PX = 20;

/**
 * The look of the screen: the presentation's theme and a room scale that grows with its type size
 * (about 1.5× at 1920×1080, 3× at 3840×2160); outside presentation mode a desk look, enlarged with
 * the desk type on a big screen (about 1.8× at 3840×2160, app.css).
 */
export const roomLook = (presenting: boolean, theme: MapTheme, rootFontPx: number): MapLook =>
  presenting
    ? { theme, scale: Math.max(1, rootFontPx / 16) }
    : rootFontPx > DESK_TYPE_PX
      ? { ...DESK_LOOK, scale: rootFontPx / DESK_TYPE_PX }
      : DESK_LOOK;
