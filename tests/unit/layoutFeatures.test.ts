import { describe, expect, it } from 'vitest';
import { GROUP_CELL_PX, groupOffsets, layoutFeatures, nameAnchors } from '../../src/layouts/layoutFeatures';
import { plans, regions } from './realData';

const layouts = layoutFeatures(plans, regions);
const byKey = <T extends { properties: { key: string } }>(features: T[], key: string) => features.filter((f) => f.properties.key === key);

describe('layout geometry from the plans', () => {
  it("puts Hebei's core on Xiong'an and its poles on Shijiazhuang and Tangshan", () => {
    const [core] = byKey(layouts.points.features, 'hebei-manufacturing-14fyp/hb-core-xiongan');
    expect(core.geometry.coordinates).toEqual(regions.regions.get('133100')!.label);
    expect(core.properties.kind).toBe('core');
    for (const [key, code] of [
      ['hebei-manufacturing-14fyp/hb-pole-shijiazhuang', '130100'],
      ['hebei-manufacturing-14fyp/hb-pole-tangshan', '130200'],
    ]) {
      expect(byKey(layouts.points.features, key)[0].geometry.coordinates).toEqual(regions.regions.get(code)!.label);
    }
  });

  it("orders an area's symbol before every point element's, so a core or pole near a zone's centre is drawn over it", () => {
    const order = layouts.points.features.map((f) => f.properties.key);
    const zone = order.indexOf('hebei-manufacturing-14fyp/hb-zone-around-jingjin');
    expect(zone).toBeGreaterThanOrEqual(0);
    expect(zone).toBeLessThan(order.indexOf('hebei-manufacturing-14fyp/hb-core-xiongan'));
    const areaFirst = layouts.points.features.map((f) => ['zone', 'area', 'pilot-area'].includes(f.properties.kind));
    expect(areaFirst).toEqual([...areaFirst].sort((a, b) => Number(b) - Number(a)));
  });

  it('draws each Jilin belt as a line from Changchun through its stated cities', () => {
    const [belt] = byKey(layouts.lines.features, 'jilin-clusters-2013/j13-belt-cltb');
    const codes = ['220100', '220400', '220500', '220600'];
    expect(belt.geometry.coordinates).toEqual(codes.map((c) => regions.regions.get(c)!.label));
    expect(belt.properties.period).toBe('2013–2017');
  });

  it('keeps an interpreted member out of the line but tints it, marked as interpretation', () => {
    const [line] = byKey(layouts.lines.features, 'jilin-clusters-2013/j13-belt-cjt');
    expect(line.geometry.coordinates).not.toContainEqual(regions.regions.get('222400')!.label);
    // "Tumen (Tumen River Basin)" names neither Tumen City nor Yanbian: the line runs through the stated Changchun and Jilin.
    expect(line.geometry.coordinates).toEqual(['220100', '220200'].map((c) => regions.regions.get(c)!.label));
    const yanbian = byKey(layouts.areas.features, 'jilin-clusters-2013/j13-belt-cjt').find((f) => f.properties.code === '222400');
    expect(yanbian?.properties.status).toBe('interpretation');
  });

  it('draws a corridor whose members are all readings through all of them, in order, marked as interpretation', () => {
    const [line] = byKey(layouts.lines.features, 'jilin-sei-2022/jsei-corridor-medical');
    const codes = ['220100', '220400', '220581', '220500', '220600', '222400'];
    expect(line.geometry.coordinates).toEqual(codes.map((c) => regions.regions.get(c)!.label));
    expect(line.properties.status).toBe('interpretation');
  });

  it('draws the four Hebei zones as areas of interpreted prefectures, with distinct patterns', () => {
    const zones = layouts.areas.features.filter((f) => f.properties.kind === 'zone' && f.properties.plan === 'hebei-manufacturing-14fyp');
    expect(new Set(zones.map((z) => z.properties.key)).size).toBe(4);
    expect(zones.every((z) => z.properties.status === 'interpretation')).toBe(true);
    expect(new Set(zones.map((z) => z.properties.pattern)).size).toBe(4);
  });

  it("spreads Lishui's five clusters around the city instead of stacking them", () => {
    const clusters = layouts.points.features.filter((f) => f.properties.plan === 'lishui-clusters-2022');
    expect(clusters).toHaveLength(5);
    expect(new Set(clusters.map((c) => c.properties.offset.join(','))).size).toBe(5);
    // A compact group, no symbol within a cell of another (icons are 24 px): grouped, never stacked.
    for (const a of clusters)
      for (const b of clusters)
        if (a !== b) {
          const [dx, dy] = [a.properties.offset[0] - b.properties.offset[0], a.properties.offset[1] - b.properties.offset[1]];
          expect(Math.max(Math.abs(dx), Math.abs(dy))).toBeGreaterThanOrEqual(GROUP_CELL_PX - 1);
        }
  });

  it('groups symbols sharing a place in rows of at most three, centred, one cell apart', () => {
    expect(groupOffsets(1)).toEqual([[0, 0]]);
    expect(groupOffsets(2, 10)).toEqual([
      [-5, 0],
      [5, 0],
    ]);
    expect(groupOffsets(5, 10)).toEqual([
      [-10, 0],
      [0, 0],
      [10, 0],
      [-5, 10],
      [5, 10],
    ]);
  });

  it("offers a name's places beside its symbol: right, left, below, above", () => {
    const anchors = nameAnchors([0, 26]);
    expect(anchors.filter((a) => typeof a === 'string')).toEqual(['left', 'right', 'top', 'bottom']);
    expect(anchors[1]).toEqual([1.1, 2]);
  });

  it('keeps symbols below the place name so the name stays clickable', () => {
    for (const p of layouts.points.features) expect(p.properties.offset[1]).toBeGreaterThan(0);
  });

  it('draws nothing for elements whose text names no place', () => {
    const keys = [...layouts.points.features, ...layouts.lines.features, ...layouts.areas.features].map((f) => f.properties.key);
    expect(keys).not.toContain('jilin-sei-2022/jsei-digital-cluster');
    expect(keys).not.toContain('hebei-manufacturing-14fyp/hb-county-clusters');
  });
});
