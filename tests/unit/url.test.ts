import { describe, expect, it } from 'vitest';
import {
  changedParams,
  hashHasCamera,
  parseElementParam,
  parseFilterParam,
  parseHiddenPlansParam,
  parseLangParam,
  parseLoopParam,
  parsePresentParam,
  parseRegionParam,
  parseSourceParam,
  parseStepParam,
  parseThemeParam,
  viewParams,
  withParams,
  type LinkedView,
} from '../../src/state/url';

describe('?region= parameter', () => {
  it('is missing when absent or empty', () => {
    expect(parseRegionParam('')).toEqual({ kind: 'missing' });
    expect(parseRegionParam('?region=')).toEqual({ kind: 'missing' });
  });

  it('accepts a 6-digit admin code', () => {
    expect(parseRegionParam('?region=130600')).toEqual({ kind: 'valid', value: '130600' });
    expect(parseRegionParam('?lang=en&region=%20331102%20')).toEqual({ kind: 'valid', value: '331102' });
  });

  it.each(['abc', '13060', '1306000', '<script>', '130600;drop'])('reports %s as invalid', (raw) => {
    expect(parseRegionParam(`?region=${encodeURIComponent(raw)}`)).toEqual({ kind: 'invalid', raw });
  });

  it('writes and removes the parameter, keeping others and the hash', () => {
    const written = withParams('http://x.test/app/?a=1#6/40/116', { region: '130600' });
    expect(written).toBe('http://x.test/app/?a=1&region=130600#6/40/116');
    expect(withParams(written, { region: null })).toBe('http://x.test/app/?a=1#6/40/116');
  });
});

describe('?element= parameter', () => {
  it('accepts plan/element ids and rejects anything else', () => {
    expect(parseElementParam('?element=hebei-manufacturing-14fyp/hb-core-xiongan')).toEqual({
      kind: 'valid',
      value: 'hebei-manufacturing-14fyp/hb-core-xiongan',
    });
    expect(parseElementParam('')).toEqual({ kind: 'missing' });
    expect(parseElementParam('?element=no-slash')).toEqual({ kind: 'invalid', raw: 'no-slash' });
    expect(parseElementParam('?element=a/b/c')).toEqual({ kind: 'invalid', raw: 'a/b/c' });
  });
});

describe('?filter= parameter', () => {
  const known = new Set(['new-energy', 'auto', 'food']);
  it('keeps known categories, sorted and unique, and reports the rest', () => {
    expect(parseFilterParam('?filter=new-energy,auto,new-energy', known)).toEqual({ valid: ['auto', 'new-energy'], invalid: [] });
    expect(parseFilterParam('?filter=food,unicorns,%3Cb%3E', known)).toEqual({ valid: ['food'], invalid: ['unicorns', '<b>'] });
    expect(parseFilterParam('?filter=', known)).toEqual({ valid: [], invalid: [] });
  });
  it('writes a list and removes an empty one', () => {
    expect(withParams('http://x.test/?filter=a', { filter: 'auto,food' })).toBe('http://x.test/?filter=auto,food');
    expect(withParams('http://x.test/?filter=a', { filter: '' })).toBe('http://x.test/');
  });
});

describe('camera hash', () => {
  it('recognises maplibre\'s #zoom/lat/lng form', () => {
    expect(hashHasCamera('#5.2/40.1/117.3')).toBe(true);
    expect(hashHasCamera('#5/40/117/0/0')).toBe(true);
    expect(hashHasCamera('')).toBe(false);
    expect(hashHasCamera('#section')).toBe(false);
    expect(hashHasCamera('#5/x/117')).toBe(false);
  });
});

describe('?hide= parameter', () => {
  const known = new Set(['jilin-clusters-2013', 'hebei-manufacturing-14fyp']);
  it('keeps known plans and reports unknown or malformed ones once', () => {
    expect(parseHiddenPlansParam('?hide=jilin-clusters-2013', known)).toEqual({ valid: ['jilin-clusters-2013'], invalid: [] });
    expect(parseHiddenPlansParam('?hide=nope,nope,..%2F', known)).toEqual({ valid: [], invalid: ['nope', '../'] });
  });
});

describe('?lang= parameter', () => {
  it('accepts zh and en in any case and rejects the rest', () => {
    expect(parseLangParam('?lang=en')).toEqual({ kind: 'valid', value: 'en' });
    expect(parseLangParam('?lang=ZH')).toEqual({ kind: 'valid', value: 'zh' });
    expect(parseLangParam('')).toEqual({ kind: 'missing' });
    expect(parseLangParam('?lang=fr')).toEqual({ kind: 'invalid', raw: 'fr' });
  });
});

describe('presentation parameters', () => {
  it('reads a briefing id, a 1-based step and a theme', () => {
    expect(parsePresentParam('?present=hebei-manufacturing')).toEqual({ kind: 'valid', value: 'hebei-manufacturing' });
    expect(parseStepParam('?step=12')).toEqual({ kind: 'valid', value: 12 });
    expect(parseThemeParam('?theme=DARK')).toEqual({ kind: 'valid', value: 'dark' });
    expect(parseLoopParam('?loop=0.3')).toEqual({ kind: 'valid', value: 0.3 });
    for (const parse of [parsePresentParam, parseStepParam, parseThemeParam, parseLoopParam]) expect(parse('?lang=en')).toEqual({ kind: 'missing' });
  });

  it.each([
    ['present', 'Hebei Plan', parsePresentParam],
    ['present', '../x', parsePresentParam],
    ['step', '0', parseStepParam],
    ['step', '-2', parseStepParam],
    ['step', '2.5', parseStepParam],
    ['step', 'two', parseStepParam],
    ['step', '99999', parseStepParam],
    ['theme', 'default', parseThemeParam],
    ['theme', 'neon', parseThemeParam],
    ['loop', '0', parseLoopParam],
    ['loop', 'fast', parseLoopParam],
    ['loop', '1e9', parseLoopParam],
  ] as const)('reports %s=%s as invalid', (name, raw, parse) => {
    expect(parse(`?${name}=${encodeURIComponent(raw)}`)).toEqual({ kind: 'invalid', raw });
  });
});

describe('?source= parameter', () => {
  it('accepts a document with or without the offsets of a passage', () => {
    expect(parseSourceParam('?source=002_971907feb57351a0/1520-1611')).toEqual({ kind: 'valid', value: { doc: '002_971907feb57351a0', start: 1520, end: 1611 } });
    expect(parseSourceParam('?source=%20001_3d5405d80eb827a8%20')).toEqual({ kind: 'valid', value: { doc: '001_3d5405d80eb827a8' } });
    expect(parseSourceParam('?source=')).toEqual({ kind: 'missing' });
  });

  it.each([
    '002_971907feb57351a0.txt',
    '002',
    '../002_971907feb57351a0',
    '002_971907feb57351a0/1611-1520',
    '002_971907feb57351a0/5-5',
    '002_971907feb57351a0/12',
    '002_971907feb57351a0/-3-9',
    '002_971907feb57351a0/1-99999999',
    '002_XYZ/1-2',
  ])('reports %s as invalid', (raw) => {
    expect(parseSourceParam(`?source=${encodeURIComponent(raw)}`)).toEqual({ kind: 'invalid', raw });
  });

  it('writes the document alone until the quote is located, then with its offsets', () => {
    const link = (source: LinkedView['source']) => viewParams({ source } as LinkedView, ['source']);
    expect(link({ doc: '003_65b563cfb7f1ad0a', quote: 'exceed 73billion yuan' })).toEqual({ source: '003_65b563cfb7f1ad0a' });
    expect(link({ doc: '003_65b563cfb7f1ad0a', start: 0, end: 12 })).toEqual({ source: '003_65b563cfb7f1ad0a/0-12' });
    expect(link(null)).toEqual({ source: null });
  });
});

describe('the whole view in the link', () => {
  const plain: LinkedView = { selected: null, selectedElement: null, filter: [], hiddenPlans: [], lang: 'zh', present: null, step: 1, theme: 'default', source: null };
  const full: LinkedView = {
    selected: '130600',
    selectedElement: 'hebei-manufacturing-14fyp/hb-core-xiongan',
    filter: ['auto', 'new-energy'],
    hiddenPlans: ['jilin-clusters-2013'],
    lang: 'en',
    present: 'demo-hebei',
    step: 3,
    theme: 'contrast',
    source: { doc: '002_971907feb57351a0', start: 1520, end: 1611 },
  };
  const apply = (view: LinkedView) => withParams('http://x.test/app/#6/40/116', viewParams(view));

  it('writes nothing for the default view', () => {
    expect(apply(plain)).toBe('http://x.test/app/#6/40/116');
  });

  it('round-trips every parameter, with the camera hash kept', () => {
    const href = apply(full);
    expect(href).toBe(
      'http://x.test/app/?region=130600&element=hebei-manufacturing-14fyp/hb-core-xiongan&filter=auto,new-energy&hide=jilin-clusters-2013&lang=en&present=demo-hebei&step=3&theme=contrast&source=002_971907feb57351a0/1520-1611#6/40/116',
    );
    const search = new URL(href).search;
    expect(parseRegionParam(search)).toEqual({ kind: 'valid', value: full.selected });
    expect(parseElementParam(search)).toEqual({ kind: 'valid', value: full.selectedElement });
    expect(parseFilterParam(search, new Set(full.filter)).valid).toEqual(full.filter);
    expect(parseHiddenPlansParam(search, new Set(full.hiddenPlans)).valid).toEqual(full.hiddenPlans);
    expect(parseLangParam(search)).toEqual({ kind: 'valid', value: 'en' });
    expect(parsePresentParam(search)).toEqual({ kind: 'valid', value: 'demo-hebei' });
    expect(parseStepParam(search)).toEqual({ kind: 'valid', value: 3 });
    expect(parseThemeParam(search)).toEqual({ kind: 'valid', value: 'contrast' });
    expect(parseSourceParam(search)).toEqual({ kind: 'valid', value: full.source });
    expect(hashHasCamera(new URL(href).hash)).toBe(true);
  });

  it('rewrites only what changed, and removes what went back to default', () => {
    expect(changedParams({ ...full, filter: [] }, full)).toEqual({ filter: null });
    expect(changedParams(full, full)).toEqual({});
    expect(changedParams(plain, full)).toEqual({
      region: null,
      element: null,
      filter: null,
      hide: null,
      lang: null,
      present: null,
      step: null,
      theme: null,
      source: null,
    });
    expect(changedParams({ ...full, step: 4 }, full)).toEqual({ step: '4' });
    expect(changedParams({ ...full, step: 1 }, full)).toEqual({ step: null });
  });

  it('reads each parameter on its own: a malformed one leaves the others intact', () => {
    const search = '?region=130600&filter=%3Cscript%3E,auto&lang=xx&element=a/b/c&hide=jilin-clusters-2013';
    expect(parseRegionParam(search)).toEqual({ kind: 'valid', value: '130600' });
    expect(parseFilterParam(search, new Set(['auto']))).toEqual({ valid: ['auto'], invalid: ['<script>'] });
    expect(parseLangParam(search)).toEqual({ kind: 'invalid', raw: 'xx' });
    expect(parseElementParam(search)).toEqual({ kind: 'invalid', raw: 'a/b/c' });
    expect(parseHiddenPlansParam(search, new Set(['jilin-clusters-2013'])).valid).toEqual(['jilin-clusters-2013']);
  });

  it('survives hostile and broken query strings without throwing', () => {
    for (const search of ['?region=%E0%A4%A', '?filter=' + ','.repeat(5000), '?lang=' + 'x'.repeat(10000), '?&&==&region']) {
      expect(() => {
        parseRegionParam(search);
        parseElementParam(search);
        parseLangParam(search);
        parseFilterParam(search, new Set());
        parseHiddenPlansParam(search, new Set());
        parsePresentParam(search);
        parseStepParam(search);
        parseThemeParam(search);
        parseLoopParam(search);
        parseSourceParam(search);
      }).not.toThrow();
    }
  });
});
