// The benchmark's floor: the same boundary file drawn by maplibre with nothing else
// (no React, no plans, no labels). Marks `map-first-idle` at the map's first idle, like the app.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';

maplibregl.setWorkerUrl(workerUrl);
const OBJECTS = ['context', 'provinces', 'prefectures', 'newareas', 'counties'];

const topo = await (await fetch('geo/regions.topo.json')).json();
const layers = Object.fromEntries(OBJECTS.map((o) => [o, feature(topo, topo.objects[o])]));
const box = [Infinity, Infinity, -Infinity, -Infinity];
const visit = (c) => {
  if (typeof c[0] === 'number') {
    box[0] = Math.min(box[0], c[0]);
    box[1] = Math.min(box[1], c[1]);
    box[2] = Math.max(box[2], c[0]);
    box[3] = Math.max(box[3], c[1]);
  } else c.forEach(visit);
};
for (const o of OBJECTS.slice(1)) for (const f of layers[o].features) visit(f.geometry.coordinates);

const style = { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } }] };
for (const o of OBJECTS) {
  style.sources[o] = { type: 'geojson', data: layers[o] };
  style.layers.push({
    id: `${o}-fill`,
    type: 'fill',
    source: o,
    paint: { 'fill-color': o === 'context' ? '#e8e4da' : '#9ab7cf', 'fill-opacity': 0.5 },
  });
  style.layers.push({
    id: `${o}-line`,
    type: 'line',
    source: o,
    paint: { 'line-color': '#556', 'line-width': o === 'counties' ? 0.5 : 1 },
  });
}
const map = new maplibregl.Map({
  container: 'map',
  style,
  bounds: box,
  fitBoundsOptions: { padding: 40 },
  fadeDuration: 0,
  attributionControl: false,
});
map.once('idle', () => performance.mark('map-first-idle'));
window.__floorMap = map;
