import { describe, expect, it } from 'vitest';
import { hashHasCamera, parseElementParam, parseFilterParam, parseRegionParam, withParams } from '../../src/state/url';

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
    expect(withParams('http://x.test/?filter=a', { filter: 'auto,food' })).toBe('http://x.test/?filter=auto%2Cfood');
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
