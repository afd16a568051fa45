#!/usr/bin/env node
/**
 * The first view's transfer read from the build, without a browser (for a quick check while Chromium may
 * not run): index.html, the scripts, modulepreloads and stylesheets it names and everything they import
 * statically, plus the chosen map's chunk (with its imports and stylesheet), maplibre's worker for the WebGL
 * map, the boundaries and the favicon; gzip as the bench counts it (node's zlib, default level). The bench's
 * `firstview` section (what actually arrived before the first map) is the measurement; this is its estimate,
 * and agreed with it within 2 KB when written.
 *   node tests/bench/firstview-static.mjs [dist] [--assets]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
const listAssets = process.argv.includes('--assets');
const files = readdirSync(`${dist}/assets`);
const html = readFileSync(`${dist}/index.html`, 'utf8');

/** `file` and the files it imports statically, into `into`. */
function closure(file, into) {
  if (into.has(file)) return into;
  into.add(file);
  if (file.endsWith('.js')) {
    const code = readFileSync(`${dist}/assets/${file}`, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)) closure(m[1], into);
  }
  return into;
}
/** The build's files of a chunk name (`MapView` → MapView-<hash>.js and .css). */
const named = (name) => files.filter((f) => f.startsWith(`${name}-`) && /^[\w-]{8}\.(js|css)$/.test(f.slice(name.length + 1)));
const size = (path) => {
  const body = readFileSync(path);
  return { raw: body.length, gzip: gzipSync(body).length };
};

const shell = new Set();
for (const m of html.matchAll(/(?:src|href)="\.\/assets\/([^"]+)"/g)) closure(m[1], shell);
const KB = (n) => (n / 1024).toFixed(1);
for (const [label, chunks] of [
  ['default (SVG map)', ['SvgMap']],
  ['renderer=webgl', ['MapView', 'maplibre-gl-worker']],
]) {
  const all = new Set(shell);
  for (const name of chunks) {
    const found = named(name);
    if (!found.length) throw new Error(`${dist}/assets: no chunk named ${name}`);
    for (const f of found) closure(f, all);
  }
  const rows = [...all].map((f) => ({ file: `assets/${f}`, ...size(`${dist}/assets/${f}`) }));
  for (const f of ['index.html', 'geo/regions.topo.json', 'favicon.svg']) rows.push({ file: f, ...size(`${dist}/${f}`) });
  rows.sort((a, b) => b.gzip - a.gzip);
  const total = rows.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`first view gzip, ${label}: ${KB(total.gzip)} KB (raw ${KB(total.raw)} KB, ${rows.length} files)`);
  if (listAssets) for (const r of rows) console.log(`  ${r.file.padEnd(48)} ${KB(r.raw).padStart(8)} ${KB(r.gzip).padStart(7)}`);
}
