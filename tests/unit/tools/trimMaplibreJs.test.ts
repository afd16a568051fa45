import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimMaplibreJs } from '../../../src/tools/trimMaplibreJs';

const shipped = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.mjs', 'utf8');

describe("maplibre's main-thread bundle, without the parts the app's map never runs", () => {
  const trimmed = trimMaplibreJs(shipped);

  it('cuts the MLT branch of the query decode, keeping the GeoJSON / vector-tile one', () => {
    expect(trimmed).not.toMatch(/case`mlt`:this\.vtLayers=new/);
    expect(trimmed).toContain('case`mlt`:throw Error(');
    expect(trimmed).toMatch(/default:this\.vtLayers=new [\w$]+\(new [\w$]+\(this\.rawTileData\)\)\.layers/);
  });

  it('cuts the globe branches of the projection factory, keeping mercator and its fallback', () => {
    expect(trimmed).not.toContain('Falling back to the globe projection');
    expect(trimmed).toContain('case`globe`:case`vertical-perspective`:throw Error(');
    expect(trimmed).toMatch(/case`mercator`:return\{projection:new [\w$]+,transform:[\w$]+\([\w$]+\),cameraHelper:new [\w$]+\}/);
    expect(trimmed).toContain('Falling back to mercator projection.');
  });

  it('changes nothing else', () => {
    expect(Math.abs(trimmed.length - shipped.length)).toBeLessThan(1000);
    expect(trimmed.slice(0, 5000)).toBe(shipped.slice(0, 5000));
    expect(trimmed.slice(-5000)).toBe(shipped.slice(-5000));
  });

  it('fails loudly on a bundle it does not recognise', () => {
    expect(() => trimMaplibreJs('export const x = 1;')).toThrow(/found it 0 times/);
  });
});
