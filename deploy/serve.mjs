#!/usr/bin/env node
// Serves this folder to this computer's browser with the right content types, needing nothing but Node.js:
//   node serve.mjs            → http://127.0.0.1:8080/
//   node serve.mjs 9000       → another port
// 只需 Node.js：在本文件夹运行 `node serve.mjs`，然后在浏览器打开 http://127.0.0.1:8080/
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The content type of every kind of file the dashboard has. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * A static server for `root`. `answer(path)` may change what a file is served as, or drop it (404),
 * which the tests use to play a badly configured server; a real server leaves it out.
 */
export function staticServer(root, { answer = () => undefined } = {}) {
  const base = resolve(root);
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html');
    const file = resolve(join(base, path));
    const relative = file
      .slice(base.length + 1)
      .split(sep)
      .join('/');
    const override = answer(relative) ?? {};
    try {
      if (!file.startsWith(base + sep) || override.status === 404 || !(await stat(file)).isFile()) throw new Error('not found');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': override.type ?? CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        // File names under assets/ change with their content: keep them a year. Everything else: ask each time.
        'Cache-Control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : 'not found');
    }
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8080);
  staticServer(fileURLToPath(new URL('.', import.meta.url))).listen(port, '127.0.0.1', () =>
    console.log(`Serving on http://127.0.0.1:${port}/  (Ctrl+C stops)  ·  已启动：http://127.0.0.1:${port}/（按 Ctrl+C 停止）`),
  );
}
