/**
 * maplibre's main-thread bundle without code the app's map never runs (build time, vite.config.ts), for the
 * first view with `renderer=webgl`. Each edit cuts the one reference that keeps a part in the bundle, and
 * the bundler drops the part:
 * - the MapLibre Tile (MLT) decoder (@maplibre/mlt, 66 KB, 17 KB gzip): on the main thread it is reached only
 *   from `FeatureIndex.loadVTLayers`, which decodes a tile again for a query when its source was declared
 *   `encoding: 'mlt'`. Every source of this app is GeoJSON, tiled in maplibre's worker (which keeps its own
 *   decoder); that branch now throws.
 * - the globe and vertical-perspective projections (their transforms, camera helpers and meshes; 11 KB
 *   gzip): reached only from the projection factory, for a style whose `projection` is not mercator. The
 *   app's style (src/map/layerStyle.ts) sets none, so the map is mercator; those branches now throw.
 * Each edit is checked: a maplibre whose bundle no longer has the expected text fails the build rather than
 * shipping untrimmed or broken (update the patterns here). Pure: text in, text out.
 */
const id = String.raw`[\w$]+`;
const EDITS: { what: string; find: RegExp; put: string }[] = [
  {
    what: 'the MLT decode of a queried tile',
    find: new RegExp(String.raw`case\`mlt\`:this\.vtLayers=new ${id}\(this\.rawTileData\)\.layers;`, 'g'),
    put: 'case`mlt`:throw Error(`MLT tiles are not part of this build (src/tools/trimMaplibreJs.ts)`);',
  },
  {
    what: 'the projection factory’s globe projection for a projection expression',
    find: new RegExp(
      String.raw`if\(Array\.isArray\((${id})\)\)\{let ${id}=${id}\(${id}\);${id}&&${id}\(\`Projection expressions cannot use the registered projection "\$\{${id}\}", which only works as a plain name\. Falling back to the globe projection\.\`\);let ${id}=new ${id}\(\{type:${id}\},${id}\);return\{projection:${id},transform:${id}\(${id}\),cameraHelper:new ${id}\(${id}\)\}\}`,
      'g',
    ),
    put: 'if(Array.isArray($1))throw Error(`Projection expressions are not part of this build (src/tools/trimMaplibreJs.ts)`);',
  },
  {
    what: 'the projection factory’s globe and vertical-perspective cases',
    find: new RegExp(
      String.raw`case\`globe\`:\{let ${id}=new ${id}\(\{type:\[\`interpolate\`,\[\`linear\`\],\[\`zoom\`\],11,\`vertical-perspective\`,12,\`mercator\`\]\},\{\}\);return\{projection:${id},transform:${id}\(${id}\),cameraHelper:new ${id}\(${id}\)\}\}case\`vertical-perspective\`:return\{projection:new ${id},transform:${id}\(${id}\),cameraHelper:new ${id}\};`,
      'g',
    ),
    put: 'case`globe`:case`vertical-perspective`:throw Error(`The globe is not part of this build (src/tools/trimMaplibreJs.ts)`);',
  },
];

export function trimMaplibreJs(code: string): string {
  let out = code;
  for (const edit of EDITS) {
    const found = out.match(edit.find)?.length ?? 0;
    if (found !== 1)
      throw new Error(`trimMaplibreJs: expected maplibre's ${edit.what} once, found it ${found} times; update src/tools/trimMaplibreJs.ts`);
    out = out.replace(edit.find, edit.put);
  }
  return out;
}
