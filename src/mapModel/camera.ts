/**
 * The camera both renderers implement, and the framing rules they share: padding around a framed
 * box (more in a meeting room, where symbols are larger), the closest a frame zooms, animation.
 */
import type { Bbox } from '../data/regions';
import type { MapLook } from './look';

export interface FrameOptions {
  animate: boolean;
  /** room (px) kept on the right for the side panel */
  rightPadding: number;
  /** room (px) kept below, e.g. for presentation figure cards */
  bottomPadding?: number;
  /** room (px) kept on the left: figure cards down the left of a wide wall */
  leftPadding?: number;
}

export interface MapCamera {
  /** Frames a box, leaving the padding of `framePadding`. */
  frame(bbox: Bbox, options: FrameOptions): Promise<void>;
  /** Moves to a centre [lng, lat] and a zoom level (web-mercator, see `worldWidthPx`). */
  goTo(center: [number, number], zoom: number, options: { animate: boolean }): Promise<void>;
  /** Fits the map to its container now, after a layout change. */
  resize(): void;
  /** A copy of the map as drawn now, optionally at another pixel ratio (2 for slides). */
  snapshot(pixelRatio?: number): Promise<HTMLCanvasElement>;
  /** The theme and room scale. */
  setLook(look: MapLook): Promise<void>;
}

/** Room (px, at desk scale) around a framed box: layout symbols stand beside their regions, outside the bbox. */
export const FRAME_EDGE_PX = 56;
/** A frame zooms no closer than this (zoom level). */
export const FRAME_MAX_ZOOM = 9;
export const CAMERA_ANIMATION_MS = 600;

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/*
 * No extra room for the overlays: the edge already clears the breadcrumb (about 40 px over the map's
 * top-left) and the symbols hanging below a place's name (BELOW_LABEL and a group's second row, 64 px
 * below a label point, which stands well inside a framed region). Extra room (36 px above, 44 below)
 * shrank the whole-map view by a fifth at 1280×720 and cost Hebei's names (石家庄市) their room.
 */
export function framePadding(look: MapLook, options: Pick<FrameOptions, 'rightPadding' | 'bottomPadding' | 'leftPadding'>): Padding {
  const edge = Math.round(FRAME_EDGE_PX * look.scale);
  return {
    top: edge,
    bottom: edge + (options.bottomPadding ?? 0),
    left: edge + (options.leftPadding ?? 0),
    right: edge + options.rightPadding,
  };
}

/** How far below a place's point its layout symbols reach (px at desk scale): 24 below its name, a group's second row (28) and half an icon (12). */
export const HANGING_SYMBOLS_PX = 64;

/**
 * The whole pack's frame (first view, the zoom-out limit): as any frame in the screen's look, with
 * room below for the symbols hanging under the southernmost place (Lishui's five clusters: its point
 * is only a few dozen pixels above the pack's edge), and `topPx` kept free above (a notice).
 */
export function homePadding(look: MapLook, topPx = 0): Padding {
  const padding = framePadding(look, { rightPadding: 0 });
  return {
    ...padding,
    top: Math.max(padding.top, topPx),
    bottom: Math.max(padding.bottom, Math.round(HANGING_SYMBOLS_PX * look.scale) + 8),
  };
}

/** The width (px) of the whole web-mercator world at a zoom level, to turn a zoom into a scale. */
export const worldWidthPx = (zoom: number) => 512 * 2 ** zoom;
