/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { trimMaplibreCss } from './src/tools/trimMaplibreCss.ts';
import { trimMaplibreJs } from './src/tools/trimMaplibreJs.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Content-Security-Policy of the built app. Delivered as a <meta> (added at build time, below)
 * so it holds on any static server and in `vite preview`; a server can send the same string as
 * a header to add what a meta cannot carry (frame-ancestors, report-to, sandbox).
 * Checked in real Chromium by tests/browser/csp.test.ts.
 */
export const CONTENT_SECURITY_POLICY = [
  // Anything not named below: the app's own origin only.
  "default-src 'self'",
  // The app's own script files; no inline script, no eval (zod runs jitless, see src/data/regions.ts).
  "script-src 'self'",
  // maplibre's worker and the data-pack validator (src/packs/packWorker.ts) are same-origin files, so no blob: workers.
  "worker-src 'self'",
  // fetch/XHR (boundaries, plan data) from the app's own origin only: nothing leaves the machine.
  "connect-src 'self'",
  // The export rasterises the view through data: and blob: images (modern-screenshot, chart SVG).
  "img-src 'self' data: blob:",
  // Stylesheets from files only: React, maplibre and recharts set styles through CSSOM, which
  // the policy allows, so no 'unsafe-inline' is needed.
  "style-src 'self'",
  "font-src 'self'",
  // No plugins, no <base> rewriting of relative URLs, no form posting anywhere.
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Build only: the dev server injects inline scripts (react-refresh, HMR client) a strict policy would block. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, before any script or link it must govern.
      handler(html) {
        const charset = /<meta charset="UTF-8" \/>/;
        if (!charset.test(html)) throw new Error('index.html: <meta charset="UTF-8" /> not found; the CSP meta goes right after it');
        return html.replace(charset, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      },
    },
  };
}

/**
 * A guard against a test that hangs, not a speed check: on a shared 2-core machine a test that takes
 * 4 s alone (the boundaries' grid check, a panel rendered in jsdom) can take several times that.
 */
const UNIT_TEST_TIMEOUT_MS = 30_000;

/** A build-time edit of one file of maplibre's package (`file`, the path after `maplibre-gl/dist/`). */
function trimmedMaplibreFile(file: string, trim: (code: string) => string): Plugin {
  return {
    name: `trim-maplibre-${file}`,
    enforce: 'pre',
    transform(code, id) {
      return id.split('?')[0].endsWith(`maplibre-gl/dist/${file}`) ? { code: trim(code), map: null } : null;
    },
  };
}

// Relative base: the built app works from any folder or sub-path, with no server config.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Only the rules of the parts the WebGL map shows (src/tools/trimMaplibreCss.ts): 8.8 KB gzip off its first view.
    trimmedMaplibreFile('maplibre-gl.css', trimMaplibreCss),
    // Without the MLT tile decoder and the globe, which the map never runs (src/tools/trimMaplibreJs.ts): 28 KB gzip.
    trimmedMaplibreFile('maplibre-gl.mjs', trimMaplibreJs),
  ],
  // For the About box (src/about/environment.ts): what IT asks first on the phone.
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __BUILD_DATE__: JSON.stringify(new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC'),
  },
  // No module-preload polyfill: it would be one more script; every browser we support has modulepreload.
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    modulePreload: { polyfill: false },
    // maplibre's worker is an `.mjs` file, a type older IIS and nginx do not know: a module worker served as
    // application/octet-stream is refused, and the map never draws. Emitted as `.js`, every server sends it right.
    rolldownOptions: {
      output: {
        assetFileNames: (asset) =>
          asset.names.some((n) => n.endsWith('.mjs')) ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]',
      },
    },
  },
  // The pack validator runs as a module worker (`new Worker(url, { type: 'module' })`): build it as one.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: false },
  test: {
    projects: [
      // Pure logic runs in node: a jsdom per file was most of these files' time.
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          testTimeout: UNIT_TEST_TIMEOUT_MS,
        },
      },
      // Components (*.test.tsx) render into jsdom, with Testing Library's matchers and clean-up.
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: UNIT_TEST_TIMEOUT_MS,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/serve.ts'],
          // Hang guards sized for a shared 2-core machine, where the first map drawing alone can take 30 s.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // Each file has its own Chromium and the app is served on a free port, so files can run side by side:
          // BROWSER_WORKERS=2 to try on a quiet machine. One at a time by default: a two-worker run on a busy
          // machine failed (see README, "Tests").
          maxWorkers: Number(process.env.BROWSER_WORKERS ?? 1),
        },
      },
    ],
  },
});
