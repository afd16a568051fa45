import { describe, expect, it } from 'vitest';
import { ancestry, parseBoundaryPack } from '../../src/data/regions';
import { fixtureTopology, squareProps } from './fixtures';

describe('parseBoundaryPack', () => {
  const data = parseBoundaryPack(fixtureTopology(), 'fixture.json');

  it('indexes selectable regions by code and keeps context provinces apart', () => {
    expect(data.regions.get('130600')?.name.en).toBe('Baoding');
    expect(data.regions.has('330000')).toBe(false);
    expect(data.context.get('330000')?.name.zh).toBe('浙江省');
  });

  it('lists children under their parent, sorted by code', () => {
    expect(data.children.get('130000')?.map((r) => r.code)).toEqual(['130100', '130600', '133100']);
    expect(data.children.get('331100')?.map((r) => r.code)).toEqual(['331102', '331181']);
  });

  it('computes each region bbox from its geometry', () => {
    expect(data.regions.get('130600')?.bbox).toEqual([114, 38, 116, 40]);
  });

  it('walks the ancestry up to the context province', () => {
    expect(ancestry(data, '331181').map((r) => r.code)).toEqual(['330000', '331100', '331181']);
  });

  it('rejects a file that is not TopoJSON', () => {
    expect(() => parseBoundaryPack({ type: 'FeatureCollection' }, 'bad.json')).toThrow(/bad\.json: expected a TopoJSON Topology/);
  });

  it('names the file, object, index and field of a bad property', () => {
    const topo = fixtureTopology(undefined, (s) => ({ ...squareProps(s), code: s.code === '130600' ? 'BD' : s.code }));
    expect(() => parseBoundaryPack(topo, 'bad.json')).toThrow(
      /bad\.json: objects\.prefectures\[0\]\.properties\.code: a 6-digit admin code/,
    );
  });

  it('reports duplicate codes', () => {
    const topo = fixtureTopology(undefined, (s) => ({ ...squareProps(s), code: s.code === '331181' ? '331102' : s.code }));
    expect(() => parseBoundaryPack(topo, 'dup.json')).toThrow(/duplicate code 331102/);
  });
});
