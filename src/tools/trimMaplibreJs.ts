/**
 * maplibre's main-thread bundle without the MapLibre Tile (MLT) decoder (build time, vite.config.ts).
 * The decoder (@maplibre/mlt, 66 KB, 17 KB gzip) is reached on the main thread from one place only:
 * `FeatureIndex.loadVTLayers`, which decodes a tile again for a query when its source was declared
 * `encoding: 'mlt'`. Every source of this app is GeoJSON (tiled in maplibre's worker, which keeps its
 * own decoder), so that branch is never taken; it now throws instead, and the bundler drops the decoder.
 * The edit is checked: a maplibre whose bundle no longer has the expected text fails the build rather
 * than shipping untrimmed or broken. Pure: text in, text out.
 */
const MLT_QUERY = /case`mlt`:this\.vtLayers=new [\w$]+\(this\.rawTileData\)\.layers;/g;

export function trimMaplibreJs(code: string): string {
  const found = code.match(MLT_QUERY) ?? [];
  if (found.length !== 1) {
    throw new Error(`trimMaplibreJs: expected maplibre's one MLT query decode, found ${found.length}; update src/tools/trimMaplibreJs.ts`);
  }
  return code.replace(MLT_QUERY, 'case`mlt`:throw Error(`MLT tiles are not part of this build (src/tools/trimMaplibreJs.ts)`);');
}
