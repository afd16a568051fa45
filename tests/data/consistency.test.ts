/**
 * Cross-file consistency: region codes exist in the boundary pack, industries map to the
 * taxonomy, references resolve, ids are unique, the index matches the plans, and the
 * known discrepancies are recorded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, planFiles, plansDir, readJson, rel, topoPath } from './loadData';
import { checkPlanRefs, planIds } from '../../src/data/validate';
import type { Plan, PlanIndex, Taxonomy } from '../../src/data/planSchema';

const plans = planFiles().map((f) => ({ file: rel(f), plan: readJson(f) as Plan }));
const taxonomy = readJson(path.join(dataDir, 'taxonomy.json')) as Taxonomy;
const taxIds = new Set(taxonomy.categories.map((c) => c.id));
const index = readJson(path.join(plansDir, 'index.json')) as PlanIndex;

function topoCodes(): Map<string, { level: string; parent: string | null }> {
  if (!fs.existsSync(topoPath)) {
    throw new Error(`Boundary pack not found at ${topoPath}; region codes cannot be checked until it exists (npm run geo:build).`);
  }
  const topo = readJson(topoPath) as {
    objects: Record<string, { geometries: Array<{ properties?: { code?: string; level?: string; parent?: string | null } }> }>;
  };
  const codes = new Map<string, { level: string; parent: string | null }>();
  for (const obj of Object.values(topo.objects))
    for (const g of obj.geometries)
      if (g.properties?.code) codes.set(g.properties.code, { level: g.properties.level ?? '?', parent: g.properties.parent ?? null });
  if (codes.size === 0) throw new Error(`${topoPath} has no features with properties.code`);
  return codes;
}

/** Every admin code used anywhere in the plan data, with where it is used. */
function usedCodes(): Array<{ code: string; where: string }> {
  const out: Array<{ code: string; where: string }> = [];
  for (const { file, plan } of plans) {
    out.push({ code: plan.region.code, where: `${file}: region.code` });
    plan.targets.forEach((t, i) => out.push({ code: t.regionCode, where: `${file}: targets[${i}].regionCode` }));
    plan.layout.forEach((e, i) =>
      e.members.forEach((m, k) => out.push({ code: m.code, where: `${file}: layout[${i}].members[${k}].code` })),
    );
    plan.industries.forEach((ind, i) =>
      ind.hostRegions?.forEach((m, k) => out.push({ code: m.code, where: `${file}: industries[${i}].hostRegions[${k}].code` })),
    );
  }
  for (const [code] of Object.entries(index.byRegion)) out.push({ code, where: `public/data/plans/index.json: byRegion.${code}` });
  for (const [i, p] of index.plans.entries())
    out.push({ code: p.regionCode, where: `public/data/plans/index.json: plans[${i}].regionCode` });
  return out;
}

describe('region codes', () => {
  it(`every member/region code exists in ${rel(topoPath)}`, () => {
    const codes = topoCodes();
    const missing = usedCodes()
      .filter(({ code }) => !codes.has(code))
      .map(({ code, where }) => `${where}: ${code} not in boundary pack`);
    expect(missing).toEqual([]);
  });

  it('stays within the three regions (Jilin 22, Hebei 13, Lishui 3311)', () => {
    const bad = usedCodes().filter(({ code }) => !/^(22|13)\d{4}$/.test(code) && !/^3311\d{2}$/.test(code));
    expect(bad).toEqual([]);
  });
});

describe('taxonomy and references', () => {
  it('has 12–20 bilingual categories, each citing SEI 2018 or GB/T 4754', () => {
    expect(taxonomy.categories.length).toBeGreaterThanOrEqual(12);
    expect(taxonomy.categories.length).toBeLessThanOrEqual(20);
    for (const c of taxonomy.categories) {
      expect(c.name.zh && c.name.en).toBeTruthy();
      expect(c.basis.length).toBeGreaterThan(0);
    }
  });

  it('every industry maps to at least one existing taxonomy category; every category is used', () => {
    const bad: string[] = [];
    const used = new Set<string>();
    for (const { file, plan } of plans)
      plan.industries.forEach((ind, i) => {
        if (ind.taxonomy.length === 0) bad.push(`${file}: industries[${i}] (${ind.id}) has no taxonomy`);
        for (const t of ind.taxonomy) {
          used.add(t);
          if (!taxIds.has(t)) bad.push(`${file}: industries[${i}] (${ind.id}): unknown category ${t}`);
        }
      });
    expect(bad).toEqual([]);
    expect([...taxIds].filter((t) => !used.has(t))).toEqual([]);
  });

  it('every reference inside a plan resolves (layout industries, parents, groups, partOf, refs)', () => {
    const errors = plans.flatMap(({ file, plan }) => checkPlanRefs(file, plan, taxIds));
    expect(errors).toEqual([]);
  });

  it('ids are unique across all plans', () => {
    const seen = new Map<string, string>();
    const dup: string[] = [];
    for (const { file, plan } of plans) {
      for (const id of [plan.id, ...planIds(plan)]) {
        if (seen.has(id)) dup.push(`${id} in ${file} and ${seen.get(id)}`);
        seen.set(id, file);
      }
    }
    expect(dup).toEqual([]);
  });

  it('layout elements named with places have stated members; interpretations carry reasons', () => {
    const bad: string[] = [];
    for (const { file, plan } of plans)
      plan.layout.forEach((e, i) =>
        e.members.forEach((m, k) => {
          if (m.status === 'interpretation' && !m.reason) bad.push(`${file}: layout[${i}].members[${k}]: no reason`);
        }),
      );
    expect(bad).toEqual([]);
    const stated = (id: string) =>
      plans
        .flatMap((p) => p.plan.layout)
        .find((e) => e.id === id)!
        .members.filter((m) => m.status === 'stated')
        .map((m) => m.code);
    // "Changliao Meitong Baiyan" is a contraction: every member is a reading of one syllable ("Bai" could be
    // Baishan or Baicheng, "Yan" Yanbian or Yanji).
    expect(stated('jsei-corridor-medical')).toEqual([]);
    // "Changchun-Jilin-Tumen (Tumen River Basin)": the text glosses Tumen as the river basin, so neither Tumen
    // City nor Yanbian is stated, in the belt or in the pilot area of the same name.
    expect(stated('j13-belt-cjt')).toEqual(['220100', '220200']);
    expect(stated('j13-pilot-cjt')).toEqual(['220100', '220200']);
    expect(stated('hb-core-xiongan')).toEqual(['133100']);
    expect([...stated('hb-pole-shijiazhuang'), ...stated('hb-pole-tangshan')]).toEqual(['130100', '130200']);
    for (const zone of ['hb-zone-around-jingjin', 'hb-zone-coastal', 'hb-zone-central-south', 'hb-zone-northwest'])
      expect(stated(zone)).toEqual([]);
  });
});

describe('index', () => {
  it('lists every plan file with matching metadata', () => {
    expect(index.plans.map((p) => p.id).sort()).toEqual(plans.map((p) => p.plan.id).sort());
    for (const entry of index.plans) {
      const p = plans.find((x) => x.plan.id === entry.id)!.plan;
      expect(fs.existsSync(path.join(dataDir, entry.file))).toBe(true);
      expect(entry).toMatchObject({ regionCode: p.region.code, kind: p.kind.value, period: { start: p.period.start, end: p.period.end } });
      expect(entry.title).toEqual({ zh: p.title.zh, en: p.title.en });
    }
  });

  it('byRegion covers every plan region, layout member and host region', () => {
    const missing: string[] = [];
    for (const { plan } of plans) {
      const at = (code: string) => index.byRegion[code]?.find((e) => e.plan === plan.id);
      if (!at(plan.region.code)?.roles.includes('plan')) missing.push(`${plan.region.code} plan ${plan.id}`);
      for (const e of plan.layout) for (const m of e.members) if (!at(m.code)?.elements?.includes(e.id)) missing.push(`${m.code} ${e.id}`);
      for (const ind of plan.industries)
        for (const m of ind.hostRegions ?? []) if (!at(m.code)?.industries?.includes(ind.id)) missing.push(`${m.code} ${ind.id}`);
    }
    expect(missing).toEqual([]);
    for (const entries of Object.values(index.byRegion))
      for (const e of entries) for (const t of e.taxonomy) expect(taxIds.has(t)).toBe(true);
  });

  it('is small', () => {
    expect(fs.statSync(path.join(plansDir, 'index.json')).size).toBeLessThan(20_000);
  });
});

describe('recorded discrepancies', () => {
  const all = plans.flatMap(({ plan }) => plan.discrepancies.map((d) => ({ plan: plan.id, d })));
  const byId = (id: string) => all.find((x) => x.d.id === id)?.d;

  it('Jilin 2013: clusters by industry (160) vs stated total (162), by size (162)', () => {
    const d = byId('j13-d1');
    expect(d, 'discrepancy j13-d1').toBeDefined();
    expect(d!.kind).toBe('sum-mismatch');
    expect(d!.figures.map((f) => f.value)).toEqual([162, 160, 162]);
    // and the underlying numbers really do disagree, unadjusted
    const p = plans.find((x) => x.plan.id === 'jilin-clusters-2013')!.plan;
    const total = p.targets.find((t) => t.id === 'j13-t-total')!.value;
    const sum = (by: string) => p.targets.filter((t) => t.partOf?.by === by).reduce((n, t) => n + t.value, 0);
    expect([total, sum('industry'), sum('size')]).toEqual([162, 160, 162]);
  });

  it('Jilin SEI: 10 key-task aspects stated, 9 listed; 3 hundred-billion industries vs 4 names', () => {
    expect(byId('jsei-d1')?.figures.map((f) => f.value)).toEqual([10, 9]);
    expect(byId('jsei-d2')?.kind).toBe('ambiguous-count');
  });

  it('Hebei: "four aspects" stated, five named', () => {
    expect(byId('hb-d1')?.figures.map((f) => f.value)).toEqual([4, 5]);
  });

  it('Lishui: part four’s "8 aspects of methods and approaches" and the "eight areas of focus" may be one list', () => {
    const d = byId('ls-d1');
    expect(d?.kind).toBe('ambiguous-count');
    expect(d?.figures.map((f) => f.value)).toEqual([8, 8]);
    expect(d?.refs).toEqual(expect.arrayContaining(['ls-t14', 'ls-t15', 'ls-key-tasks', 'ls-methods']));
    expect(typeof d?.what === 'object' && d.what.zh && d.what.en).toBeTruthy();
  });

  it('every discrepancy keeps its figures with quotes', () => {
    for (const { d } of all) for (const f of d.figures) expect(f.source.quote.length).toBeGreaterThan(0);
  });
});
