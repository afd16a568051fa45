// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { frameBox } from '../../../src/app/useFraming';
import type { Bbox, RegionData } from '../../../src/data/regions';
import type { LayoutCollections } from '../../../src/layouts/layoutFeatures';

describe('frameBox', () => {
  const all: Bbox = [110, 25, 135, 46];
  const changchun: Bbox = [124, 43, 127, 45.5];
  const data = { bbox: all, regions: new Map([['220100', { bbox: changchun }]]) } as unknown as RegionData;
  const layouts = { bboxes: new Map([['p/placed', changchun]]) } as unknown as LayoutCollections;

  it('frames a region or a placed element by its own box', () => {
    expect(frameBox({ kind: 'region', code: '220100' }, data, layouts)).toEqual(changchun);
    expect(frameBox({ kind: 'element', ref: { planId: 'p', elementId: 'placed' } }, data, layouts)).toEqual(changchun);
  });

  it('frames every region for an element with no place, so its panel makes room instead of covering the map', () => {
    expect(frameBox({ kind: 'element', ref: { planId: 'p', elementId: 'nowhere' } }, data, layouts)).toEqual(all);
    // Before the layouts are loaded nothing is known yet: no frame.
    expect(frameBox({ kind: 'element', ref: { planId: 'p', elementId: 'nowhere' } }, data, undefined)).toBeUndefined();
  });
});
