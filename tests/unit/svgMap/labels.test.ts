// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placeMapNames, textWidth } from '../../../src/svgMap/labels';

describe('placeMapNames', () => {
  const screen = { width: 400, height: 300 };

  it('places larger regions first; a smaller neighbour moves off its point, or is left out when no place is free', () => {
    const { regions } = placeMapNames({
      regions: [
        { code: 'small', text: '竞秀区', x: 110, y: 100, priority: 10 },
        { code: 'big', text: '保定市', x: 100, y: 100, priority: 1000 },
        { code: 'apart', text: '龙泉市', x: 300, y: 200, priority: 1 },
      ],
      regionFontPx: 14,
      screen,
    });
    const byCode = new Map(regions.map((r) => [r.code, r]));
    expect(byCode.get('big')).toMatchObject({ x: 100, y: 100 });
    expect(byCode.get('apart')).toMatchObject({ x: 300, y: 200 });
    // Its own point is under the larger name: it moves to a free place around it, overlapping nothing.
    const small = byCode.get('small')!;
    expect([small.x, small.y]).not.toEqual([110, 100]);
    const box = (r: { x: number; y: number; width: number }) => [r.x - r.width / 2, r.y - 8.4, r.x + r.width / 2, r.y + 8.4];
    const [a, b] = [box(small), box(byCode.get('big')!)];
    expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]).toBe(false);
  });

  it('drops names that would leave the screen at every candidate place', () => {
    const narrow = { width: 80, height: 300 };
    expect(
      placeMapNames({ regions: [{ code: 'edge', text: 'Zhangjiakou', x: 40, y: 100, priority: 1 }], regionFontPx: 14, screen: narrow })
        .regions,
    ).toEqual([]);
    // Near an edge, it moves inward rather than vanish.
    expect(
      placeMapNames({ regions: [{ code: 'edge', text: 'Zhangjiakou', x: 5, y: 100, priority: 1 }], regionFontPx: 14, screen }).regions[0].x,
    ).toBeGreaterThan(5);
  });

  it('keeps a region name off a symbol and off a belt line through its point', () => {
    const symbol = placeMapNames({
      regions: [{ code: 'yanbian', text: '延边朝鲜族自治州', x: 200, y: 150, priority: 1 }],
      regionFontPx: 20,
      // The ◎ below the name's point (BELOW_LABEL), reaching up into a large name.
      symbols: [[190, 160, 210, 180]],
      screen,
    }).regions[0];
    expect(symbol.y).toBeLessThan(150);
    const belt = placeMapNames({
      regions: [{ code: 'changchun', text: '长春市', x: 200, y: 150, priority: 1 }],
      regionFontPx: 14,
      lines: [
        [
          [100, 150],
          [300, 150],
        ],
      ],
      lineWidthPx: 5,
      screen,
    }).regions[0];
    expect(Math.abs(belt.y - 150)).toBeGreaterThan(8);
  });

  it('puts an element name beside its symbol, right first, then left when a region name takes the right', () => {
    const element = { key: 'p/e', plan: 'p', lines: ['雄安新区'], x: 200, y: 150, symbolPx: 24, priority: 0 };
    const alone = placeMapNames({ regions: [], regionFontPx: 14, elements: [element], elementFontPx: 13, screen });
    expect(alone.elements[0].x).toBeGreaterThan(200 + 12);
    expect(alone.elements[0].y).toBe(150);
    const crowded = placeMapNames({
      regions: [{ code: 'r', text: '保定市', x: 250, y: 150, priority: 1 }],
      regionFontPx: 14,
      elements: [element],
      elementFontPx: 13,
      symbols: [[188, 138, 212, 162]],
      screen,
    });
    expect(crowded.regions[0]).toMatchObject({ x: 250, y: 150 });
    expect(crowded.elements[0].x).toBeLessThan(200 - 12);
  });

  it('measures CJK characters wider than Latin ones', () => {
    expect(textWidth('保定市', 10)).toBe(30);
    expect(textWidth('abc', 10)).toBeCloseTo(17.4);
  });
});
