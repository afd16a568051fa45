/**
 * One symbol per kind of layout element, shared by the map (drawn to canvas icons) and the
 * legend (inline SVG), so shape — not colour alone — tells the kinds apart. Colour tells plans apart.
 */
import type { LayoutKind } from '../data/planSchema';

/** Symbol shapes as SVG paths in a 24×24 box. */
export const SHAPES = {
  star: 'M12 1.5l3.1 6.6 7.2.9-5.3 5 1.4 7.1L12 17.6l-6.4 3.5 1.4-7.1-5.3-5 7.2-.9z',
  triangle: 'M12 2.5l10 18H2z',
  hexagon: 'M12 2l8.7 5v10L12 22l-8.7-5V7z',
  square: 'M4 4h16v16H4z',
  diamond: 'M12 2l10 10-10 10L2 12z',
  ring: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zm0 5a4 4 0 1 1 0 8a4 4 0 1 1 0-8z',
} as const;
export type ShapeName = keyof typeof SHAPES;

export type LayoutGeometryKind = 'point' | 'line' | 'area';

export const KIND_STYLE: Record<LayoutKind, { shape: ShapeName; geometry: LayoutGeometryKind; dashed?: boolean }> = {
  core: { shape: 'star', geometry: 'point' },
  pole: { shape: 'triangle', geometry: 'point' },
  cluster: { shape: 'hexagon', geometry: 'point' },
  base: { shape: 'square', geometry: 'point' },
  platform: { shape: 'square', geometry: 'point' },
  highland: { shape: 'square', geometry: 'point' },
  pattern: { shape: 'square', geometry: 'point' },
  zone: { shape: 'diamond', geometry: 'area' },
  area: { shape: 'diamond', geometry: 'area' },
  'pilot-area': { shape: 'ring', geometry: 'area' },
  belt: { shape: 'diamond', geometry: 'line' },
  corridor: { shape: 'diamond', geometry: 'line', dashed: true },
};

/** Okabe–Ito based, one colour per plan document; distinct from the region fills' tints. */
export const PLAN_COLOURS: Record<string, string> = {
  'hebei-manufacturing-14fyp': '#8c2d04',
  'jilin-sei-2022': '#006d5b',
  'jilin-industry-14fyp': '#08306b',
  'jilin-clusters-2013': '#6a3d9a',
  'lishui-clusters-2022': '#00441b',
};
export const DEFAULT_PLAN_COLOUR = '#333333';

export const iconName = (shape: ShapeName, planId: string) => `layout-${shape}-${planId}`;
export const patternName = (planId: string, index: number) => `hatch-${planId}-${index}`;
