import { describe, expect, it } from 'vitest';
import { hashHasCamera, parseRegionParam, withRegionParam } from '../../src/state/url';

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
    const written = withRegionParam('http://x.test/app/?a=1#6/40/116', '130600');
    expect(written).toBe('http://x.test/app/?a=1&region=130600#6/40/116');
    expect(withRegionParam(written, null)).toBe('http://x.test/app/?a=1#6/40/116');
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
