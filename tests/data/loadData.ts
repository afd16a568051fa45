// Shared loaders for the data tests (not a test file itself).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDir = path.join(repoRoot, 'public', 'data');
export const plansDir = path.join(dataDir, 'plans');
/** The source documents, shipped with the project (byte-identical to the seeds they came from). */
export const sourcesDir = path.join(dataDir, 'sources');
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
