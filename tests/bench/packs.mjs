// Boundary packs for the benchmark's scale figures: the committed three-region pack, the same
// without counties (top and prefecture level only), and the national pack (built when missing).
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { feature } from 'topojson-client';

export const NATIONAL_PACK = 'geo/.cache/packs/national/regions.topo.json';

export function ensureNationalPack() {
  if (!existsSync(NATIONAL_PACK)) {
    console.error('building the national pack (npm run geo:national)…');
    execFileSync('npm', ['run', '--silent', 'geo:national'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return NATIONAL_PACK;
}

/** A copy of a TopoJSON pack with some objects emptied and the arcs nobody uses any more dropped. */
export function withoutObjects(topo, emptied) {
  const objects = structuredClone(topo.objects);
  for (const name of emptied) objects[name].geometries = [];
  const used = new Map();
  const walk = (arcs) => {
    for (const a of arcs) {
      if (Array.isArray(a)) walk(a);
      else {
        const i = a < 0 ? ~a : a;
        if (!used.has(i)) used.set(i, used.size);
      }
    }
  };
  for (const o of Object.values(objects)) for (const g of o.geometries) walk(g.arcs);
  const order = [...used.keys()];
  const remap = (arcs) => arcs.map((a) => (Array.isArray(a) ? remap(a) : a < 0 ? ~used.get(~a) : used.get(a)));
  for (const o of Object.values(objects)) for (const g of o.geometries) g.arcs = remap(g.arcs);
  return { ...topo, objects, arcs: order.map((i) => topo.arcs[i]) };
}

export const regionCount = (topo) =>
  ['provinces', 'prefectures', 'newareas', 'counties'].reduce((n, o) => n + topo.objects[o].geometries.length, 0);

export const readPack = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The regions the SVG-map tools click at overview: Hebei's and Jilin's prefectures, then the new areas (Xiong'an). */
export function overviewRegions(topo) {
  const props = (layer) => feature(topo, topo.objects[layer]).features.map((f) => f.properties);
  return [...props('prefectures').filter((p) => p.parent === '130000' || p.parent === '220000'), ...props('newareas')];
}
