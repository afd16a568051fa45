import { describe, expect, it } from 'vitest';
import { labelLookUpdate, regionLookUpdates } from '../../../src/map/mapLook';
import { layoutLayers } from '../../../src/map/layoutStyle';

const paintOf = (updates: ReturnType<typeof regionLookUpdates>, id: string) => updates.find((u) => u.id === id)!.paint;

describe("the map's look for a room", () => {
  it('high contrast: white ground, black outlines thicker than on the desk', () => {
    const desk = regionLookUpdates({ theme: 'default', scale: 1 });
    const contrast = regionLookUpdates({ theme: 'contrast', scale: 1 });
    expect(paintOf(contrast, 'background')['background-color']).toBe('#ffffff');
    expect(paintOf(contrast, 'prefectures-line')['line-color']).toBe('#000000');
    expect(paintOf(contrast, 'prefectures-line')['line-width']).toBeGreaterThan(paintOf(desk, 'prefectures-line')['line-width'] as number);
  });

  it('dark: light names on a dark ground', () => {
    const label = labelLookUpdate({ theme: 'dark', scale: 1 });
    expect(paintOf(regionLookUpdates({ theme: 'dark', scale: 1 }), 'background')['background-color']).toBe('#0b0f14');
    expect(label.paint['text-color']).toBe('#f4f6f8');
  });

  it('scales names, symbols and lines with the room', () => {
    expect(labelLookUpdate({ theme: 'default', scale: 2 }).layout['text-size']).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      4,
      26,
      8,
      34,
    ]);
    const points = (scale: number) =>
      layoutLayers({ hiddenPlans: [], selectedElement: null }, 'zh', { theme: 'default', scale }).find((l) => l.id === 'layout-points')!;
    const names = layoutLayers({ hiddenPlans: [], selectedElement: null }, 'zh', { theme: 'default', scale: 1.5 }).find(
      (l) => l.id === 'layout-names',
    )!;
    expect((names as { layout: Record<string, unknown> }).layout['text-size']).toBe(19.5);
    expect((points(1.5) as { layout: Record<string, unknown> }).layout['icon-size']).toEqual([
      'case',
      ['==', ['get', 'key'], ''],
      1.35 * 1.5,
      1.5,
    ]);
  });
});
