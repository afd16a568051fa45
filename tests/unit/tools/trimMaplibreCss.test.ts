import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss } from '../../../src/tools/trimMaplibreCss';

const shipped = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');

describe("maplibre's stylesheet, trimmed to what the WebGL map shows", () => {
  const trimmed = trimMaplibreCss(shipped);

  it('keeps the map, its canvas, the zoom buttons and the scale', () => {
    for (const part of [
      '.maplibregl-map{',
      '.maplibregl-canvas{',
      '.maplibregl-ctrl-bottom-left',
      '.maplibregl-ctrl-group button',
      'maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon',
      'maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon',
      '.maplibregl-ctrl-scale{',
      '.maplibregl-boxzoom',
    ])
      expect(trimmed).toContain(part);
  });

  it('drops what it never shows, and is most of the size', () => {
    for (const part of ['maplibregl-ctrl-logo', 'maplibregl-popup-tip', 'maplibregl-ctrl-geolocate', 'user-location-dot-pulse'])
      expect(trimmed).not.toContain(part);
    expect(gzipSync(trimmed).length).toBeLessThan(gzipSync(shipped).length / 4);
  });

  it('keeps every rule it keeps as written in the package', () => {
    const plain = trimmed.replace(/@media[^{]*\{/g, '');
    for (const rule of plain.split('}').filter((r) => r.includes('{'))) expect(shipped).toContain(`${rule.trim()}}`);
  });

  it('leaves a stylesheet it does not understand as it is', () => {
    expect(trimMaplibreCss('/* note */ .maplibregl-popup{color:red}')).toBe('/* note */ .maplibregl-popup{color:red}');
    expect(trimMaplibreCss('.a{color:red}.maplibregl-popup{color:blue}')).toBe('.a{color:red}');
  });
});
