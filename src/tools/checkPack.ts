/**
 * `npm run check-pack <path>`: validates a data pack (a single JSON file or a folder, see
 * README.md, "Data packs"), or a briefing file the builder exported, with the same checks and
 * messages as the browser. Prints one problem
 * per line and exits 1, or prints a short summary and exits 0. Exit 2 for a usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBoundaryPack } from '../data/regions';
import { validatePlan } from '../data/validate';
import type { Plan } from '../data/planSchema';
import {
  PACK_LIMITS,
  looksLikeBriefing,
  sizeProblem,
  validateBriefingFile,
  validatePackFile,
  validatePackFiles,
  type FileData,
  type PackOptions,
  type PackResult,
} from '../packs/validatePack';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function builtIn() {
  const file = path.join(repoRoot, 'public/geo/regions.topo.json');
  const data = parseBoundaryPack(JSON.parse(fs.readFileSync(file, 'utf8')), 'public/geo/regions.topo.json');
  const codes = [...data.regions.keys(), ...data.context.keys()];
  const taxonomy = JSON.parse(fs.readFileSync(path.join(repoRoot, 'public/data/taxonomy.json'), 'utf8')) as {
    categories: { id: string }[];
  };
  const index = JSON.parse(fs.readFileSync(path.join(repoRoot, 'public/data/plans/index.json'), 'utf8')) as {
    plans: { id: string; file: string }[];
  };
  // The built-in plans themselves, so pack briefings can be checked against their elements and targets.
  const builtInPlans = index.plans.flatMap((p): Plan[] => {
    const file = `public/data/${p.file}`;
    const v = validatePlan(file, JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8')));
    return v.ok ? [v.data] : [];
  });
  const shipped = JSON.parse(fs.readFileSync(path.join(repoRoot, 'public/data/briefings/index.json'), 'utf8')) as {
    briefings: { id: string }[];
  };
  return {
    codes,
    taxonomyIds: taxonomy.categories.map((c) => c.id),
    planIds: index.plans.map((p) => p.id),
    builtInPlans,
    briefingIds: shipped.briefings.map((b) => b.id),
  };
}

/** Files of a folder, relative paths with "/", not following links; or their total size when over the limit. */
function readFolder(dir: string): { name: string; data: FileData }[] | number {
  const found: string[] = [];
  let total = 0;
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      else if (entry.isFile()) {
        found.push(name);
        total += fs.statSync(path.join(dir, name)).size;
      }
    }
  };
  walk('');
  // Over the limit: refuse on the sizes alone, without reading the files.
  if (total > PACK_LIMITS.maxBytes) return total;
  return found.map((name) => ({ name, data: new Uint8Array(fs.readFileSync(path.join(dir, name))) }));
}

/** A briefing file on its own (the builder's export), or null when the file is not one. */
function checkBriefingFile(target: string, codes: string[], options: PackOptions): number | null {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(target, 'utf8'));
  } catch {
    return null;
  }
  if (!looksLikeBriefing(json)) return null;
  const result = validateBriefingFile(new Uint8Array(fs.readFileSync(target)), path.basename(target), codes, options);
  if (!result.ok) {
    for (const p of result.problems) console.log(p);
    console.log(`\n${target}: ${result.problems.length} problem(s); the briefing was not accepted`);
    return 1;
  }
  console.log(`${target}: OK: briefing "${result.briefing.id}", ${result.briefing.steps.length} step(s)`);
  return 0;
}

function main(argv: string[]): number {
  const target = argv[0];
  if (!target || argv.length > 1) {
    console.error('usage: npm run check-pack <pack.json | pack folder>');
    return 2;
  }
  if (!fs.existsSync(target)) {
    console.error(`${target}: no such file or folder`);
    return 2;
  }
  const { codes, ...options } = builtIn();
  let result: PackResult;
  if (fs.statSync(target).isDirectory()) {
    const files = readFolder(target);
    result =
      typeof files === 'number' ? { ok: false, problems: [sizeProblem('(pack folder)', files)] } : validatePackFiles(files, codes, options);
  } else {
    const size = fs.statSync(target).size;
    const briefing = size <= PACK_LIMITS.maxBytes ? checkBriefingFile(target, codes, options) : null;
    if (briefing !== null) return briefing;
    const name = path.basename(target);
    // Over the limit: refuse on the size alone, without reading the file.
    result =
      size > PACK_LIMITS.maxBytes
        ? { ok: false, problems: [sizeProblem(name, size)] }
        : validatePackFile(new Uint8Array(fs.readFileSync(target)), name, codes, options);
  }
  if (!result.ok) {
    for (const p of result.problems) console.log(p);
    console.log(`\n${target}: ${result.problems.length} problem(s); the pack was not accepted`);
    return 1;
  }
  const { pack } = result;
  for (const n of pack.notes) console.log(`note: ${n}`);
  const targets = pack.plans.reduce((n, p) => n + p.targets.length, 0);
  console.log(
    `${target}: OK${pack.name ? ` (${pack.name})` : ''}: ${pack.boundaries.features.length} region(s), ${pack.plans.length} plan(s), ${targets} target(s)` +
      `${pack.briefings.length ? `, ${pack.briefings.length} briefing(s)` : ''}` +
      `${pack.taxonomy ? `, taxonomy of ${pack.taxonomy.categories.length} categories` : ''}${pack.index ? ', index' : ''}`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
