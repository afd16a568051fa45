// Thin wrapper around mapshaper's in-memory API. mapshaper is a build tool, not an app or
// test dependency: it is installed on demand into geo/.cache/tools (pinned version), like the
// source packages, so that `npm ci` never needs it (its optional native add-on also trips
// npm's lock-file check on other platforms).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MAPSHAPER_VERSION = '0.7.70';
const toolsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '.cache', 'tools');

async function loadMapshaper() {
  const installed = join(toolsDir, 'node_modules', 'mapshaper', 'package.json');
  if (!existsSync(installed)) {
    mkdirSync(toolsDir, { recursive: true });
    console.log(`[geo] npm install mapshaper@${MAPSHAPER_VERSION} into geo/.cache/tools`);
    execFileSync(
      'npm',
      ['install', '--prefix', toolsDir, '--no-save', '--no-audit', '--no-fund', '--silent', `mapshaper@${MAPSHAPER_VERSION}`],
      {
        stdio: 'inherit',
      },
    );
  }
  const entry = createRequire(installed).resolve('mapshaper');
  const module = await import(pathToFileURL(entry).href);
  return module.default ?? module;
}

const mapshaper = await loadMapshaper();

/** Run mapshaper commands on in-memory GeoJSON inputs; returns parsed outputs keyed by file name. */
export async function ms(commands, inputs) {
  const files = {};
  // GeoJSON objects go in as they are: a national layer serialised would be hundreds of MB.
  for (const [k, v] of Object.entries(inputs)) files[k] = v;
  const out = await mapshaper.applyCommands(commands, files);
  const res = {};
  for (const [k, v] of Object.entries(out)) {
    const j = JSON.parse(String(v));
    // layers without attributes come back as a GeometryCollection
    res[k] = j.type === 'GeometryCollection' ? fc(j.geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry }))) : j;
  }
  return res;
}

export const fc = (features) => ({ type: 'FeatureCollection', features });
