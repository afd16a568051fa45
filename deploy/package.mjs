#!/usr/bin/env node
/**
 * `npm run package`: the dashboard for a meeting-room PC, in dist-package/:
 *   web/                       the built app for any static web server, with nginx.conf, web.config, serve.mjs, README.txt
 *   industrial-plan-map.html   one self-contained file that runs from file:// (a USB stick) with no request beyond itself
 * The one-file build inlines every script and style (vite-plugin-singlefile, lazy chunks included), the map's worker
 * (as a data: URL, which maplibre starts on a file:// page) and every data file the app reads (one JSON block read by
 * src/loading/dataFile.ts); its Content-Security-Policy allows the inline script and style by their sha256 hashes.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const OUT = 'dist-package';
const SINGLE_NAME = 'industrial-plan-map.html';
const INLINED_FILES_ID = 'app-files'; // src/loading/dataFile.ts
/** Data files the app reads (src/loading/dataFile.ts callers): plans, taxonomy, briefings, sources, renderings, boundaries. */
const DATA_DIRS = ['data', 'geo'];
const DATA_FILE = /\.(json|txt)$/;
const NOT_READ_BY_APP = new Set(['data/example-pack.json']);

// `--single`: only the one file (the browser tests' file:// check needs no second normal build).
const singleOnly = process.argv.includes('--single');
const started = Date.now();
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT);
if (!singleOnly) await webFolder();

/** 1. The folder for a web server: the normal build, with the example configurations. */
async function webFolder() {
  await build({ logLevel: 'warn', build: { outDir: join(OUT, 'web'), emptyOutDir: true } });
  const webHtml = readFileSync(join(OUT, 'web/index.html'), 'utf8');
  const csp = metaCsp(webHtml);
  const buildDate = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const fill = (text) => text.replaceAll('__CSP__', csp).replaceAll('__VERSION__', version).replaceAll('__BUILD_DATE__', buildDate);
  for (const file of ['nginx.conf', 'web.config', 'README.txt'])
    writeFileSync(join(OUT, 'web', file), fill(readFileSync(join('deploy', file), 'utf8')));
  cpSync('deploy/serve.mjs', join(OUT, 'web/serve.mjs'));
}

// 2. The one file.
const singleDir = join(OUT, '.single');
await build({
  logLevel: 'warn',
  plugins: [viteSingleFile({ removeViteModuleLoader: true })],
  build: { outDir: singleDir, emptyOutDir: true },
});
let html = readFileSync(join(singleDir, 'index.html'), 'utf8');
// The workers that check a data pack and a file of actual figures stay files of their own (Vite builds
// `new Worker(new URL(…))` so), with the spreadsheet readers only they import, and a page on file:// may not start
// them: in the one file, loading a data pack or figures says the checker could not start.
const WORKER_ONLY = /^(packWorker|figuresWorker|exceljs\.min|papaparse\.min)-/;
const leftOver = readdirSync(singleDir).filter((f) => /\.(js|css)$/.test(f) && !WORKER_ONLY.test(f));
if (leftOver.length) throw new Error(`one-file build: not inlined: ${leftOver.join(', ')}`);

const files = {};
for (const dir of DATA_DIRS) {
  for (const path of walk(join(singleDir, dir))) {
    const name = relative(singleDir, path).split('\\').join('/');
    if (DATA_FILE.test(name) && !NOT_READ_BY_APP.has(name)) files[name] = readFileSync(path, 'utf8');
  }
}
// In a non-script block nothing runs, so the policy needs no hash for it; "<" is escaped so no text can close it.
const block = `<script type="application/json" id="${INLINED_FILES_ID}">${JSON.stringify(files).replace(/</g, '\\u003c')}</script>`;
const favicon = `data:image/svg+xml;base64,${readFileSync('public/favicon.svg').toString('base64')}`;
html = html
  .replace(/\s*<!--[^>]*-->\s*<link rel="preload"[^>]*>/, '')
  .replace(/href="\.\/favicon\.svg"/, `href="${favicon}"`)
  .replace('<div id="root">', `${block}\n    <div id="root">`);
if (/(src|href)="\.?\/(?!\/)/.test(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>/g, ''))) {
  throw new Error('one-file build: the page still refers to a file beside it');
}
// Hashes last: of the scripts and styles exactly as they stand in the final page.
const hashes = (tag) =>
  [...html.matchAll(new RegExp(`<${tag}(?![^>]*type="application/json")[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  );
const singleCsp = [
  "default-src 'none'",
  `script-src ${hashes('script').join(' ')}`,
  // maplibre starts its worker from a data: URL on a file:// page (it reads the inlined worker with fetch first).
  'worker-src data: blob:',
  'connect-src data: blob:',
  "img-src 'self' data: blob:",
  `style-src ${hashes('style').join(' ')}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(
  /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/,
  `<meta http-equiv="Content-Security-Policy" content="${singleCsp}" />`,
);
if (!html.includes(singleCsp)) throw new Error('one-file build: CSP meta not found');
writeFileSync(join(OUT, SINGLE_NAME), html);
rmSync(singleDir, { recursive: true, force: true });

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const single = Buffer.from(html);
console.log(
  `dist-package/ in ${((Date.now() - started) / 1000).toFixed(1)} s: ${singleOnly ? '' : `web/ ${kb(folderSize(join(OUT, 'web')))}; `}` +
    `${SINGLE_NAME} ${kb(single.length)} (gzip ${kb(gzipSync(single).length)}), ${Object.keys(files).length} data files inlined`,
);

function metaCsp(page) {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page);
  if (!m) throw new Error('web/index.html: no Content-Security-Policy meta');
  return m[1];
}
function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
function folderSize(dir) {
  let total = 0;
  for (const path of walk(dir)) total += statSync(path).size;
  return total;
}
