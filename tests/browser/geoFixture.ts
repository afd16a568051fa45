/** Reads the committed boundary pack, so tests click real label points of real regions. */
import { readFileSync } from 'node:fs';
import { parseBoundaryPack, type Region } from '../../src/data/regions';

const data = parseBoundaryPack(JSON.parse(readFileSync('public/geo/regions.topo.json', 'utf8')), 'public/geo/regions.topo.json');

export function region(code: string): Region {
  const found = data.regions.get(code);
  if (!found) throw new Error(`region ${code} is not in public/geo/regions.topo.json`);
  return found;
}

export const boundaryData = data;
