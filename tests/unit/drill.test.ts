import { describe, expect, it } from 'vitest';
import { parseBoundaryPack } from '../../src/data/regions';
import { canDrillInto, displayedParents, isDisplayed, jumpTargets, naturalScope, topRegions } from '../../src/state/drill';
import type { Region, RegionData } from '../../src/data/regions';
import { fixtureTopology } from './fixtures';

const data = parseBoundaryPack(fixtureTopology(), 'fixture.json');

describe('drill-down rules', () => {
  it('takes provinces and prefecture cities without a province in the pack as top regions', () => {
    expect(
      topRegions(data)
        .map((r) => r.code)
        .sort(),
    ).toEqual(['130000', '331100']);
  });

  it("shows prefectures, Xiong'an and Lishui counties at the top", () => {
    expect(displayedParents(data, null).sort()).toEqual(['130000', '331100']);
    expect(isDisplayed(data, null, '130600')).toBe(true);
    expect(isDisplayed(data, null, '133100')).toBe(true);
    expect(isDisplayed(data, null, '331102')).toBe(true);
    expect(isDisplayed(data, null, '130602')).toBe(false);
  });

  it("shows a prefecture's counties once drilled into it", () => {
    expect(displayedParents(data, '130600')).toEqual(['130600']);
    expect(isDisplayed(data, '130600', '130602')).toBe(true);
    expect(isDisplayed(data, '130600', '130100')).toBe(false);
  });

  it('falls back to the top view for a scope without children', () => {
    expect(displayedParents(data, '133100').sort()).toEqual(['130000', '331100']);
  });

  it('picks the scope that shows a region among its siblings', () => {
    expect(naturalScope(data, '130000')).toBe('130000');
    expect(naturalScope(data, '130600')).toBeNull();
    expect(naturalScope(data, '130602')).toBe('130600');
    expect(naturalScope(data, '331102')).toBeNull();
    expect(naturalScope(data, '331100')).toBe('331100');
    expect(naturalScope(data, '999999')).toBeNull();
  });

  it('only drills into regions with subdivisions', () => {
    expect(canDrillInto(data, '130600')).toBe(true);
    expect(canDrillInto(data, '133100')).toBe(false);
  });
});

describe('jump buttons', () => {
  it('offers every top region when there are few', () => {
    expect(
      jumpTargets(data, undefined)
        .map((r) => r.code)
        .sort(),
    ).toEqual(['130000', '331100']);
  });

  it('offers only the regions with plans in a pack with many provinces (a national pack)', () => {
    const province = (code: string): Region => ({
      code,
      name: { zh: code, en: code },
      level: 'province',
      parent: null,
      label: [0, 0],
      areaKm2: 1,
      bbox: [0, 0, 1, 1],
      layer: 'provinces',
    });
    const codes = ['110000', '130000', '140000', '150000', '210000', '220000', '230000', '330000'];
    const national = { regions: new Map(codes.map((c) => [c, province(c)])) } as unknown as RegionData;
    expect(jumpTargets(national, undefined)).toEqual([]);
    expect(jumpTargets(national, ['220000', '130000', '220000', '331100']).map((r) => r.code)).toEqual(['220000', '130000']);
  });
});
