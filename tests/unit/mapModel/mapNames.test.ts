// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placeMapNames, regionNameOffsets, textWidth } from '../../../src/mapModel/mapNames';

describe('placeMapNames', () => {
  const screen = { width: 400, height: 300 };

  it('places larger regions first, each on its point; a smaller neighbour under a larger name is left out', () => {
    // Moved beside its point it would stand over the next region's point and read as that region's name.
    const { regions } = placeMapNames({
      regions: [
        { code: 'small', text: '竞秀区', x: 110, y: 100, priority: 10 },
        { code: 'big', text: '保定市', x: 100, y: 100, priority: 1000 },
        { code: 'apart', text: '龙泉市', x: 300, y: 200, priority: 1 },
      ],
      regionFontPx: 14,
      screen,
    });
    expect(regions.map((r) => [r.code, r.x, r.y])).toEqual([
      ['big', 100, 100],
      ['apart', 300, 200],
    ]);
  });

  it('drops names that would leave the screen', () => {
    expect(
      placeMapNames({ regions: [{ code: 'edge', text: 'Zhangjiakou', x: 5, y: 100, priority: 1 }], regionFontPx: 14, screen }).regions,
    ).toEqual([]);
  });

  it('never gives a region name away to a symbol or a belt line: with no clear place beside, it stays on its point, drawn over them', () => {
    // A hub like Changchun: belts in every direction through its point and a ◎ reaching up into its name.
    const hub = placeMapNames({
      regions: [{ code: 'changchun', text: '长春市', x: 200, y: 150, priority: 1 }],
      regionFontPx: 14,
      symbols: [[190, 145, 210, 165]],
      lines: [
        [
          [100, 150],
          [300, 150],
        ],
        [
          [200, 50],
          [200, 250],
        ],
        [
          [120, 70],
          [280, 230],
        ],
      ],
      lineWidthPx: 5,
      screen,
    }).regions;
    expect(hub).toEqual([expect.objectContaining({ code: 'changchun', x: 200, y: 150 })]);
  });

  it('moves a region name just off a symbol on its point when beside it is clear, never over a neighbour’s point', () => {
    // Xiong'an's ★ where a prefecture's name would stand.
    const star = [188, 140, 212, 160] as const;
    const clearOfStar = (r: { x: number; y: number; width: number }) =>
      r.x - r.width / 2 > star[2] || r.x + r.width / 2 < star[0] || r.y - 8.4 > star[3] || r.y + 8.4 < star[1];
    const alone = placeMapNames({
      regions: [{ code: 'sjz', text: '石家庄市', x: 200, y: 150, priority: 1 }],
      regionFontPx: 14,
      symbols: [star],
      screen,
    });
    expect(alone.regions).toHaveLength(1);
    expect(clearOfStar(alone.regions[0])).toBe(true);
    // Neighbours' points right and left of it: it goes above or below, over neither point.
    const between = placeMapNames({
      regions: [
        { code: 'sjz', text: '石家庄市', x: 200, y: 150, priority: 2 },
        { code: 'right', text: '甲', x: 250, y: 150, priority: 1 },
        { code: 'left', text: '乙', x: 150, y: 150, priority: 0 },
      ],
      regionFontPx: 14,
      symbols: [star],
      screen,
    }).regions;
    const sjz = between.find((r) => r.code === 'sjz')!;
    expect(sjz.x).toBe(200);
    expect(clearOfStar(sjz)).toBe(true);
    expect(between.map((r) => r.code).sort()).toEqual(['left', 'right', 'sjz']);
  });

  it('moves a name beside its point and half a line down when marks block every straight move (邢台 among Hebei’s symbols)', () => {
    const name = { code: 'xt', text: '邢台市', x: 200, y: 150, priority: 1 };
    const symbols = [
      [190, 140, 210, 160], // on its point
      [230, 128, 246, 146], // right, and right a little higher
      [195, 165, 205, 185], // below
      [195, 115, 205, 130], // above
      [170, 145, 180, 155], // left
    ] as const;
    const [placed] = placeMapNames({ regions: [name], regionFontPx: 14, symbols, screen }).regions;
    expect(placed.x).toBeGreaterThan(230);
    expect(placed.y).toBeGreaterThan(150);
    const box = [placed.x - placed.width / 2, placed.y - 8.4, placed.x + placed.width / 2, placed.y + 8.4];
    expect(symbols.filter((s) => s[0] < box[2] && box[0] < s[2] && s[1] < box[3] && box[1] < s[3])).toEqual([]);
  });

  it('gives the WebGL map each moved name’s offset in ems of its size, and nothing for a name on its point', () => {
    const points = [
      { code: 'moved', text: '石家庄市', x: 200, y: 150, priority: 1 },
      { code: 'still', text: '邢台市', x: 300, y: 150, priority: 0 },
    ];
    const placed = [
      { ...points[0], x: 155.2, y: 150, width: 52 },
      { ...points[1], width: 39 },
    ];
    expect([...regionNameOffsets(points, placed, 14)]).toEqual([['moved', [-3.2, 0]]]);
  });

  it('never moves a name into a smaller neighbour’s place: it stays on its point over the mark instead', () => {
    // 吉林市 with a belt through its point and 长春市's name below and to the right: moved, it would take 长春市's place.
    const { regions } = placeMapNames({
      regions: [
        { code: 'jilin', text: '吉林市', x: 200, y: 150, priority: 2 },
        { code: 'changchun', text: '长春市', x: 235, y: 178, priority: 1 },
        { code: 'right', text: '甲市', x: 250, y: 150, priority: 0 },
        { code: 'above', text: '乙市', x: 200, y: 125, priority: 0 },
      ],
      regionFontPx: 14,
      lines: [
        [
          [150, 150],
          [226, 150],
        ],
      ],
      screen,
    });
    expect(regions.map((r) => [r.code, r.x, r.y]).sort()).toEqual([
      ['above', 200, 125],
      ['changchun', 235, 178],
      ['jilin', 200, 150],
      ['right', 250, 150],
    ]);
  });

  it('moving a name off a mark never changes which names show (a larger name moved away lets no neighbour in)', () => {
    const { regions } = placeMapNames({
      regions: [
        { code: 'a', text: '吉林市', x: 200, y: 150, priority: 3 },
        // Under a's name on its own point: left out, moved or not.
        { code: 'b', text: '长春市', x: 200, y: 168, priority: 2 },
        // Clear of a, under b's own place: shown because b is not.
        { code: 'c', text: '四平市', x: 200, y: 186, priority: 1 },
      ],
      regionFontPx: 14,
      symbols: [[190, 140, 210, 160]],
      screen,
    });
    expect(regions.map((r) => r.code).sort()).toEqual(['a', 'c']);
    // a itself went off the symbol (beside it: below is b's point).
    const a = regions.find((r) => r.code === 'a')!;
    expect(a.x - a.width / 2).toBeGreaterThan(210);
  });

  it('keeps names from under the controls over the map: moved aside where a place is free, else left out', () => {
    // The breadcrumb over the top-left corner, the zoom buttons at the bottom left.
    const breadcrumb = [0, 0, 150, 40] as const;
    const zoom = [0, 230, 40, 300] as const;
    const { regions, elements } = placeMapNames({
      regions: [
        { code: 'under', text: '承德市', x: 120, y: 30, priority: 2 },
        { code: 'buried', text: '乙', x: 20, y: 265, priority: 1 },
      ],
      regionFontPx: 14,
      elements: [{ key: 'p/e', plan: 'p', lines: ['开发区'], x: 60, y: 120, symbolPx: 24, priority: 0 }],
      elementFontPx: 13,
      overlays: [breadcrumb, zoom],
      screen,
    });
    const under = regions.find((r) => r.code === 'under')!;
    expect(under.x).toBe(120);
    expect(under.y - 8.4).toBeGreaterThan(breadcrumb[3]);
    expect(regions.map((r) => r.code)).toEqual(['under']);
    // Without the controls both names stand on their points.
    const free = placeMapNames({
      regions: [
        { code: 'under', text: '承德市', x: 120, y: 30, priority: 2 },
        { code: 'buried', text: '乙', x: 20, y: 265, priority: 1 },
      ],
      regionFontPx: 14,
      screen,
    }).regions;
    expect(free.map((r) => [r.code, r.y])).toEqual([
      ['under', 30],
      ['buried', 265],
    ]);
    expect(elements).toHaveLength(1);
  });

  it('keeps an element name off the region names, the symbols and the belt lines, or leaves it out', () => {
    const element = { key: 'p/e', plan: 'p', lines: ['长春国际汽车城'], x: 200, y: 174, symbolPx: 24, priority: 0 };
    const { regions, elements } = placeMapNames({
      regions: [{ code: 'changchun', text: '长春市', x: 200, y: 150, priority: 1 }],
      regionFontPx: 14,
      elements: [element],
      elementFontPx: 13,
      symbols: [[188, 162, 212, 186]],
      lines: [
        [
          [100, 174],
          [200, 174],
        ],
      ],
      lineWidthPx: 5,
      screen,
    });
    expect(regions[0]).toMatchObject({ x: 200, y: 150 });
    // Right of its symbol is free (the belt comes from the left).
    expect(elements[0].x).toBeGreaterThan(212);
    expect(elements[0].y).toBe(174);
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
