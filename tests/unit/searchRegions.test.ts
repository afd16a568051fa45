import { describe, expect, it } from 'vitest';
import { parseBoundaryPack } from '../../src/data/regions';
import { searchRegions, treeOrder } from '../../src/nav/searchRegions';
import { topRegions } from '../../src/state/drill';
import { fixtureTopology } from './fixtures';

const data = parseBoundaryPack(fixtureTopology(), 'fixture.json');
const codes = (q: string) =>
  searchRegions(data.regions.values(), q)
    .map((r) => r.code)
    .sort();

describe('region search', () => {
  it('matches Chinese names, English names in any case, and codes', () => {
    expect(codes('保定')).toEqual(['130600']);
    expect(codes('longquan')).toEqual(['331181']);
    expect(codes('3311')).toEqual(['331100', '331102', '331181']);
  });

  it('returns everything for an empty query and nothing for a miss', () => {
    expect(codes('  ')).toHaveLength(data.regions.size);
    expect(codes('Tokyo')).toEqual([]);
  });

  it('orders the list as a tree with depths', () => {
    const order = treeOrder(topRegions(data), data.children).map(({ region, depth }) => `${depth}:${region.code}`);
    expect(order.slice(0, 5)).toEqual(['0:130000', '1:130100', '1:130600', '2:130602', '2:130638']);
  });
});
