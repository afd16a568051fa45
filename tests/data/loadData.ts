// Shared loaders for the data tests (not a test file itself).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDir = path.join(repoRoot, 'public', 'data');
export const plansDir = path.join(dataDir, 'plans');
export const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
export const topoPath = path.join(repoRoot, 'public', 'geo', 'regions.topo.json');

export const rel = (p: string) => path.relative(repoRoot, p).split(path.sep).join('/');
export const readJson = (p: string): unknown => JSON.parse(fs.readFileSync(p, 'utf8'));

/** Plan files (everything in public/data/plans except index.json), sorted. */
export function planFiles(): string[] {
  return fs
    .readdirSync(plansDir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((f) => path.join(plansDir, f));
}

// The shared unit-test setup (tests/unit/setup.ts) clears localStorage after each test; these
// tests run in the node environment, which has none, so give it a minimal in-memory stand-in.
if (!('localStorage' in globalThis)) {
  const store = new Map<string, string>();
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    value: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, String(v)),
      removeItem: (k: string) => void store.delete(k),
      clear: () => store.clear(),
      key: (i: number) => [...store.keys()][i] ?? null,
      get length() {
        return store.size;
      },
    },
  });
}
