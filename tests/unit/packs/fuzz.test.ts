/**
 * Generated fuzz run: thousands of packs mutated from the valid fixture (seeded, so a failure
 * is reproducible from its case number). The validator must never throw and must always
 * answer either ok with a pack or a non-empty list of problems naming the file.
 */
import { describe, expect, it } from 'vitest';
import { validatePackFile } from '../../../src/packs/validatePack';
import { BUILT_IN_CODES, TAXONOMY_IDS } from './packFixture';
import { mutate, prng } from './mutatePack';

const CASES = Number(process.env.FUZZ_CASES ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? 0x7a11ed);

describe('fuzz: mutated packs', () => {
  it(`never throws on ${CASES} mutated packs (GeoJSON and TopoJSON) and always answers ok or problems`, () => {
    const random = prng(SEED);
    const t0 = performance.now();
    let accepted = 0;
    const options = { taxonomyIds: TAXONOMY_IDS };
    for (let n = 0; n < CASES; n++) {
      const { text, what } = mutate(random, n % 2 === 1);
      const asBytes = n % 5 === 0;
      let result;
      try {
        result = validatePackFile(asBytes ? new TextEncoder().encode(text) : text, 'fuzz.json', BUILT_IN_CODES, options);
      } catch (e) {
        throw new Error(`case ${n} (${what}) threw: ${String(e)}`);
      }
      if (result.ok) {
        accepted++;
        expect(result.pack.boundaries.type).toBe('FeatureCollection');
      } else {
        expect(result.problems.length, `case ${n} (${what})`).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(typeof p).toBe('string');
          expect(p, `case ${n} (${what})`).not.toMatch(/the validator failed/);
          expect(p.startsWith('fuzz.json: ') || p.startsWith('(pack)') || p.startsWith('…'), `case ${n} (${what}): ${p}`).toBe(true);
        }
      }
    }
    const ms = performance.now() - t0;
    console.log(`fuzz: ${CASES} packs in ${Math.round(ms)} ms, ${accepted} accepted, ${CASES - accepted} refused`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(ms).toBeLessThan(20_000);
  }, 60_000);
});
