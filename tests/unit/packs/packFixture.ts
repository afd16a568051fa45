/**
 * A small valid data pack, built in code: two new prefectures under Shandong (a built-in
 * context province), one plan referring to them, and the codes the built-in map already has.
 */
import { readFileSync } from 'node:fs';
import { parseBoundaryPack } from '../../../src/data/regions';

const builtIn = parseBoundaryPack(JSON.parse(readFileSync('public/geo/regions.topo.json', 'utf8')), 'public/geo/regions.topo.json');
export const BUILT_IN_CODES = [...builtIn.regions.keys(), ...builtIn.context.keys()];
export const TAXONOMY_IDS = (
  JSON.parse(readFileSync('public/data/taxonomy.json', 'utf8')) as { categories: { id: string }[] }
).categories.map((c) => c.id);

const DOC = '900_0a1b2c3d.txt';
export const src = (quote: string) => ({ doc: DOC, quote, lang: 'en', status: 'stated' });

const square = (x: number, y: number, size = 1) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

export function region(code: string, name: string, x: number, y: number) {
  return {
    type: 'Feature',
    properties: {
      code,
      name_zh: `${name}市`,
      name_en: name,
      level: 'prefecture',
      parent: '370000',
      label_lng: x + 0.5,
      label_lat: y + 0.5,
      area_km2: 10_000,
    },
    geometry: { type: 'Polygon', coordinates: square(x, y) },
  };
}

export function plan(id = 'sd-demo-plan') {
  return {
    schema: 'plan/1',
    id,
    doc: DOC,
    docKind: 'policy-interpretation',
    title: { zh: '示例规划', en: 'Demo plan', source: src('Demo plan title') },
    issuer: { zh: '示例', en: 'Demo issuer', source: src('Demo issuer text') },
    date: { value: '2024-03', label: { zh: '2024年3月', en: 'March 2024' }, source: src('in March 2024') },
    period: { start: 2024, end: 2028, source: src('2024-2028') },
    region: { code: '379901', name: { zh: '甲市', en: 'Jia' }, source: src('Jia city') },
    kind: { value: 'action-plan', source: src('action plan') },
    targets: [
      {
        id: 't1',
        label: { zh: '产值', en: 'Output' },
        kind: 'goal',
        value: 100,
        unit: '100m-yuan',
        comparator: 'reach',
        year: 2028,
        group: 'money',
        regionCode: '379901',
        source: src('output will reach 10 billion'),
      },
    ],
    industryGroups: [],
    industries: [
      {
        id: 'i1',
        name: { zh: '生物医药', en: 'Biomedicine' },
        taxonomy: [TAXONOMY_IDS[0]],
        roles: [],
        groups: [],
        source: src('biomedicine'),
      },
    ],
    layout: [
      {
        id: 'l1',
        kind: 'cluster',
        name: { zh: '医药集群', en: 'Medicine cluster' },
        industries: ['i1'],
        members: [{ code: '379902', status: 'stated', source: src('in Yi city') }],
        source: src('medicine cluster'),
      },
    ],
    tasks: [],
    discrepancies: [],
    notes: [],
  };
}

export function validPack() {
  return {
    pack: 1,
    name: 'Demo pack',
    boundaries: { type: 'FeatureCollection', features: [region('379901', 'Jia', 117, 35), region('379902', 'Yi', 118.5, 35)] },
    plans: [plan()],
  };
}

/** A briefing about the demo plan, reaching a built-in plan's element and region too. */
export function briefing(id = 'sd-demo-briefing') {
  return {
    version: 1,
    id,
    title: { zh: '示例简报', en: 'Demo briefing' },
    plans: ['sd-demo-plan'],
    steps: [
      {
        id: 'targets',
        title: { zh: '目标', en: 'Targets' },
        notes: { zh: '甲市产值目标。', en: 'Jia’s output target.' },
        camera: { fit: ['379901', '379902'] },
        layouts: ['sd-demo-plan'],
        region: '379901',
        panel: 'targets',
        figures: ['sd-demo-plan/t1'],
        filter: [TAXONOMY_IDS[0]],
      },
      {
        id: 'cluster',
        title: { zh: '医药集群', en: 'Medicine cluster' },
        notes: { zh: '乙市。', en: 'Yi.' },
        element: 'sd-demo-plan/l1',
      },
      {
        id: 'xiongan',
        title: { zh: '对照：雄安', en: 'For comparison: Xiong’an' },
        notes: { zh: '内置规划。', en: 'A built-in plan.' },
        camera: { fit: ['133100'] },
        element: 'hebei-manufacturing-14fyp/hb-core-xiongan',
      },
    ],
  };
}
