/**
 * Every theme's map is legible by rule: names reach 4.5:1 against what is drawn behind them (their
 * halo, and the map's background), lines and symbols 3:1 (WCAG 2.2 AA for text and graphics).
 * Layout names are drawn in their plan's colour on the theme's layout halo; symbols in the plan's
 * colour with a white edge.
 */
import { describe, expect, it } from 'vitest';
import { PALETTES, SYMBOL_ICON, labelStyle, type MapTheme } from '../../../src/mapModel';
import { DEFAULT_PLAN_COLOUR, PLAN_COLOURS } from '../../../src/layouts/symbols';

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const THEMES = Object.keys(PALETTES) as MapTheme[];
const planColours = [...Object.values(PLAN_COLOURS), DEFAULT_PLAN_COLOUR];

describe('contrast arithmetic', () => {
  it('gives the known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#123456', '#123456')).toBe(1);
  });
});

describe.each(THEMES)('the %s map', (theme) => {
  const p = PALETTES[theme];

  it('region names read on their halo and on the background', () => {
    const label = labelStyle({ theme, scale: 1 });
    expect(contrast(label.colour, label.halo)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(label.colour, p.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(planColours)('names of plan colour %s read on the layout halo; its belts on their casing', (colour) => {
    expect(contrast(colour, p.layoutHalo)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(planColours)('symbols of plan colour %s stand out from their edge, the edge from the background', (colour) => {
    expect(contrast(colour, SYMBOL_ICON.edgeColour)).toBeGreaterThanOrEqual(3);
    expect(contrast(SYMBOL_ICON.edgeColour, p.background) >= 3 || contrast(colour, p.background) >= 3).toBe(true);
  });

  it('the casing, the selection and the province borders stand out from the background', () => {
    expect(contrast(p.selection, p.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.provinceLine, p.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.layoutHalo, p.background) >= 3 || planColours.every((c) => contrast(c, p.background) >= 3)).toBe(true);
  });
});
