#!/usr/bin/env node
// Builds the national pack (every mainland province, prefecture and county) into
// geo/.cache/packs/national/regions.topo.json, in the same format as public/geo/regions.topo.json.
// Run with `npm run geo:national`. Not committed; the benchmark builds it when missing.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { buildPack } from './build.mjs';
import * as CONFIG from './regions.config.mjs';
import * as NATIONAL from './national.config.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const NATIONAL_PACK = path.join(HERE, '.cache', 'packs', 'national', 'regions.topo.json');

export async function buildNational({ log = console.error } = {}) {
  const t0 = performance.now();
  const cacheDir = path.join(HERE, '.cache');
  const { prefectures, skipped } = NATIONAL.nationalPrefectures(cacheDir);
  log(`[geo:national] ${prefectures.length} prefecture files, ${skipped.length} skipped`);
  const config = {
    prefectures,
    selectableProvinces: NATIONAL.MAINLAND_PROVINCES,
    adminChanges: CONFIG.ADMIN_CHANGES,
    newAreas: CONFIG.NEW_AREAS,
    fillEmpty: NATIONAL.FILL_EMPTY,
    areaCheck: true,
    simplify: NATIONAL.SIMPLIFY,
    quantization: NATIONAL.QUANTIZATION,
  };
  const { topo, stats } = await buildPack(config, { cacheDir, log });
  fs.mkdirSync(path.dirname(NATIONAL_PACK), { recursive: true });
  const text = JSON.stringify(topo);
  fs.writeFileSync(NATIONAL_PACK, text);
  const buf = Buffer.from(text);
  stats.size = { rawBytes: buf.length, gzipBytes: gzipSync(buf).length, gzip9Bytes: gzipSync(buf, { level: 9 }).length };
  stats.skippedFiles = skipped;
  stats.buildSeconds = Math.round((performance.now() - t0) / 100) / 10;
  fs.writeFileSync(path.join(path.dirname(NATIONAL_PACK), 'stats.json'), JSON.stringify(stats, null, 2) + '\n');
  return { file: NATIONAL_PACK, stats };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildNational()
    .then(({ file, stats }) => {
      const { newareas, ...rest } = stats;
      console.log(JSON.stringify({ file: path.relative(process.cwd(), file), ...rest, newareas }, null, 2));
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
