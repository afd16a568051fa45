/** A tiny boundary pack built from squares, shaped like public/geo/regions.topo.json. */
import type { RegionLevel, RegionLayer } from '../../src/data/regions';

interface Square {
  layer: RegionLayer;
  code: string;
  zh: string;
  en: string;
  level: RegionLevel;
  parent: string | null;
  /** south-west corner and size in degrees */
  at: [number, number, number];
}

export const SQUARES: Square[] = [
  { layer: 'context', code: '330000', zh: '浙江省', en: 'Zhejiang', level: 'province', parent: null, at: [118, 27, 4] },
  { layer: 'provinces', code: '130000', zh: '河北省', en: 'Hebei', level: 'province', parent: null, at: [114, 36, 4] },
  { layer: 'prefectures', code: '130600', zh: '保定市', en: 'Baoding', level: 'prefecture', parent: '130000', at: [114, 38, 2] },
  { layer: 'prefectures', code: '130100', zh: '石家庄市', en: 'Shijiazhuang', level: 'prefecture', parent: '130000', at: [114, 36, 2] },
  { layer: 'prefectures', code: '331100', zh: '丽水市', en: 'Lishui', level: 'prefecture', parent: '330000', at: [119, 28, 2] },
  {
    layer: 'newareas',
    code: '133100',
    zh: '雄安新区',
    en: "Xiong'an New Area",
    level: 'newarea',
    parent: '130000',
    at: [115.5, 38.5, 0.5],
  },
  { layer: 'counties', code: '130638', zh: '雄县', en: 'Xiong County', level: 'county', parent: '130600', at: [115.5, 38.5, 0.5] },
  { layer: 'counties', code: '130602', zh: '竞秀区', en: 'Jingxiu District', level: 'county', parent: '130600', at: [114, 38, 1] },
  { layer: 'counties', code: '331102', zh: '莲都区', en: 'Liandu District', level: 'county', parent: '331100', at: [119, 28, 1] },
  { layer: 'counties', code: '331181', zh: '龙泉市', en: 'Longquan City', level: 'county', parent: '331100', at: [119, 29, 1] },
];

export function squareProps(s: Square) {
  return {
    code: s.code,
    name_zh: s.zh,
    name_en: s.en,
    level: s.level,
    parent: s.parent,
    label_lng: s.at[0] + s.at[2] / 2,
    label_lat: s.at[1] + s.at[2] / 2,
    area_km2: 1000,
  };
}

export function fixtureTopology(squares: Square[] = SQUARES, props = squareProps) {
  const arcs: number[][][] = [];
  const objects: Record<string, { type: 'GeometryCollection'; geometries: unknown[] }> = {};
  for (const layer of ['context', 'provinces', 'prefectures', 'newareas', 'counties']) {
    objects[layer] = { type: 'GeometryCollection', geometries: [] };
  }
  for (const s of squares) {
    const [x, y, d] = s.at;
    arcs.push([
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ]);
    objects[s.layer].geometries.push({ type: 'Polygon', arcs: [[arcs.length - 1]], id: Number(s.code), properties: props(s) });
  }
  return { type: 'Topology', objects, arcs };
}
