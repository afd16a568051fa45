// Thin wrapper around mapshaper's in-memory API.
import mapshaper from 'mapshaper';

/** Run mapshaper commands on in-memory GeoJSON inputs; returns parsed outputs keyed by file name. */
export async function ms(commands, inputs) {
  const files = {};
  for (const [k, v] of Object.entries(inputs)) files[k] = typeof v === 'string' ? v : JSON.stringify(v);
  const out = await mapshaper.applyCommands(commands, files);
  const res = {};
  for (const [k, v] of Object.entries(out)) res[k] = JSON.parse(String(v));
  return res;
}

export const fc = (features) => ({ type: 'FeatureCollection', features });
