/**
 * The app's own renderings of quotes in the other language (public/data/sources/renderings/):
 * every file is valid, every quote of the shipped plans has exactly one rendering, no rendering
 * is left over from a quote that is gone, and every gloss names a span of its quote.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFiles, readJson, sourcesDir } from './loadData';
import { walkSources } from '../../src/data/validate';
import { renderings as renderingsSchema, sourceIndex } from '../../src/data/sourceSchema';
import type { Plan } from '../../src/data/planSchema';

const index = sourceIndex.parse(readJson(path.join(sourcesDir, 'index.json')));
const renderingsDir = path.join(sourcesDir, 'renderings');
const plans = planFiles().map((f) => readJson(f) as Plan);

function quotesOf(doc: string): Set<string> {
  const quotes = new Set<string>();
  for (const plan of plans)
    walkSources(plan, (s) => {
      if (s.doc === doc) quotes.add(s.quote);
    });
  return quotes;
}

describe('renderings of quotes in the other language', () => {
  for (const d of index.documents) {
    describe(d.file, () => {
      const file = path.join(renderingsDir, d.file.replace(/\.txt$/, '.json'));
      it('has a valid renderings file into the other language', () => {
        expect(fs.existsSync(file), file).toBe(true);
        const r = renderingsSchema.parse(readJson(file));
        expect(r).toMatchObject({ doc: d.file, from: d.lang, to: d.lang === 'zh' ? 'en' : 'zh' });
      });

      it('renders every quote once, and nothing else', () => {
        const r = renderingsSchema.parse(readJson(file));
        const rendered = r.quotes.map((q) => q.quote);
        expect(new Set(rendered).size, 'duplicate renderings').toBe(rendered.length);
        const quotes = quotesOf(d.file);
        expect(
          [...quotes].filter((q) => !rendered.includes(q)),
          'quotes without a rendering',
        ).toEqual([]);
        expect(
          rendered.filter((q) => !quotes.has(q)),
          'renderings of no quote',
        ).toEqual([]);
      });

      it('glosses name spans of their quotes', () => {
        const r = renderingsSchema.parse(readJson(file));
        const bad = r.quotes.flatMap((q) =>
          (q.glosses ?? []).filter((g) => !q.quote.includes(g.span)).map((g) => `${g.span} not in «${q.quote}»`),
        );
        expect(bad).toEqual([]);
      });
    });
  }
});
