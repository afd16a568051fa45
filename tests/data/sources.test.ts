/**
 * The source documents ship with the project (public/data/sources): every plan's document is
 * there and listed in the index, and, where the original seeds sit beside a checkout (our own
 * machines and CI), the shipped copies are byte-identical to them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFiles, readJson, repoRoot, sourcesDir } from './loadData';
import type { Plan } from '../../src/data/planSchema';

interface SourceIndex {
  schema: string;
  documents: { file: string; plan: string; lang: string; kind: string; title: { zh: string; en: string } }[];
}

const index = readJson(path.join(sourcesDir, 'index.json')) as SourceIndex;
const plans = planFiles().map((f) => readJson(f) as Plan);
const shippedTexts = fs
  .readdirSync(sourcesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('source documents shipped with the project', () => {
  it('lists every shipped text once, and nothing else', () => {
    expect(index.schema).toBe('sources/1');
    expect(index.documents.map((d) => d.file).sort()).toEqual(shippedTexts);
  });

  it("holds each plan's document, indexed under that plan with the plan's language and kind", () => {
    for (const p of plans) {
      const entry = index.documents.find((d) => d.file === p.doc);
      expect(entry, p.doc).toBeDefined();
      expect(entry).toMatchObject({ plan: p.id, lang: p.title.source.lang, kind: p.docKind });
      expect(fs.existsSync(path.join(sourcesDir, p.doc)), p.doc).toBe(true);
    }
  });

  const seeds = path.resolve(repoRoot, '..', 'shared', 'seeds');
  it.skipIf(!fs.existsSync(seeds))('is byte-identical to the seeds beside the checkout', () => {
    for (const f of shippedTexts)
      expect(fs.readFileSync(path.join(sourcesDir, f)).equals(fs.readFileSync(path.join(seeds, f))), f).toBe(true);
    const seedTexts = fs
      .readdirSync(seeds)
      .filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f))
      .sort();
    expect(shippedTexts).toEqual(seedTexts);
  });
});
