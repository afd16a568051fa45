import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBoundaryPack, fetchBoundaryPack, quickRegionProps, REGION_LAYERS } from '../../src/data/boundaryPack';
import { checkRegionProps, parseBoundaryPack } from '../../src/data/regions';
import { fixtureTopology, squareProps, SQUARES } from './fixtures';

/**
 * The first view checks boundary properties without zod (`quickRegionProps`); the pack validation and
 * the tools use zod's schema (`checkRegionProps`). They must give the same verdict and the same object.
 */
const same = (input: unknown) => {
  const quick = quickRegionProps(input);
  const zod = checkRegionProps(input);
  expect(quick !== null, JSON.stringify(input)).toBe(zod.ok);
  if (zod.ok && quick) {
    expect(quick).toEqual(zod.props);
    expect(Object.keys(quick)).toEqual(Object.keys(zod.props));
  }
};

const valid = squareProps(SQUARES[2]);
const VARIANTS: Record<keyof typeof valid, unknown[]> = {
  code: ['130600', '000000', '13060', '1306000', ' 130600', '13060a', '１３０６００', 130600, null, undefined, ''],
  name_zh: ['保', 'x'.repeat(80), 'x'.repeat(81), '', 1, null, undefined, ['保定市']],
  name_en: ['B', 'x'.repeat(120), 'x'.repeat(121), '', false, null, undefined],
  level: ['province', 'prefecture', 'county', 'newarea', 'Province', 'city', '', 1, null, undefined],
  parent: [null, '130000', '13000', 130000, '', undefined],
  label_lng: [0, -180, 180, 180.0001, -180.5, 114.5, Infinity, NaN, '114', null, undefined],
  label_lat: [0, -90, 90, 90.1, -91, 38.5, -Infinity, NaN, '38', null, undefined],
  area_km2: [0, -0, 1e9, Number.MAX_VALUE, -1, -1e-9, Infinity, NaN, '1', null, undefined],
};

describe('the first view’s boundary check and zod’s schema agree', () => {
  it('on every feature of the shipped boundary pack, and give the same pack', () => {
    const topo: unknown = JSON.parse(readFileSync('public/geo/regions.topo.json', 'utf8'));
    const viaZod = parseBoundaryPack(topo, 'regions.topo.json');
    const quick = buildBoundaryPack(topo, 'regions.topo.json', (p) => {
      const props = quickRegionProps(p);
      return props ? { ok: true, props } : { ok: false, issues: [] };
    });
    expect(quick).toEqual(viaZod);
    for (const layer of REGION_LAYERS) for (const f of viaZod.layers[layer].features) same(f.properties);
  });

  it('on each field’s edge and wrong values', () => {
    for (const [key, values] of Object.entries(VARIANTS)) {
      for (const value of values) same({ ...valid, [key]: value });
      const without: Record<string, unknown> = { ...valid };
      delete without[key];
      same(without);
    }
  });

  it('on things that are not properties, and drop keys the schema does not name', () => {
    for (const input of [null, undefined, [], [valid], 'x', 1, true, {}]) same(input);
    same({ ...valid, extra: 'kept out', adcode: 130600 });
    expect(quickRegionProps({ extra: 1, ...valid })).not.toHaveProperty('extra');
  });
});

describe('fetchBoundaryPack', () => {
  afterEach(() => vi.unstubAllGlobals());
  const serve = (json: unknown) =>
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json' } })));

  it('loads a good pack as the zod-checked parse does', async () => {
    serve(fixtureTopology());
    expect(await fetchBoundaryPack('geo/regions.topo.json')).toEqual(parseBoundaryPack(fixtureTopology(), 'geo/regions.topo.json'));
  });

  it('says what is wrong with a bad one in zod’s words', async () => {
    serve(fixtureTopology(undefined, (s) => ({ ...squareProps(s), code: s.code === '130600' ? 'BD' : s.code })));
    await expect(fetchBoundaryPack('geo/regions.topo.json')).rejects.toThrow(
      /geo\/regions\.topo\.json: objects\.prefectures\[0\]\.properties\.code: a 6-digit admin code/,
    );
  });
});
