// A tiny static server for the benchmark: several built sites under one origin, each under its
// own path prefix (the app is built with a relative base, so /app/, /national/… all work).
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
};

/** sites: { prefix: directory }, e.g. { app: 'dist' } serves dist at /app/. Resolves with the base URL. */
export function serveSites(sites) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const [, prefix, ...rest] = decodeURIComponent(url.pathname).split('/');
    const root = sites[prefix];
    if (!root) return res.writeHead(404).end();
    let file = normalize(join(root, rest.join('/') || 'index.html'));
    if (!file.startsWith(normalize(root))) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }),
    );
  });
}
