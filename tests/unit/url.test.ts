import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  cameraHash,
  changedParams,
  parseCameraHash,
  parseView,
  viewHref,
  viewParams,
  withCamera,
  withParams,
  type ParamKey,
  type View,
} from '../../src/state/url';

/** The view a query string gives, and its problems as `key=raw`. */
const read = (search: string) => parseView(search).view;
const problems = (search: string) => parseView(search).problems.map((p) => `${p.key}=${p.raw}`);

describe('?region= parameter', () => {
  it('is absent when missing or empty', () => {
    expect(parseView('')).toEqual({ view: DEFAULT_VIEW, problems: [] });
    expect(parseView('?region=')).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it('accepts a 6-digit admin code', () => {
    expect(read('?region=130600').selected).toBe('130600');
    expect(read('?lang=en&region=%20331102%20').selected).toBe('331102');
  });

  it.each(['abc', '13060', '1306000', '<script>', '130600;drop'])('reports %s as a problem and selects nothing', (raw) => {
    const { view, problems } = parseView(`?region=${encodeURIComponent(raw)}`);
    expect(view.selected).toBeNull();
    expect(problems).toEqual([{ key: 'selected', raw }]);
  });

  it('writes and removes the parameter, keeping others and the hash', () => {
    const written = withParams('http://x.test/app/?a=1#6/40/116', { region: '130600' });
    expect(written).toBe('http://x.test/app/?a=1&region=130600#6/40/116');
    expect(withParams(written, { region: null })).toBe('http://x.test/app/?a=1#6/40/116');
  });
});

describe('?element= parameter', () => {
  it('gives the plan and the element, and reports anything else', () => {
    expect(read('?element=hebei-manufacturing-14fyp/hb-core-xiongan').selectedElement).toEqual({
      planId: 'hebei-manufacturing-14fyp',
      elementId: 'hb-core-xiongan',
    });
    expect(read('').selectedElement).toBeNull();
    expect(problems('?element=no-slash')).toEqual(['selectedElement=no-slash']);
    expect(problems('?element=a/b/c')).toEqual(['selectedElement=a/b/c']);
  });
});

describe('?filter= and ?hide= parameters', () => {
  it('keep well-formed ids, sorted and unique, and report malformed ones once', () => {
    expect(read('?filter=new-energy,auto,new-energy').filter).toEqual(['auto', 'new-energy']);
    expect(parseView('?filter=food,unicorns,%3Cb%3E,%3Cb%3E')).toMatchObject({
      view: { filter: ['food', 'unicorns'] },
      problems: [{ key: 'filter', raw: '<b>' }],
    });
    expect(read('?filter=').filter).toEqual([]);
    expect(parseView('?hide=nope,nope,..%2F')).toMatchObject({
      view: { hiddenPlans: ['nope'] },
      problems: [{ key: 'hiddenPlans', raw: '../' }],
    });
  });

  it('write a list and remove an empty one', () => {
    expect(withParams('http://x.test/?filter=a', { filter: 'auto,food' })).toBe('http://x.test/?filter=auto,food');
    expect(withParams('http://x.test/?filter=a', { filter: '' })).toBe('http://x.test/');
    expect(viewParams({ hiddenPlans: ['b', 'a'] }, ['hiddenPlans'])).toEqual({ hide: 'a,b' });
  });
});

describe('?lang= parameter', () => {
  it('accepts zh and en in any case and reports the rest', () => {
    expect(read('?lang=en').lang).toBe('en');
    expect(read('?lang=ZH').lang).toBe('zh');
    expect(read('').lang).toBeNull();
    expect(problems('?lang=fr')).toEqual(['lang=fr']);
  });

  it('is left out for Chinese, the default', () => {
    expect(viewParams({ lang: 'zh' }, ['lang'])).toEqual({ lang: null });
    expect(viewParams({ lang: 'en' }, ['lang'])).toEqual({ lang: 'en' });
  });
});

describe('presentation parameters', () => {
  it('reads a briefing id, a 1-based step, a theme, a loop and the presenter window', () => {
    expect(read('?present=hebei-manufacturing&step=12&theme=DARK&loop=0.3&presenter=1')).toMatchObject({
      present: 'hebei-manufacturing',
      step: 12,
      theme: 'dark',
      loop: 0.3,
      presenter: true,
    });
    expect(read('?lang=en')).toMatchObject({ present: null, step: 1, theme: 'default', loop: null, presenter: false });
    expect(parseView('?presenter=yes')).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it('reads the renderer the link asks for (any case), auto when absent', () => {
    expect(read('?renderer=SVG')).toMatchObject({ renderer: 'svg' });
    expect(read('?renderer=webgl')).toMatchObject({ renderer: 'webgl' });
    expect(read('?lang=en')).toMatchObject({ renderer: 'auto' });
  });

  it.each([
    ['present', 'Hebei Plan'],
    ['present', '../x'],
    ['step', '0'],
    ['step', '-2'],
    ['step', '2.5'],
    ['step', 'two'],
    ['step', '99999'],
    ['theme', 'default'],
    ['theme', 'neon'],
    ['loop', '0'],
    ['loop', 'fast'],
    ['loop', '1e9'],
    ['renderer', 'canvas'],
    ['renderer', 'gl'],
  ] as const)('reports %s=%s and keeps the default', (name, raw) => {
    const key: ParamKey = name;
    const { view, problems } = parseView(`?${name}=${encodeURIComponent(raw)}`);
    expect(problems).toEqual([{ key, raw }]);
    expect(view[key]).toEqual(DEFAULT_VIEW[key]);
  });
});

describe('?source= parameter', () => {
  it('accepts a document with or without the offsets of a passage', () => {
    expect(read('?source=002_971907feb57351a0/1520-1611').source).toEqual({ doc: '002_971907feb57351a0', start: 1520, end: 1611 });
    expect(read('?source=%20001_3d5405d80eb827a8%20').source).toEqual({ doc: '001_3d5405d80eb827a8' });
    expect(read('?source=').source).toBeNull();
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
  ])('reports %s', (raw) => {
    expect(parseView(`?source=${encodeURIComponent(raw)}`).problems).toEqual([{ key: 'source', raw }]);
  });

  it('writes the document alone until the quote is located, then with its offsets', () => {
    const link = (source: View['source']) => viewParams({ source }, ['source']);
    expect(link({ doc: '003_65b563cfb7f1ad0a', quote: 'exceed 73billion yuan' })).toEqual({ source: '003_65b563cfb7f1ad0a' });
    expect(link({ doc: '003_65b563cfb7f1ad0a', start: 0, end: 12 })).toEqual({ source: '003_65b563cfb7f1ad0a/0-12' });
    expect(link(null)).toEqual({ source: null });
  });
});

describe('camera hash', () => {
  it("reads maplibre's #zoom/lat/lng[/bearing/pitch] form", () => {
    expect(parseCameraHash('#5.2/40.1/117.3')).toEqual({ zoom: 5.2, center: [117.3, 40.1] });
    expect(parseCameraHash('#5/40/117/0/0')).toEqual({ zoom: 5, center: [117, 40] });
    expect(parseCameraHash('#5/40/117/30/45')).toEqual({ zoom: 5, center: [117, 40], bearing: 30, pitch: 45 });
    for (const hash of ['', '#section', '#5/x/117', '#5/40', '#5/95/117', '#5//117']) expect(parseCameraHash(hash)).toBeNull();
  });

  it('writes what it reads, rounded as maplibre does', () => {
    expect(cameraHash({ zoom: 7.2345, center: [115.5123456, 38.91234567] })).toBe('#7.23/38.91235/115.51235');
    expect(cameraHash({ zoom: 5, center: [117, 40], bearing: 30, pitch: 45 })).toBe('#5/40/117/30/45');
    expect(parseCameraHash(cameraHash({ zoom: 6, center: [116, 40] }))).toEqual({ zoom: 6, center: [116, 40] });
    expect(withCamera('http://x.test/?a=1#old', { zoom: 6, center: [116, 40] })).toBe('http://x.test/?a=1#6/40/116');
    expect(withCamera('http://x.test/?a=1#6/40/116', null)).toBe('http://x.test/?a=1');
  });
});

describe('the whole view in the link', () => {
  const full: View = {
    selected: '130600',
    selectedElement: { planId: 'hebei-manufacturing-14fyp', elementId: 'hb-core-xiongan' },
    filter: ['auto', 'new-energy'],
    hiddenPlans: ['jilin-clusters-2013'],
    lang: 'en',
    present: 'demo-hebei',
    step: 3,
    theme: 'contrast',
    loop: 20,
    source: { doc: '002_971907feb57351a0', start: 1520, end: 1611 },
    presenter: true,
    renderer: 'svg',
    camera: { zoom: 7.2, center: [115.5, 38.9] },
  };

  it('writes nothing for the default view', () => {
    expect(viewHref('http://x.test/app/', DEFAULT_VIEW)).toBe('http://x.test/app/');
    expect(viewHref('http://x.test/app/', { ...DEFAULT_VIEW, lang: 'zh' })).toBe('http://x.test/app/');
  });

  it('round-trips every parameter and the camera', () => {
    const href = viewHref('http://x.test/app/', full);
    expect(href).toBe(
      'http://x.test/app/?region=130600&element=hebei-manufacturing-14fyp/hb-core-xiongan&filter=auto,new-energy&hide=jilin-clusters-2013&lang=en&present=demo-hebei&step=3&theme=contrast&loop=20&source=002_971907feb57351a0/1520-1611&renderer=svg&presenter=1#7.2/38.9/115.5',
    );
    const url = new URL(href);
    expect(parseView(url.search, url.hash)).toEqual({ view: full, problems: [] });
  });

  it('rewrites only what changed in the UI state, and removes what went back to default', () => {
    expect(changedParams({ ...full, filter: [] }, full)).toEqual({ filter: null });
    expect(changedParams(full, full)).toEqual({});
    expect(changedParams(DEFAULT_VIEW, full)).toEqual({
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
    const { view, problems } = parseView('?region=130600&filter=%3Cscript%3E,auto&lang=xx&element=a/b/c&hide=jilin-clusters-2013&step=zz');
    expect(view).toMatchObject({
      selected: '130600',
      filter: ['auto'],
      lang: null,
      selectedElement: null,
      hiddenPlans: ['jilin-clusters-2013'],
      step: 1,
    });
    expect(problems).toEqual([
      { key: 'selectedElement', raw: 'a/b/c' },
      { key: 'filter', raw: '<script>' },
      { key: 'lang', raw: 'xx' },
      { key: 'step', raw: 'zz' },
    ]);
  });

  it('survives hostile and broken addresses without throwing', () => {
    for (const search of ['?region=%E0%A4%A', '?filter=' + ','.repeat(5000), '?lang=' + 'x'.repeat(10000), '?&&==&region', '?step=%00']) {
      expect(() => parseView(search, '#%E0%A4%A/1/2')).not.toThrow();
    }
  });
});
