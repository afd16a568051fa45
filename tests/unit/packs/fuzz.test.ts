/**
 * Generated fuzz run: thousands of packs mutated from the valid fixture (seeded, so a failure
 * is reproducible from its case number). The validator must never throw and must always
 * answer either ok with a pack or a non-empty list of problems naming the file.
 * Packs go in as a file's text (or its bytes), the way the page's worker hands them over.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { validatePackFile, type Pack } from '../../../src/packs/validatePack';
import { BUILT_IN_CODES, TAXONOMY_IDS, validPack } from './packFixture';
import { HOSTILE_KEYS, mutate, prng } from './mutatePack';

const CASES = Number(process.env.FUZZ_CASES ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? 0x7a11ed);
const options = { taxonomyIds: TAXONOMY_IDS };

const HOSTILE_KEY_IN_TEXT = new RegExp(`"(${HOSTILE_KEYS.join('|')})"\\s*:`);

/** Every object and array in a value, with its path. */
function* objectsIn(value: unknown, path = 'pack'): Generator<{ object: object; path: string }> {
  if (!value || typeof value !== 'object') return;
  yield { object: value, path };
  for (const key of Object.keys(value)) yield* objectsIn((value as Record<string, unknown>)[key], `${path}.${key}`);
}

/** Where in an accepted pack an object has a prototype other than a plain object's or an array's. */
function changedPrototypeIn(pack: Pack): string | null {
  for (const { object, path } of objectsIn(pack)) {
    const proto = Object.getPrototypeOf(object) as unknown;
    if (proto !== Object.prototype && proto !== Array.prototype) return path;
  }
  return null;
}

/** Where in an accepted pack a hostile key sits. */
function hostileKeyIn(pack: Pack): string | null {
  for (const { object, path } of objectsIn(pack))
    for (const key of Object.keys(object)) if ((HOSTILE_KEYS as readonly string[]).includes(key)) return `${path}.${key}`;
  return null;
}

/** Whether any built-in prototype has gained a `polluted` property. */
const polluted = () => 'polluted' in {} || 'polluted' in [] || 'polluted' in (() => {});

describe('fuzz: mutated packs', () => {
  afterEach(() => {
    // Clean up after a failing run, so one pollution does not fail every later test file in this worker.
    for (const proto of [Object.prototype, Array.prototype, Function.prototype]) delete (proto as Record<string, unknown>).polluted;
  });

  it(`never throws on ${CASES} mutated packs (GeoJSON and TopoJSON) and always answers ok or problems`, () => {
    const random = prng(SEED);
    let accepted = 0;
    let hostile = 0;
    for (let n = 0; n < CASES; n++) {
      const { text, what } = mutate(random, n % 2 === 1);
      const asBytes = n % 5 === 0;
      if (HOSTILE_KEY_IN_TEXT.test(text)) hostile++;
      let result;
      try {
        result = validatePackFile(asBytes ? new TextEncoder().encode(text) : text, 'fuzz.json', BUILT_IN_CODES, options);
      } catch (e) {
        throw new Error(`case ${n} (${what}) threw: ${String(e)}`, { cause: e });
      }
      if (result.ok) {
        accepted++;
        expect(result.pack.boundaries.type).toBe('FeatureCollection');
        expect(changedPrototypeIn(result.pack), `case ${n} (${what})`).toBeNull();
      } else {
        expect(result.problems.length, `case ${n} (${what})`).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(typeof p).toBe('string');
          expect(p, `case ${n} (${what})`).not.toMatch(/the validator failed/);
          expect(p.startsWith('fuzz.json: ') || p.startsWith('(pack)') || p.startsWith('…'), `case ${n} (${what}): ${p}`).toBe(true);
        }
      }
      expect(polluted(), `case ${n} (${what})`).toBe(false);
    }
    console.log(`fuzz: ${CASES} packs, ${hostile} with a hostile key in their text, ${accepted} accepted, ${CASES - accepted} refused`);
    // The run reaches both answers, and many packs carry hostile keys as text.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(CASES);
    expect(hostile).toBeGreaterThan(CASES / 20);
  }, 120_000);

  describe.each(HOSTILE_KEYS)('a "%s" key in the JSON text', (key) => {
    const payload = '{"polluted": 1, "prototype": {"polluted": 1}}';
    const fixture = JSON.stringify(validPack());
    /** The valid pack's text with the hostile key added right after `anchor`. */
    const withKey = (anchor: string) => {
      expect(fixture).toContain(anchor);
      const text = fixture.replace(anchor, `${anchor}"${key}": ${payload}, `);
      expect(text).toContain(`"${key}": {"polluted"`);
      return text;
    };

    it('at the top of the pack: refused, naming the key', () => {
      for (const data of [withKey('{'), new TextEncoder().encode(withKey('{'))]) {
        const result = validatePackFile(data, 'pack.json', BUILT_IN_CODES, options);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.problems).toEqual([
            `pack.json: ${key}: unexpected key (expected one of pack, name, boundaries, taxonomy, plans, index, briefings)`,
          ]);
        expect(polluted()).toBe(false);
      }
    });

    it.each([
      ['a boundary collection', '{"type":"FeatureCollection",'],
      ['a region', '{"type":"Feature",'],
      ["a region's properties", '"properties":{'],
      ['a plan', '{"schema":"plan/1",'],
      ["a plan's title", '"title":{'],
      ["a plan's target", '"targets":[{'],
    ])('inside %s: left out of the accepted pack, no prototype touched', (_, anchor) => {
      const result = validatePackFile(withKey(anchor), 'pack.json', BUILT_IN_CODES, options);
      expect(result.ok).toBe(true);
      if (result.ok) expect(hostileKeyIn(result.pack)).toBeNull();
      if (result.ok) expect(changedPrototypeIn(result.pack)).toBeNull();
      expect(polluted()).toBe(false);
    });

    it("inside a region's geometry: passed on as it came (GeoJSON is not rebuilt), as a plain key; no prototype touched", () => {
      const result = validatePackFile(withKey('"geometry":{'), 'pack.json', BUILT_IN_CODES, options);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const geometry = result.pack.boundaries.features[0].geometry;
      expect(Object.keys(geometry)).toContain(key);
      expect(changedPrototypeIn(result.pack)).toBeNull();
      expect(polluted()).toBe(false);
    });
  });
});
