// @vitest-environment node
/**
 * The shipped briefings (public/data/briefings/): exactly what the generator makes from the
 * committed plan data, valid with every reference resolving, and AUDITED: every number in a
 * title, summary or note is a value the referenced plans hold (a target as the app formats
 * it, a year, a number in a quote or name, a count of listed items). A made-up number fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './loadData';
import { BRIEFINGS_DIR, briefingFiles, loadBriefingInput } from '../../src/briefings/briefingFiles';
import { validateBriefing, validateBriefingIndex } from '../../src/briefings/validateBriefing';
import type { Briefing } from '../../src/briefings/briefingSchema';
import { matchFilter } from '../../src/filter/matchFilter';
import { PLAN_KINDS, TIERS, UNITS, type Plan } from '../../src/data/planSchema';
import { formatTargetShort, formatTargetText, formatValue, type CountOf } from '../../src/ui/formatValue';
import { walkSources } from '../../src/data/validate';

const input = loadBriefingInput(repoRoot);
const dir = path.join(repoRoot, BRIEFINGS_DIR);
const committed = () => fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as unknown;

/** Numbers as written: "17,000" is one number, "18.7" one, "2021–2025" two. */
function numbersIn(s: string): string[] {
  return s.replace(/(\d),(?=\d{3}(?!\d))/g, '$1').match(/\d+(?:\.\d+)?/g) ?? [];
}

/** Every number a briefing about these plans may state. */
function allowedNumbers(plans: readonly Plan[]): Set<string> {
  const ok = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') numbersIn(v).forEach((n) => ok.add(n));
    else if (typeof v === 'number') ok.add(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  const count = (n: number) => ok.add(String(n));
  for (const plan of plans) {
    walk(plan); // values, years, counts as stated, and every number in quotes, names and labels
    // The notes quote in their own language: the app's rendering of a quote (e.g. 730亿元 for "73billion yuan").
    walkSources(plan, (s) => walk(input.renderings(s.doc, s.quote)));
    for (const t of plan.targets) {
      const like = { ...t, countOf: t.countOf as CountOf | undefined };
      for (const lang of ['zh', 'en'] as const) {
        for (const s of [formatTargetText(like, lang), formatTargetShort(like, lang)]) numbersIn(s).forEach((n) => ok.add(n));
        if (t.rate) numbersIn(formatValue(t.rate.value, t.rate.unit, lang)).forEach((n) => ok.add(n));
        numbersIn(UNITS[t.unit][lang]).forEach((n) => ok.add(n));
      }
    }
    for (const i of plan.industries) if (i.tier) for (const lang of ['zh', 'en'] as const) numbersIn(TIERS[i.tier.level][lang]).forEach((n) => ok.add(n));
    for (const lang of ['zh', 'en'] as const) numbersIn(PLAN_KINDS[plan.kind.value][lang]).forEach((n) => ok.add(n));
    // Counts of listed items.
    count(plan.targets.filter((t) => t.kind === 'goal' && !t.partOf).length);
    count(plan.layout.length);
    count(plan.layout.filter((e) => e.members.length > 0).length);
  }
  return ok;
}

/** "file: where: number" for each number in the briefing's texts that its plans do not hold. */
function audit(file: string, b: Briefing, plans: readonly Plan[], extraCounts: number[] = []): string[] {
  const ok = allowedNumbers(plans);
  extraCounts.forEach((n) => ok.add(String(n)));
  const bad: string[] = [];
  const check = (where: string, t: { zh: string; en: string } | undefined) => {
    if (!t) return;
    for (const lang of ['zh', 'en'] as const) for (const n of numbersIn(t[lang])) if (!ok.has(n)) bad.push(`${file}: ${where}.${lang}: ${n}`);
  };
  check('title', b.title);
  check('summary', b.summary);
  b.steps.forEach((s, i) => {
    check(`steps[${i}].title`, s.title);
    check(`steps[${i}].notes`, s.notes);
  });
  return bad;
}

/** Categories planned in all three regions, computed here independently of the generator. */
function commonCategories(): number {
  const codes = [...new Set(input.plans.map((p) => p.region.code))];
  return input.taxonomy.categories.filter((c) => {
    const lit = matchFilter([c.id], input.index, [...input.plans], input.regions).regions;
    return codes.every((code) => lit.get(code)?.strength === 2);
  }).length;
}

const refs = {
  plans: input.plans,
  regionCodes: new Set(input.regions.regions.keys()),
  categoryIds: new Set(input.taxonomy.categories.map((c) => c.id)),
};

function shipped(): { file: string; briefing: Briefing }[] {
  const index = validateBriefingIndex('index.json', read('index.json'));
  if (!index.ok) throw new Error(index.errors.join('\n'));
  return index.data.briefings.map((entry) => {
    const r = validateBriefing(entry.file, read(path.basename(entry.file)), refs);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return { file: entry.file, briefing: r.data };
  });
}

describe('the shipped briefings', () => {
  it('are byte for byte what `npm run briefings:build` makes from the current plan data', () => {
    const files = briefingFiles(input);
    expect(committed()).toEqual([...files.keys()].map((f) => path.basename(f)).sort());
    for (const [rel, text] of files) expect(fs.readFileSync(path.join(repoRoot, rel), 'utf8'), `${rel} is stale: run npm run briefings:build`).toBe(text);
  });

  it('validate, every reference resolving, and the index names each file with its title', () => {
    const list = shipped();
    expect(list.length).toBe(input.plans.length + 1);
    for (const { file, briefing } of list) expect(file).toBe(`briefings/${briefing.id}.json`);
  });

  it('AUDIT: every number in every title and note is held by the plans the briefing is about', () => {
    const bad: string[] = [];
    let numbers = 0;
    const common = commonCategories();
    for (const { file, briefing } of shipped()) {
      const plans = input.plans.filter((p) => briefing.plans.includes(p.id));
      expect(plans.length).toBe(briefing.plans.length);
      bad.push(...audit(file, briefing, plans, briefing.plans.length > 1 ? [common] : []));
      for (const s of briefing.steps) numbers += numbersIn(s.notes.en).length + numbersIn(s.notes.zh).length;
    }
    expect(bad).toEqual([]);
    expect(numbers).toBeGreaterThan(200);
  });

  it('AUDIT catches a made-up or altered number', () => {
    const { file, briefing } = shipped().find((x) => x.briefing.id === 'jilin-sei-2022')!;
    const plans = input.plans.filter((p) => p.id === 'jilin-sei-2022');
    expect(audit(file, briefing, plans)).toEqual([]);
    const tampered = structuredClone(briefing);
    const step = tampered.steps.findIndex((s) => s.notes.en.includes('18.7%'));
    tampered.steps[step].notes.en = tampered.steps[step].notes.en.replace('18.7%', '18.8%');
    tampered.steps[0].title.zh += '（约2500亿元）';
    expect(audit(file, tampered, plans)).toEqual([`${file}: steps[0].title.zh: 2500`, `${file}: steps[${step}].notes.en: 18.8`]);
    // A true number of another plan is not traceable to this one either.
    tampered.steps[0].title.zh = briefing.steps[0].title.zh;
    tampered.steps[step].notes.en += ' Lishui: 73 billion yuan.';
    expect(audit(file, tampered, plans)).toEqual([`${file}: steps[${step}].notes.en: 18.8`, `${file}: steps[${step}].notes.en: 73`]);
  });

  it('the example in the README’s Briefings section is a valid two-step briefing', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Briefings'));
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(json).toBeDefined();
    const result = validateBriefing('README.md', JSON.parse(json!), refs);
    expect(result.ok ? result.data.steps.length : result.errors).toBe(2);
  });

  it('calls interpretation members interpretations, in both languages', () => {
    for (const { briefing } of shipped()) {
      for (const s of briefing.steps.filter((x) => x.element)) {
        const [planId, elementId] = s.element!.split('/');
        const e = input.plans.find((p) => p.id === planId)!.layout.find((x) => x.id === elementId)!;
        for (const m of e.members.filter((x) => x.status === 'interpretation')) {
          const name = input.regions.regions.get(m.code)!.name;
          expect(s.notes.en).toMatch(new RegExp(`${name.en}[^.]*interpretation|interpretation[^.]*${name.en}|The membership is an interpretation`));
          expect(s.notes.zh).toContain(`${name.zh}`);
          expect(s.notes.zh).toContain('解读');
        }
      }
    }
  });
});
