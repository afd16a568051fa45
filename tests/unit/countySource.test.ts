import { describe, expect, it } from 'vitest';
import type { RegionFeatureCollection } from '../../src/data/regions';
import { countiesUnder, needsAllCounties } from '../../src/map/countySource';

const county = (code: string, parent: string) => ({
  type: 'Feature' as const,
  id: Number(code),
  geometry: { type: 'Point' as const, coordinates: [0, 0] },
  properties: { code, parent, name_zh: code, name_en: code, level: 'county' as const, label_lng: 0, label_lat: 0, area_km2: 1 },
});
const all: RegionFeatureCollection = {
  type: 'FeatureCollection',
  features: [county('331102', '331100'), county('331121', '331100'), county('130102', '130100'), county('220102', '220100')],
};

describe('county source', () => {
  it('holds only the counties under the displayed parents', () => {
    const { collection, complete } = countiesUnder(all, ['331100', '130000']);
    expect(collection.features.map((f) => f.properties.code)).toEqual(['331102', '331121']);
    expect(complete).toBe(false);
  });

  it('is the whole collection when every county is shown', () => {
    const { collection, complete } = countiesUnder(all, ['331100', '130100', '220100']);
    expect(collection).toBe(all);
    expect(complete).toBe(true);
  });

  it('asks for every county only when a newly displayed parent has counties', () => {
    const held = new Set(['331100', '130000']);
    expect(needsAllCounties(all, held, ['331100'])).toBe(false);
    expect(needsAllCounties(all, held, ['130000'])).toBe(false);
    expect(needsAllCounties(all, held, ['130100'])).toBe(true);
  });
});
