// Thin wrapper around mapshaper's in-memory API.
import mapshaper from 'mapshaper';

/** Run mapshaper commands on in-memory GeoJSON inputs; returns parsed outputs keyed by file name. */
export async function ms(commands, inputs) {
  const files = {};
  for (const [k, v] of Object.entries(inputs)) files[k] = typeof v === 'string' ? v : JSON.stringify(v);
  const out = await mapshaper.applyCommands(commands, files);
  const res = {};
  for (const [k, v] of Object.entries(out)) {
    const j = JSON.parse(String(v));
    // layers without attributes come back as a GeometryCollection
    res[k] = j.type === 'GeometryCollection'
      ? fc(j.geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })))
      : j;
  }
  return res;
}

export const fc = (features) => ({ type: 'FeatureCollection', features });
