// Checks the committed boundary pack public/geo/regions.topo.json
// (built by `npm run geo:build`, see geo/NOTES.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import turfArea from '@turf/area';

interface RegionProps {
  code: string;
  name_zh: string;
  name_en: string;
  level: 'province' | 'prefecture' | 'county' | 'newarea';
  parent: string | null;
  label_lng: number;
  label_lat: number;
  area_km2: number;
}
type Region = Feature<Polygon | MultiPolygon, RegionProps>;

const OBJECTS = ['context', 'provinces', 'prefectures', 'newareas', 'counties'] as const;
type ObjectName = (typeof OBJECTS)[number];

const topo = JSON.parse(readFileSync(resolve(__dirname, '../../public/geo/regions.topo.json'), 'utf8')) as Topology<
  Record<ObjectName, GeometryCollection<RegionProps>>
>;

const layers = Object.fromEntries(
  OBJECTS.map((name) => {
    const fc = feature(topo, topo.objects[name]) as FeatureCollection<Polygon | MultiPolygon, RegionProps>;
    return [name, fc.features];
  }),
) as Record<ObjectName, Region[]>;

const selectable: ObjectName[] = ['provinces', 'prefectures', 'newareas', 'counties'];
const all = (names: readonly ObjectName[] = OBJECTS) => names.flatMap((n) => layers[n]);
const byCode = (name: ObjectName, code: string) => layers[name].find((f) => f.properties.code === code);

function rings(f: Region): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

function bbox(f: Region): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings(f)) {
    for (const [x, y] of r) {
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
  }
  return [x0, y0, x1, y1];
}

describe('regions.topo.json: objects and counts', () => {
  it('has exactly the five named objects', () => {
    expect(Object.keys(topo.objects).sort()).toEqual([...OBJECTS].sort());
  });

  it('has the expected feature counts per object', () => {
    expect(layers.context.length).toBeGreaterThanOrEqual(31);
    expect(layers.provinces.length).toBe(2);
    expect(layers.prefectures.length).toBe(21);
    expect(layers.newareas.length).toBe(1);
    expect(layers.counties.length).toBe(237);
  });

  it('has 60 Jilin, 168 Hebei and 9 Lishui counties', () => {
    const count = (prefix: string) => layers.counties.filter((f) => f.properties.code.startsWith(prefix)).length;
    expect(count('22')).toBe(60);
    expect(count('13')).toBe(168);
    expect(count('3311')).toBe(9);
  });

  it('has 9 Jilin and 11 Hebei prefectures plus Lishui', () => {
    const codes = layers.prefectures.map((f) => f.properties.code);
    expect(codes.filter((c) => c.startsWith('22')).length).toBe(9);
    expect(codes.filter((c) => c.startsWith('13')).length).toBe(11);
    expect(codes).toContain('331100');
    expect(layers.provinces.map((f) => f.properties.code).sort()).toEqual(['130000', '220000']);
  });
});

describe('regions.topo.json: attributes', () => {
  it('uses unique 6-digit codes across provinces, prefectures, newareas and counties', () => {
    const codes = all(selectable).map((f) => f.properties.code);
    for (const c of codes) expect(c).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBe(codes.length);
    const ctx = layers.context.map((f) => f.properties.code);
    expect(new Set(ctx).size).toBe(ctx.length);
  });

  it('sets the TopoJSON id to Number(code) on every geometry', () => {
    for (const name of OBJECTS) {
      for (const g of topo.objects[name].geometries) {
        expect(typeof g.id).toBe('number');
        expect(g.id).toBe(Number((g.properties as RegionProps).code));
      }
    }
  });

  it('has the documented properties with sane values', () => {
    const levels: Record<ObjectName, string> = {
      context: 'province',
      provinces: 'province',
      prefectures: 'prefecture',
      newareas: 'newarea',
      counties: 'county',
    };
    for (const name of OBJECTS) {
      for (const f of layers[name]) {
        const p = f.properties;
        expect(Object.keys(p).sort()).toEqual(['area_km2', 'code', 'label_lat', 'label_lng', 'level', 'name_en', 'name_zh', 'parent']);
        expect(p.level).toBe(levels[name]);
        expect(p.name_zh.length).toBeGreaterThan(0);
        expect(p.name_en).toMatch(/^[A-Z][A-Za-zü' ]+$/);
        expect(Number.isInteger(p.area_km2)).toBe(true);
        expect(p.area_km2).toBeGreaterThan(0);
        expect(Math.round(p.label_lng * 1e5) / 1e5).toBe(p.label_lng);
        expect(Math.round(p.label_lat * 1e5) / 1e5).toBe(p.label_lat);
      }
    }
  });

  it('has parents that exist (in any object) and null parents only for provinces', () => {
    const codes = new Set(all().map((f) => f.properties.code));
    for (const f of all()) {
      const p = f.properties;
      if (p.level === 'province') expect(p.parent).toBeNull();
      else expect(codes.has(p.parent as string), `${p.code} parent ${p.parent}`).toBe(true);
    }
    expect(byCode('prefectures', '331100')?.properties.parent).toBe('330000');
    expect(byCode('context', '330000')).toBeDefined();
  });

  it('gives counties a prefecture parent and prefectures a province parent', () => {
    const pref = new Set(layers.prefectures.map((f) => f.properties.code));
    for (const f of layers.counties) expect(pref.has(f.properties.parent as string), f.properties.code).toBe(true);
    for (const f of layers.prefectures) expect(f.properties.parent).toBe(`${f.properties.code.slice(0, 2)}0000`);
  });

  it('has English names in the agreed style', () => {
    expect(byCode('prefectures', '220100')?.properties.name_en).toBe('Changchun');
    expect(byCode('prefectures', '222400')?.properties.name_en).toBe('Yanbian Korean Autonomous Prefecture');
    expect(byCode('counties', '220122')?.properties.name_en).toBe("Nong'an County");
    expect(byCode('counties', '220182')?.properties.name_en).toBe('Yushu City');
    expect(byCode('counties', '220104')?.properties.name_en).toBe('Chaoyang District');
    expect(byCode('counties', '220721')?.properties.name_en).toBe('Qian Gorlos Mongol Autonomous County');
    expect(byCode('counties', '220403')?.properties.name_en).toBe("Xi'an District");
    expect(byCode('newareas', '133100')?.properties.name_en).toBe("Xiong'an New Area");
    expect(byCode('context', '150000')?.properties.name_en).toBe('Inner Mongolia');
    expect(byCode('provinces', '130000')?.properties.name_en).toBe('Hebei');
  });
});

describe('regions.topo.json: geometry', () => {
  it('keeps every coordinate within China (lng 73–136, lat 3–54)', () => {
    for (const f of all()) {
      const [x0, y0, x1, y1] = bbox(f);
      expect(x0, f.properties.code).toBeGreaterThanOrEqual(73);
      expect(x1, f.properties.code).toBeLessThanOrEqual(136);
      expect(y0, f.properties.code).toBeGreaterThanOrEqual(3);
      expect(y1, f.properties.code).toBeLessThanOrEqual(54);
    }
  });

  it('puts every label point inside its own polygon', () => {
    const outside = all()
      .filter((f) => !booleanPointInPolygon([f.properties.label_lng, f.properties.label_lat], f))
      .map((f) => f.properties.code);
    expect(outside).toEqual([]);
  });

  it("has plausible areas (Lishui, Jilin, Hebei, Xiong'an)", () => {
    const near = (v: number | undefined, target: number, tol: number) => {
      expect(v).toBeDefined();
      expect(Math.abs((v as number) - target) / target).toBeLessThanOrEqual(tol);
    };
    near(byCode('prefectures', '331100')?.properties.area_km2, 17300, 0.03);
    near(byCode('provinces', '220000')?.properties.area_km2, 187400, 0.05);
    near(byCode('provinces', '130000')?.properties.area_km2, 188800, 0.05);
    // three-county approximation (official area ≈1,770 km² incl. towns of Renqiu/Gaoyang)
    const xa = byCode('newareas', '133100')?.properties.area_km2 as number;
    expect(xa).toBeGreaterThan(1450);
    expect(xa).toBeLessThan(1700);
  });

  it('has prefecture and province areas equal to the sum of their counties', () => {
    const sum = (pred: (c: string) => boolean) =>
      layers.counties.filter((f) => pred(f.properties.parent as string)).reduce((s, f) => s + f.properties.area_km2, 0);
    for (const p of layers.prefectures) {
      const s = sum((parent) => parent === p.properties.code);
      expect(Math.abs(s - p.properties.area_km2), p.properties.code).toBeLessThanOrEqual(0.002 * p.properties.area_km2 + 5);
    }
    for (const p of layers.provinces) {
      const s = sum((parent) => parent.slice(0, 2) === p.properties.code.slice(0, 2));
      expect(Math.abs(s - p.properties.area_km2)).toBeLessThanOrEqual(0.002 * p.properties.area_km2);
    }
  });

  it('has simplified areas close to the stored (unsimplified) area_km2', () => {
    for (const f of all(selectable)) {
      const a = turfArea(f) / 1e6;
      expect(Math.abs(a - f.properties.area_km2), f.properties.code).toBeLessThanOrEqual(0.03 * f.properties.area_km2 + 2);
    }
  });

  it('has neighbouring counties that neither overlap nor leave gaps (grid sampling, < 1%)', () => {
    // Sample a regular grid over each selectable province and count how many
    // county polygons contain each point.
    const step = 0.035;
    const index = layers.counties.map((f) => ({ f, b: bbox(f) }));
    let covered = 0;
    let overlapping = 0;
    let gaps = 0;
    const offenders = new Map<string, number>();
    for (const prov of layers.provinces) {
      const [x0, y0, x1, y1] = bbox(prov);
      for (let y = y0 + step / 2; y < y1; y += step) {
        for (let x = x0 + step / 2; x < x1; x += step) {
          const pt = [x, y];
          const hits = index.filter(({ f, b }) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3] && booleanPointInPolygon(pt, f));
          const inProv = booleanPointInPolygon(pt, prov);
          if (hits.length > 0) covered++;
          if (hits.length > 1) {
            overlapping++;
            for (const h of hits) offenders.set(h.f.properties.code, (offenders.get(h.f.properties.code) ?? 0) + 1);
          }
          if (inProv && hits.length === 0) gaps++;
        }
      }
    }
    expect(covered).toBeGreaterThan(10000);
    expect(overlapping / covered, `overlapping samples in ${[...offenders.keys()].join(',')}`).toBeLessThan(0.01);
    expect(gaps / covered).toBeLessThan(0.01);
  });
});

describe('regions.topo.json: administrative fixes', () => {
  it('has 公主岭市 as 220184 under Changchun (2020) and no 220381', () => {
    const g = byCode('counties', '220184');
    expect(g?.properties.name_zh).toBe('公主岭市');
    expect(g?.properties.parent).toBe('220100');
    expect(byCode('counties', '220381')).toBeUndefined();
    expect(layers.counties.filter((f) => f.properties.parent === '220300').length).toBe(5);
    expect(layers.counties.filter((f) => f.properties.parent === '220100').length).toBe(11);
  });

  it('has 平泉市 130881 and 滦州市 130284 (and not the old county codes)', () => {
    expect(byCode('counties', '130881')?.properties.name_zh).toBe('平泉市');
    expect(byCode('counties', '130284')?.properties.name_zh).toBe('滦州市');
    expect(byCode('counties', '130823')).toBeUndefined();
    expect(byCode('counties', '130223')).toBeUndefined();
  });

  it('has all 16 Cangzhou counties with official codes 1309xx', () => {
    const cz = layers.counties.filter((f) => f.properties.parent === '130900');
    expect(cz.map((f) => f.properties.code).sort()).toEqual([
      '130902',
      '130903',
      '130921',
      '130922',
      '130923',
      '130924',
      '130925',
      '130926',
      '130927',
      '130928',
      '130929',
      '130930',
      '130981',
      '130982',
      '130983',
      '130984',
    ]);
    expect(byCode('counties', '130983')?.properties.name_zh).toBe('黄骅市');
    expect(byCode('counties', '130930')?.properties.name_zh).toBe('孟村回族自治县');
  });

  it("builds Xiong'an 133100 under Hebei while its three counties stay under Baoding", () => {
    const xa = byCode('newareas', '133100');
    expect(xa?.properties.level).toBe('newarea');
    expect(xa?.properties.parent).toBe('130000');
    for (const c of ['130638', '130629', '130632']) {
      const f = byCode('counties', c);
      expect(f?.properties.parent).toBe('130600');
      expect(booleanPointInPolygon([f!.properties.label_lng, f!.properties.label_lat], xa!)).toBe(true);
      expect(booleanPointInPolygon([f!.properties.label_lng, f!.properties.label_lat], byCode('prefectures', '130600')!)).toBe(true);
    }
  });
});
