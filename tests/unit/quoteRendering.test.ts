import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  glossSegments,
  glossedQuote,
  indexDoc,
  leadsWithRendering,
  renderingLookup,
  renderingsFileOf,
} from '../../src/data/quoteRendering';
import { fetchRenderings } from '../../src/data/sourceData';
import { fixtureRenderings, HEBEI_DOC, JILIN_QUOTE, JILIN_ZH_DOC, LISHUI_QUOTE, XIONGAN_QUOTE } from './plans/renderingsFixture';

const xiongan = { span: 'male Ann new', meaning: { zh: '雄安新区', en: 'Xiong’an New Area' } };

describe('quote renderings', () => {
  it('names the renderings file after the document', () => {
    expect(renderingsFileOf('002_971907feb57351a0.txt')).toBe('002_971907feb57351a0.json');
  });

  it('looks a rendering up by document and verbatim quote, and finds none for another document or quote', () => {
    const lookup = renderingLookup(fixtureRenderings.map(indexDoc));
    expect(lookup(HEBEI_DOC, XIONGAN_QUOTE)?.text).toBe('指雄安新区高端高新产业发展核');
    expect(lookup(JILIN_ZH_DOC, JILIN_QUOTE)?.text).toMatch(/^the gross output value/);
    // The same words quoted from another document are another quote.
    expect(lookup(JILIN_ZH_DOC, XIONGAN_QUOTE)).toBeUndefined();
    expect(lookup(HEBEI_DOC, LISHUI_QUOTE)).toBeUndefined();
    expect(renderingLookup([null, undefined])(HEBEI_DOC, XIONGAN_QUOTE)).toBeUndefined();
  });

  it('leads with the rendering only for a quote in the other language that has one', () => {
    const r = { quote: 'x y', text: 'x' };
    expect(leadsWithRendering('en', 'zh', r)).toBe(true);
    expect(leadsWithRendering('zh', 'en', r)).toBe(true);
    expect(leadsWithRendering('en', 'en', r)).toBe(false);
    expect(leadsWithRendering('en', 'zh', undefined)).toBe(false);
  });

  it('cuts a quote at its glossed spans, each followed by its gloss, and keeps the quote whole', () => {
    const segments = glossSegments(XIONGAN_QUOTE, [xiongan]);
    expect(segments).toEqual([
      { kind: 'text', text: 'refers to the ' },
      { kind: 'span', text: 'male Ann new' },
      { kind: 'gloss', gloss: xiongan },
      { kind: 'text', text: ' high-end high-tech industry development core' },
    ]);
    expect(segments.map((s) => (s.kind === 'gloss' ? '' : s.text)).join('')).toBe(XIONGAN_QUOTE);
    expect(glossedQuote(XIONGAN_QUOTE, [xiongan], 'zh')).toBe(
      'refers to the male Ann new [= 雄安新区] high-end high-tech industry development core',
    );
    expect(glossedQuote(XIONGAN_QUOTE, [xiongan], 'en')).toBe(
      'refers to the male Ann new [= Xiong’an New Area] high-end high-tech industry development core',
    );
  });

  it('glosses a span at the end, in order of position, and leaves out spans it cannot place', () => {
    const ring = { span: 'ring the Beijing', meaning: { zh: '环京津', en: 'around Beijing and Tianjin' } };
    const lingang = { span: 'lingang', meaning: { zh: '临港', en: 'port-side' } };
    const missing = { span: 'not there', meaning: { zh: '无', en: 'none' } };
    const overlapping = { span: 'the Beijing and', meaning: { zh: '重叠', en: 'overlap' } };
    const quote = 'coastal lingang and ring the Beijing';
    expect(glossedQuote(quote, [ring, lingang, missing, overlapping], 'en')).toBe(
      'coastal lingang [= port-side] and ring the Beijing [= around Beijing and Tianjin]',
    );
    expect(glossSegments('plain', [])).toEqual([{ kind: 'text', text: 'plain' }]);
  });
});

describe('fetching a document’s renderings', () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (body: string, status: number, type: string) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(body, { status, headers: { 'content-type': type } }))),
    );

  it('asks for the file beside the sources and indexes its quotes', async () => {
    answer(JSON.stringify(fixtureRenderings[0]), 200, 'application/json');
    const r = await fetchRenderings('/data/', HEBEI_DOC);
    expect(fetch).toHaveBeenCalledWith('/data/sources/renderings/002_971907feb57351a0.json');
    expect(r?.to).toBe('zh');
    expect(r?.byQuote.get(XIONGAN_QUOTE)?.glosses).toHaveLength(1);
  });

  it('has none when the file is missing: a 404, or a server answering with the app’s page', async () => {
    answer('not found', 404, 'text/plain');
    expect(await fetchRenderings('/data/', HEBEI_DOC)).toBeNull();
    answer('<!doctype html><title>app</title>', 200, 'text/html');
    expect(await fetchRenderings('/data/', HEBEI_DOC)).toBeNull();
  });

  it('fails with the field path on a file that is there but wrong, or of another document', async () => {
    answer(JSON.stringify({ ...fixtureRenderings[0], to: 'fr' }), 200, 'application/json');
    await expect(fetchRenderings('/data/', HEBEI_DOC)).rejects.toThrow(
      /renderings\/002_971907feb57351a0\.json: to: expected one of "zh" \| "en"/,
    );
    answer(JSON.stringify(fixtureRenderings[1]), 200, 'application/json');
    await expect(fetchRenderings('/data/', HEBEI_DOC)).rejects.toThrow(/doc: expected "002_971907feb57351a0.txt"/);
    answer('', 500, 'application/json');
    await expect(fetchRenderings('/data/', HEBEI_DOC)).rejects.toThrow(/HTTP 500/);
  });
});
