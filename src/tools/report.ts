/**
 * Data report: `npx tsx src/tools/report.ts` (or `npm run data:report`).
 * Validates public/data/**, then prints per-document counts, the discrepancies and every
 * interpretation (our reading, not the documents' word).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../data/planSchema';
import { textIn, type LocalText } from '../data/planVocabulary';
import { checkPlanRefs, validatePlan, validatePlanIndex, validateTaxonomy, formatPath } from '../data/validate';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rel = (p: string) => path.relative(repoRoot, p);
const readJson = (p: string): unknown => JSON.parse(fs.readFileSync(p, 'utf8'));

const lines: string[] = [];
const out = (s = '') => lines.push(s);
let failed = false;

const taxFile = path.join(repoRoot, 'public/data/taxonomy.json');
const tax = validateTaxonomy(rel(taxFile), readJson(taxFile));
if (!tax.ok) {
  failed = true;
  tax.errors.forEach((e) => out(`ERROR ${e}`));
}
const taxIds = tax.ok ? new Set(tax.data.categories.map((c) => c.id)) : undefined;

const indexFile = path.join(repoRoot, 'public/data/plans/index.json');
const index = validatePlanIndex(rel(indexFile), readJson(indexFile));
if (!index.ok) {
  failed = true;
  index.errors.forEach((e) => out(`ERROR ${e}`));
  console.log(lines.join('\n'));
  process.exit(1);
}

const plans: Plan[] = [];
for (const entry of index.data.plans) {
  const file = path.join(repoRoot, 'public/data', entry.file);
  const result = validatePlan(rel(file), readJson(file));
  if (!result.ok) {
    failed = true;
    result.errors.forEach((e) => out(`ERROR ${e}`));
    continue;
  }
  const refErrors = checkPlanRefs(rel(file), result.data, taxIds);
  refErrors.forEach((e) => out(`ERROR ${e}`));
  if (refErrors.length) failed = true;
  plans.push(result.data);
}

out(`Taxonomy: ${tax.ok ? tax.data.categories.length : '?'} categories`);
out();
out('Per document');
out(
  'plan                       doc                        period     targets(goal+structure) industries layout tasks(lists/items) discrepancies',
);
for (const p of plans) {
  const goals = p.targets.filter((t) => t.kind === 'goal').length;
  const structure = p.targets.length - goals;
  const items = p.tasks.reduce((n, t) => n + t.items.length, 0);
  out(
    [
      p.id.padEnd(26),
      p.doc.padEnd(26),
      `${p.period.start}-${p.period.end}`.padEnd(10),
      `${p.targets.length} (${goals}+${structure})`.padEnd(23),
      String(p.industries.length).padEnd(10),
      String(p.layout.length).padEnd(6),
      `${p.tasks.length}/${items}`.padEnd(20),
      String(p.discrepancies.length),
    ].join(' '),
  );
}

out();
out('Discrepancies (numbers kept as written)');
for (const p of plans)
  for (const d of p.discrepancies) {
    out(`- ${p.id} ${d.id} [${d.kind}]: ${textIn(d.what, 'en')}`);
    for (const f of d.figures)
      out(
        `    ${textIn(f.label, 'en')}: ${f.value} (${f.source.status}) «${f.source.quote}»${f.source.formula ? ` = ${textIn(f.source.formula, 'en')}` : ''}`,
      );
  }

out();
out("Interpretations (our reading, not the documents' word), grouped by reason");
for (const p of plans) {
  const byReason = new Map<string, { quote: string; owners: string[] }>();
  visit(p, [], undefined, (src, owner, at) => {
    if (src.status !== 'interpretation') return;
    const key = src.reason ? textIn(src.reason, 'en') : '(no reason)';
    const g = byReason.get(key) ?? { quote: src.quote, owners: [] };
    g.owners.push(`${owner}${at}`);
    byReason.set(key, g);
  });
  for (const [reason, g] of byReason) {
    out(`- ${p.id}: ${reason}`);
    out(`    on: ${g.owners.join(', ')}`);
  }
}

out();
out('Unassigned layout elements (no member regions)');
for (const p of plans) {
  const un = p.layout.filter((e) => e.members.length === 0).map((e) => e.id);
  if (un.length) out(`- ${p.id}: ${un.join(', ')}`);
}

console.log(lines.join('\n'));
if (failed) process.exit(1);

type Src = { status: string; reason?: LocalText; quote: string };
/** Walk a plan; report each source with the id of the nearest enclosing item and the sub-path. */
function visit(value: unknown, pathFromOwner: PropertyKey[], owner: string | undefined, cb: (s: Src, owner: string, at: string) => void) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => visit(v, [...pathFromOwner, i], owner, cb));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  if (typeof obj.doc === 'string' && typeof obj.quote === 'string') {
    const sub = pathFromOwner.slice(0, -1);
    cb(obj as unknown as Src, owner ?? 'plan', sub.length ? `.${formatPath(sub)}` : '');
    return;
  }
  const nextOwner = typeof obj.id === 'string' ? obj.id : owner;
  const nextPath = typeof obj.id === 'string' ? [] : pathFromOwner;
  for (const [k, v] of Object.entries(obj)) {
    const extra = typeof obj.code === 'string' && k === 'source' ? [`@${obj.code}`] : [];
    visit(v, [...nextPath, ...extra, k], nextOwner, cb);
  }
}
