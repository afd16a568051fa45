/** The committed boundary pack, parsed as the app does, beside the real plan data. */
import { readFileSync } from 'node:fs';
import { parseBoundaryPack } from '../../src/data/regions';

export { index, plans, taxonomy } from './plans/planFixtures';
export const regions = parseBoundaryPack(JSON.parse(readFileSync('public/geo/regions.topo.json', 'utf8')), 'regions.topo.json');
