// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth } from '../../../src/svgMap/labels';

describe('placeLabels', () => {
  const screen = { width: 400, height: 300 };

  it('places larger regions first and drops a name that would overlap one placed', () => {
    const placed = placeLabels(
      [
        { code: 'small', text: '竞秀区', x: 110, y: 100, priority: 10 },
        { code: 'big', text: '保定市', x: 100, y: 100, priority: 1000 },
        { code: 'apart', text: '龙泉市', x: 300, y: 200, priority: 1 },
      ],
      14,
      screen,
    );
    expect(placed.map((l) => l.code)).toEqual(['big', 'apart']);
  });

  it('drops names that would leave the screen', () => {
    expect(placeLabels([{ code: 'edge', text: 'Zhangjiakou', x: 5, y: 100, priority: 1 }], 14, screen)).toEqual([]);
  });

  it('measures CJK characters wider than Latin ones', () => {
    expect(textWidth('保定市', 10)).toBe(30);
    expect(textWidth('abc', 10)).toBeCloseTo(17.4);
  });
});
