/**
 * The corpus of broken packs: each is built from the valid fixture pack by one change and
 * must be refused with a message naming the file, the field path and what was expected.
 */
import { describe, expect, it } from 'vitest';
import { validatePackFile, validatePackFiles, type PackResult } from '../../../src/packs/validatePack';
import { BUILT_IN_CODES, TAXONOMY_IDS, briefing, plan, region, validPack } from './packFixture';
import { plans as builtInPlans } from '../plans/planFixtures';

type PackJson = ReturnType<typeof validPack> & Record<string, unknown>;

const options = { taxonomyIds: TAXONOMY_IDS, planIds: ['lishui-clusters-2022'], builtInPlans, briefingIds: ['three-regions'] };
const check = (data: Parameters<typeof validatePackFile>[0], name = 'pack.json') => validatePackFile(data, name, BUILT_IN_CODES, options);
const checkJson = (pack: unknown) => check(JSON.stringify(pack));

function mutated(change: (p: PackJson) => void): PackJson {
  const p = validPack() as PackJson;
  change(p);
  return p;
}

function problemsOf(result: PackResult): string[] {
  if (result.ok) throw new Error('expected the pack to be refused, it was accepted');
  return result.problems;
}

/** A topology of the fixture's two squares, sharing no arcs. */
function topoPack() {
  const pack = validPack();
  const [a, b] = pack.boundaries.features;
  return {
    ...pack,
    boundaries: {
      type: 'Topology',
      arcs: [a.geometry.coordinates[0], b.geometry.coordinates[0]],
      objects: {
        prefectures: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0]], properties: a.properties },
            { type: 'Polygon', arcs: [[1]], properties: b.properties },
          ],
        },
      },
    },
  };
}

describe('a valid pack', () => {
  it('is accepted as GeoJSON, as bytes or text, and returned typed', () => {
    for (const data of [JSON.stringify(validPack()), new TextEncoder().encode(JSON.stringify(validPack()))]) {
      const result = check(data);
      expect(result.ok ? [] : result.problems).toEqual([]);
      if (!result.ok) return;
      expect(result.pack.name).toBe('Demo pack');
      expect(result.pack.boundaries.features.map((f) => [f.id, f.properties.code])).toEqual([
        [379901, '379901'],
        [379902, '379902'],
      ]);
      expect(result.pack.plans[0].targets[0].value).toBe(100);
    }
  });

  it('is accepted as TopoJSON, with a byte-order mark', () => {
    const result = check('\ufeff' + JSON.stringify(topoPack()));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.pack.boundaries.features[1].geometry).toEqual(validPack().boundaries.features[1].geometry);
  });

  it('is accepted as a folder, with its briefings, noting files that are not part of the layout', () => {
    const p = validPack();
    const result = validatePackFiles(
      [
        { name: 'pack.json', data: JSON.stringify({ pack: 1, name: 'Folder pack' }) },
        { name: 'boundaries.geojson', data: JSON.stringify(p.boundaries) },
        { name: 'plans/sd-demo-plan.json', data: JSON.stringify(p.plans[0]) },
        { name: 'briefings/sd-demo-briefing.json', data: JSON.stringify(briefing()) },
        { name: 'briefings/index.json', data: '{}' },
        { name: 'briefings/jia.md', data: '# Jia' },
      ],
      BUILT_IN_CODES,
      options,
    );
    expect(result.ok ? result.pack.notes : result.problems).toEqual([
      'briefings/index.json: a pack needs no briefing index (its briefings are listed by their titles); ignored',
      'briefings/jia.md: not part of the pack layout; ignored',
    ]);
    expect(result.ok && result.pack.briefings.map((b) => [b.id, b.steps.length])).toEqual([['sd-demo-briefing', 3]]);
  });

  it('carries briefings that refer to its own and the built-in plans and regions, returned typed', () => {
    const result = checkJson({ ...validPack(), briefings: [briefing(), briefing('second')] });
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.briefings.map((b) => b.id)).toEqual(['sd-demo-briefing', 'second']);
    expect(result.pack.briefings[0].steps[2].element).toBe('hebei-manufacturing-14fyp/hb-core-xiongan');
    // A pack of briefings alone, about the built-in plans only.
    const only = briefing();
    only.plans = ['hebei-manufacturing-14fyp'];
    only.steps = [only.steps[2]];
    const alone = checkJson({ pack: 1, briefings: [only] });
    expect(alone.ok ? alone.pack.briefings.length : alone.problems).toBe(1);
    // A pack without briefings has none.
    const plain = check(JSON.stringify(validPack()));
    expect(plain.ok && plain.pack.briefings).toEqual([]);
  });

  it('shows markup and script in names and quotes as plain text, accepted unchanged', () => {
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const p = mutated((p) => {
      p.boundaries.features[0].properties.name_en = evil;
      p.plans[0].title.zh = evil;
      p.plans[0].targets[0].source.quote = `"${evil}" & '--`;
    });
    const result = checkJson(p);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.boundaries.features[0].properties.name_en).toBe(evil);
    expect(result.pack.plans[0].title.zh).toBe(evil);
    expect(result.pack.plans[0].targets[0].source.quote).toBe(`"${evil}" & '--`);
  });
});

/** [what, the broken pack, expected problems (each a substring of one reported line)] */
const CORPUS: [string, () => PackResult, string[]][] = [
  [
    'wrong type of a plan value',
    () => checkJson(mutated((p) => ((p.plans[0].targets[0] as Record<string, unknown>).value = '100'))),
    ['pack.json: plans[0].targets[0].value: expected number, got string'],
  ],
  [
    'wrong type of a region property',
    () => checkJson(mutated((p) => ((p.boundaries.features[0].properties as Record<string, unknown>).area_km2 = 'big'))),
    ['pack.json: boundaries.features[0].properties.area_km2: Invalid input: expected number, received string'],
  ],
  [
    'missing region property',
    () => checkJson(mutated((p) => delete (p.boundaries.features[1].properties as Record<string, unknown>).name_en)),
    ['pack.json: boundaries.features[1].properties.name_en: Invalid input: expected string, received undefined'],
  ],
  [
    'missing plan field',
    () => checkJson(mutated((p) => delete (p.plans[0] as Record<string, unknown>).title)),
    ['pack.json: plans[0].title: expected object, got nothing'],
  ],
  [
    'bad admin code format',
    () => checkJson(mutated((p) => (p.boundaries.features[0].properties.code = '37A901'))),
    ['pack.json: boundaries.features[0].properties.code: a 6-digit admin code'],
  ],
  [
    'unknown region code in a target',
    () => checkJson(mutated((p) => (p.plans[0].targets[0].regionCode = '999999'))),
    [`pack.json: plans[0].targets[0].regionCode: unknown region code "999999" (not in this pack's boundaries nor the built-in regions)`],
  ],
  [
    'unknown region code in a layout member',
    () => checkJson(mutated((p) => (p.plans[0].layout[0].members[0].code = '379999'))),
    ['pack.json: plans[0].layout[0].members[0].code: unknown region code "379999"'],
  ],
  [
    'unknown parent code',
    () => checkJson(mutated((p) => (p.boundaries.features[0].properties.parent = '380000'))),
    [`pack.json: boundaries.features[0].properties.parent: unknown parent code "380000"`],
  ],
  [
    'duplicate region code',
    () => checkJson(mutated((p) => (p.boundaries.features[1].properties.code = '379901'))),
    ['pack.json: boundaries.features[1].properties.code: duplicate code "379901" (also at boundaries.features[0])'],
  ],
  [
    'a built-in region redefined',
    () => checkJson(mutated((p) => (p.boundaries.features[0].properties.code = '220100'))),
    ['pack.json: boundaries.features[0].properties.code: code "220100" is already a built-in region; a pack can only add new regions'],
  ],
  [
    'duplicate plan id',
    () => checkJson(mutated((p) => p.plans.push(plan()))),
    ['pack.json: plans[1].id: duplicate plan id "sd-demo-plan" (also in pack.json at plans[0])'],
  ],
  [
    'plan id already loaded',
    () => checkJson(mutated((p) => (p.plans[0].id = 'lishui-clusters-2022'))),
    ['pack.json: plans[0].id: plan id "lishui-clusters-2022" is already loaded; expected a new id'],
  ],
  [
    'duplicate ids inside a plan',
    () => checkJson(mutated((p) => (p.plans[0].layout[0].id = 't1'))),
    ['pack.json: plans[0] (ids): duplicate id "t1"'],
  ],
  [
    'unknown taxonomy category',
    () => checkJson(mutated((p) => (p.plans[0].industries[0].taxonomy = ['rocketry']))),
    ['pack.json: plans[0].industries[0].taxonomy[0]: unknown taxonomy category "rocketry"'],
  ],
  [
    'self-intersecting ring (bow tie)',
    () =>
      checkJson(
        mutated(
          (p) =>
            (p.boundaries.features[0].geometry.coordinates = [
              [
                [117, 35],
                [118, 36],
                [118, 35],
                [117, 36],
                [117, 35],
              ],
            ]),
        ),
      ),
    ['pack.json: boundaries.features[0].geometry.coordinates[0]: the ring crosses itself: segment 0 (117, 35 → 118, 36) and segment 2'],
  ],
  [
    'self-intersecting ring in TopoJSON',
    () =>
      checkJson(
        mutated((p) =>
          Object.assign(p, topoPack(), {
            boundaries: {
              ...topoPack().boundaries,
              arcs: [
                [
                  [117, 35],
                  [118, 36],
                  [118, 35],
                  [117, 36],
                  [117, 35],
                ],
                topoPack().boundaries.arcs[1],
              ],
            },
          }),
        ),
      ),
    ['pack.json: boundaries.objects.prefectures.geometries[0]: decoded coordinates[0]: the ring crosses itself'],
  ],
  [
    'longitude out of range',
    () => checkJson(mutated((p) => (p.boundaries.features[0].geometry.coordinates[0][1] = [200, 35]))),
    ['pack.json: boundaries.features[0].geometry.coordinates[0][1]: longitude 200 is out of range (expected −180 to 180)'],
  ],
  [
    'latitude out of range',
    () => checkJson(mutated((p) => (p.boundaries.features[1].geometry.coordinates[0][2] = [119.5, -95]))),
    ['pack.json: boundaries.features[1].geometry.coordinates[0][2]: latitude -95 is out of range (expected −90 to 90)'],
  ],
  [
    'label point out of range',
    () => checkJson(mutated((p) => (p.boundaries.features[0].properties.label_lat = 123))),
    ['pack.json: boundaries.features[0].properties.label_lat: Too big: expected number to be <=90'],
  ],
  [
    'null geometry',
    () => checkJson(mutated((p) => ((p.boundaries.features[0] as Record<string, unknown>).geometry = null))),
    ['pack.json: boundaries.features[0].geometry: empty geometry (expected a Polygon or MultiPolygon)'],
  ],
  [
    'geometry without coordinates',
    () => checkJson(mutated((p) => (p.boundaries.features[0].geometry.coordinates = []))),
    ['pack.json: boundaries.features[0].geometry: empty geometry (a Polygon without coordinates)'],
  ],
  [
    'a point, not an area',
    () =>
      checkJson(
        mutated((p) => ((p.boundaries.features[0] as Record<string, unknown>).geometry = { type: 'Point', coordinates: [117, 35] })),
      ),
    ['pack.json: boundaries.features[0].geometry: expected geometry type "Polygon" or "MultiPolygon", got "Point"'],
  ],
  [
    'unclosed ring',
    () => checkJson(mutated((p) => (p.boundaries.features[0].geometry.coordinates[0][4] = [117, 35.5]))),
    ['pack.json: boundaries.features[0].geometry.coordinates[0]: the ring is not closed'],
  ],
  [
    'TopoJSON arc index out of range',
    () =>
      checkJson(
        mutated((p) =>
          Object.assign(p, topoPack(), {
            boundaries: {
              ...topoPack().boundaries,
              objects: { x: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[7]], properties: {} }] } },
            },
          }),
        ),
      ),
    ['pack.json: boundaries.objects.x.geometries[0].arcs: expected rings of arc indices below 2, got [7]'],
  ],
  ['not a pack at all', () => checkJson([1, 2, 3]), ['pack.json: (root): expected a data pack: an object with "pack": 1, got array']],
  [
    'wrong format version and an unknown key',
    () => checkJson(mutated((p) => Object.assign(p, { pack: 2, extra: true }))),
    ['pack.json: pack: expected 1 (the pack format version), got 2', 'pack.json: extra: unexpected key'],
  ],
  ['truncated JSON', () => check(JSON.stringify(validPack()).slice(0, 300)), ['pack.json: not valid JSON (']],
  ['50 MB file (bytes)', () => check(new Uint8Array(50 * 1024 * 1024)), ['pack.json: 50.0 MB; the limit for a data pack is 20.0 MB']],
  [
    '50 MB file (text)',
    () => check(' '.repeat(50 * 1024 * 1024)),
    ['pack.json: the file is larger than 20.0 MB (the limit for a data pack)'],
  ],
  [
    'deep nesting (100 000 arrays)',
    () => check('['.repeat(100_000) + ']'.repeat(100_000)),
    ['pack.json: nested deeper than 32 levels of arrays and objects (at character 32); refused'],
  ],
  [
    'JSON bomb: deep nesting inside a pack, unclosed',
    () => check(`{"pack":1,"plans":[${'{"a":['.repeat(1_000_000)}`),
    ['pack.json: nested deeper than 32 levels'],
  ],
  [
    'JSON bomb: 3 million tiny arrays',
    () => check(`{"pack":1,"plans":[${'[],'.repeat(3_000_000)}[]]}`),
    ['pack.json: more than 2000000 arrays and objects; refused'],
  ],
  [
    'over-long string',
    () => checkJson(mutated((p) => (p.plans[0].title.en = 'x'.repeat(20_000)))),
    ['pack.json: a string longer than 10000 characters at character'],
  ],
  [
    'non-UTF-8 bytes',
    () => check(new Uint8Array([0x7b, 0x22, 0x70, 0x22, 0x3a, 0xff, 0x7d])),
    ['pack.json: not UTF-8 text (invalid byte at offset 5); save the file as UTF-8'],
  ],
  [
    'GBK-encoded Chinese',
    () => check(new Uint8Array([...new TextEncoder().encode('{"name":"'), 0xbc, 0xaa, 0xc1, 0xd6, ...new TextEncoder().encode('"}')])),
    ['pack.json: not UTF-8 text (invalid byte at offset 9)'],
  ],
  [
    'too many features',
    () =>
      checkJson(
        mutated((p) => (p.boundaries.features = Array.from({ length: 5001 }, (_, i) => region(String(370000 + i + 1), 'R', 117, 35)))),
      ),
    ['pack.json: boundaries.features: 5001 features; the limit is 5000'],
  ],
  [
    'too many plans',
    () => checkJson(mutated((p) => (p.plans = Array.from({ length: 51 }, (_, i) => plan(`p${i}`))))),
    ['pack.json: 51 plans; the limit is 50'],
  ],
  [
    'too many targets',
    () => checkJson(mutated((p) => (p.plans[0].targets = Array.from({ length: 5001 }, () => p.plans[0].targets[0])))),
    ['pack.json: plans[0].targets: 5001 entries; the limit is 5000'],
  ],
  [
    'too many vertices (limit lowered to 8)',
    () => validatePackFile(JSON.stringify(validPack()), 'pack.json', BUILT_IN_CODES, { ...options, limits: { maxVertices: 8 } }),
    ['pack.json: boundaries.features: more than 8 positions in all geometries; the limit is 8'],
  ],
  [
    'markup in a wrong value is quoted literally',
    () => checkJson(mutated((p) => (p.plans[0].targets[0].comparator = '<script>alert(1)</script>'))),
    [
      'pack.json: plans[0].targets[0].comparator: expected one of "at-least" | "more-than" | "reach" | "about", got "<script>alert(1)</script>"',
    ],
  ],
  [
    'markup in an unknown code is quoted literally',
    () => checkJson(mutated((p) => (p.boundaries.features[0].properties.parent = '<img src=x onerror=alert(1)>'))),
    ['pack.json: boundaries.features[0].properties.parent: a 6-digit admin code'],
  ],
  [
    'neither boundaries nor plans',
    () => checkJson({ pack: 1 }),
    ['(pack): expected boundaries, plans, briefings or a mix; the pack has none'],
  ],
  [
    'briefings not a list',
    () => checkJson({ ...validPack(), briefings: { id: 'x' } }),
    ['pack.json: briefings: expected an array of briefings, got object'],
  ],
  [
    'a briefing of the wrong shape',
    () => checkJson({ ...validPack(), briefings: [{ ...briefing(), steps: [{ ...briefing().steps[0], panel: 'charts' }] }] }),
    [
      'pack.json: briefings[0].steps[0].panel: expected one of "overview" | "targets" | "industries" | "clusters" | "layout" | "sources", got "charts"',
    ],
  ],
  [
    'a briefing with an unknown layout element',
    () => checkJson({ ...validPack(), briefings: [{ ...briefing(), steps: [{ ...briefing().steps[1], element: 'sd-demo-plan/l9' }] }] }),
    ['pack.json: briefings[0].steps[0].element: unknown layout element "sd-demo-plan/l9"'],
  ],
  [
    'a briefing with an unknown target of a built-in plan',
    () =>
      checkJson({
        ...validPack(),
        briefings: [{ ...briefing(), steps: [{ ...briefing().steps[0], figures: ['jilin-sei-2022/jsei-t99'] }] }],
      }),
    ['pack.json: briefings[0].steps[0].figures[0]: unknown target "jilin-sei-2022/jsei-t99"'],
  ],
  [
    'a briefing with a region in neither the pack nor the map',
    () =>
      checkJson({
        ...validPack(),
        briefings: [{ ...briefing(), steps: [{ ...briefing().steps[0], camera: { fit: ['379901', '379903'] } }] }],
      }),
    [
      `pack.json: briefings[0].steps[0].camera.fit[1]: unknown region code "379903" (not in this pack's boundaries nor the built-in regions)`,
    ],
  ],
  [
    'a briefing with an unknown plan and filter category',
    () =>
      checkJson({
        ...validPack(),
        briefings: [{ ...briefing(), plans: ['sd-other-plan'], steps: [{ ...briefing().steps[0], filter: ['warp-drives'] }] }],
      }),
    [
      'pack.json: briefings[0].plans[0]: unknown plan "sd-other-plan"',
      'pack.json: briefings[0].steps[0].filter[0]: unknown industry category "warp-drives" (not in the taxonomy)',
    ],
  ],
  [
    'two briefings with one id',
    () => checkJson({ ...validPack(), briefings: [briefing(), briefing()] }),
    ['pack.json: briefings[1].id: duplicate briefing id "sd-demo-briefing" (also in pack.json at briefings[0])'],
  ],
  [
    'a briefing reusing a shipped id',
    () => checkJson({ ...validPack(), briefings: [briefing('three-regions')] }),
    ['pack.json: briefings[0].id: briefing id "three-regions" is already shipped; expected a new id'],
  ],
  [
    'too many briefings',
    () => checkJson({ ...validPack(), briefings: Array.from({ length: 51 }, (_, i) => briefing(`b${i}`)) }),
    ['pack.json: 51 briefings; the limit is 50'],
  ],
  [
    'folder: a broken briefing file, named by its file and field path',
    () =>
      validatePackFiles(
        [
          { name: 'boundaries.json', data: JSON.stringify(validPack().boundaries) },
          { name: 'plans/sd-demo-plan.json', data: JSON.stringify(plan()) },
          { name: 'briefings/demo.json', data: JSON.stringify({ ...briefing(), steps: [{ ...briefing().steps[0], region: '379999' }] }) },
        ],
        BUILT_IN_CODES,
        options,
      ),
    [`briefings/demo.json: steps[0].region: unknown region code "379999" (not in this pack's boundaries nor the built-in regions)`],
  ],
  [
    'folder: a broken plan file and a non-UTF-8 boundaries file, both reported',
    () =>
      validatePackFiles(
        [
          { name: 'boundaries.json', data: new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]) },
          { name: 'plans/a.json', data: JSON.stringify({ ...plan(), period: { start: 'soon' } }) },
        ],
        BUILT_IN_CODES,
        options,
      ),
    ['boundaries.json: not UTF-8 text (invalid byte at offset 1)', 'plans/a.json: period.start: expected number, got string'],
  ],
];

describe('the corpus of broken packs', () => {
  it.each(CORPUS)('%s: refused with the expected message', (_what, run, expected) => {
    const problems = problemsOf(run());
    for (const message of expected) {
      expect(
        problems.some((p) => p.includes(message)),
        `"${message}" in:\n${problems.join('\n')}`,
      ).toBe(true);
    }
  });

  it('lists every problem at once, across boundaries and plans', () => {
    const problems = problemsOf(
      checkJson(
        mutated((p) => {
          p.boundaries.features[0].geometry.coordinates[0][1] = [500, 35];
          p.boundaries.features[1].properties.level = 'village';
          p.plans[0].targets[0].regionCode = '999999';
          (p.plans[0] as Record<string, unknown>).docKind = 7;
        }),
      ),
    );
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.join('\n')).toMatch(/coordinates\[0\]\[1\]: longitude 500/);
    expect(problems.join('\n')).toMatch(/features\[1\]\.properties\.level: /);
    expect(problems.join('\n')).toMatch(/plans\[0\]\.docKind: /);
  });

  it('caps the list and counts the rest', () => {
    const problems = problemsOf(
      checkJson(
        mutated(
          (p) =>
            ((p.boundaries as { features: unknown[] }).features = Array.from({ length: 1000 }, (_, i) => ({
              ...region(String(371000 + i), 'R', 117, 35),
              geometry: null,
            }))),
        ),
      ),
    );
    expect(problems).toHaveLength(301);
    // 1000 empty geometries, and the plan's three references to the two regions now gone.
    expect(problems[300]).toBe('… and 703 more problems');
    // A region with a bad geometry but good properties still counts as defined: no knock-on problems.
    const one = problemsOf(checkJson(mutated((p) => ((p.boundaries.features[0] as Record<string, unknown>).geometry = null))));
    expect(one).toEqual(['pack.json: boundaries.features[0].geometry: empty geometry (expected a Polygon or MultiPolygon)']);
  });

  it('checks the built-in boundaries (the pack-sized worst case) to the end: refused for what repeats, not for failing', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('public/geo/regions.topo.json', 'utf8');
    const result = validatePackFile(`{"pack":1,"boundaries":${text}}`, 'builtin.json', []);
    // Not accepted as a pack (provinces repeat in the context layer); it must not throw either.
    expect(result.ok).toBe(false);
    const problems = problemsOf(result);
    expect(
      problems.some((p) => /duplicate code/.test(p)),
      problems.join('\n'),
    ).toBe(true);
    expect(
      problems.some((p) => /the validator failed/.test(p)),
      problems.join('\n'),
    ).toBe(false);
  });
});
