import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimMaplibreJs } from '../../../src/tools/trimMaplibreJs';

const shipped = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.mjs', 'utf8');

describe("maplibre's main-thread bundle, without the MLT decoder's one way in", () => {
  const trimmed = trimMaplibreJs(shipped);

  it('changes only the MLT branch of the query decode, keeping the GeoJSON / vector-tile one', () => {
    expect(trimmed).not.toMatch(/case`mlt`:this\.vtLayers=new/);
    expect(trimmed).toContain('case`mlt`:throw Error(');
    expect(trimmed).toMatch(/default:this\.vtLayers=new [\w$]+\(new [\w$]+\(this\.rawTileData\)\)\.layers/);
    expect(trimmed.length - shipped.length).toBeLessThan(100);
  });

  it('fails loudly on a bundle it does not recognise', () => {
    expect(() => trimMaplibreJs('export const x = 1;')).toThrow(/found 0/);
  });
});
