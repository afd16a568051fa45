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
import { BRIEFINGS_DIR, briefingFiles, loadBriefingInput } from '../../src/tools/briefingFiles';
import { validateBriefing, validateBriefingIndex } from '../../src/briefings/validateBriefing';
import type { Briefing } from '../../src/briefings/briefingSchema';
import { matchFilter } from '../../src/filter/matchFilter';
import { PLAN_KINDS, TIERS, UNITS, type Plan } from '../../src/data/planSchema';
import { formatTargetShort, formatTargetText, formatValue } from '../../src/ui/formatValue';
import { walkSources } from '../../src/data/validate';

const input = loadBriefingInput(repoRoot);
const dir = path.join(repoRoot, BRIEFINGS_DIR);
const committed = () =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
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
      const like = { ...t, countOf: t.countOf };
      for (const lang of ['zh', 'en'] as const) {
        for (const s of [formatTargetText(like, lang), formatTargetShort(like, lang)]) numbersIn(s).forEach((n) => ok.add(n));
        if (t.rate) numbersIn(formatValue(t.rate.value, t.rate.unit, lang)).forEach((n) => ok.add(n));
        numbersIn(UNITS[t.unit][lang]).forEach((n) => ok.add(n));
      }
    }
    for (const i of plan.industries)
      if (i.tier) for (const lang of ['zh', 'en'] as const) numbersIn(TIERS[i.tier.level][lang]).forEach((n) => ok.add(n));
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
    for (const lang of ['zh', 'en'] as const)
      for (const n of numbersIn(t[lang])) if (!ok.has(n)) bad.push(`${file}: ${where}.${lang}: ${n}`);
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

/**
 * Where a note calls members of a layout element interpretations, is that true member by member?
 * Each clause (sentences cut at ";" / "；") that says "interpretation" / "解读" before its reasons (which
 * follow ":" / "：" or " — " / "——") is a claim about the elements it names (or the step's element): the
 * regions it names must be interpreted members of them; a claim about the membership as a whole
 * ("member", "成员", naming no region) must hold for every member. Quotes «…» are left out.
 * Returns "where: lang: what is false".
 */
function falseMemberClaims(file: string, b: Briefing): string[] {
  const plans = input.plans.filter((p) => b.plans.includes(p.id));
  const elements = plans.flatMap((p) => p.layout.filter((e) => e.members.length > 0).map((e) => ({ key: `${p.id}/${e.id}`, e })));
  const regions = [...input.regions.regions.entries()];
  const bad: string[] = [];
  b.steps.forEach((step, i) => {
    for (const lang of ['zh', 'en'] as const) {
      const notes = step.notes[lang].replace(/«[^»]*»/g, '«»');
      const sentences = lang === 'zh' ? notes.split('。') : notes.split(/(?<=\.)\s+/);
      const clauses = sentences.flatMap((x) => x.split(lang === 'zh' ? '；' : '; '));
      for (const clause of clauses) {
        const claim = clause.split(lang === 'zh' ? /：|——/ : /: | — /)[0];
        if (!(lang === 'zh' ? /解读/ : /\binterpretations?\b/).test(claim)) continue;
        const named = elements.filter(({ e }) => clause.includes(e.name[lang]));
        const scope = named.length > 0 ? named : elements.filter(({ key }) => key === step.element);
        if (scope.length === 0) continue;
        let rest = claim;
        for (const { e } of named) rest = rest.split(e.name[lang]).join(' ');
        const has = (name: string) =>
          lang === 'zh'
            ? rest.includes(name)
            : new RegExp(`(^|[^A-Za-z])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z]|$)`).test(rest);
        const regionsNamed = regions.filter(([, r]) => has(r.name[lang])).map(([code]) => code);
        const where = `${file}: steps[${i}].notes.${lang}`;
        if (regionsNamed.length > 0) {
          for (const { key, e } of scope)
            for (const m of e.members)
              if (regionsNamed.includes(m.code) && m.status !== 'interpretation')
                bad.push(`${where}: calls ${m.code} an interpretation in ${key}, where it is ${m.status}`);
        } else if ((lang === 'zh' ? /成员/ : /\bmember/i).test(claim)) {
          for (const { key, e } of scope)
            if (e.members.some((m) => m.status !== 'interpretation'))
              bad.push(`${where}: calls every member of ${key} an interpretation, but some are stated`);
        }
      }
    }
  });
  return bad;
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
    for (const [rel, text] of files)
      expect(fs.readFileSync(path.join(repoRoot, rel), 'utf8'), `${rel} is stale: run npm run briefings:build`).toBe(text);
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
          expect(s.notes.en).toMatch(
            new RegExp(`${name.en}[^.]*interpretation|interpretation[^.]*${name.en}|The membership is an interpretation`),
          );
          expect(s.notes.zh).toContain(`${name.zh}`);
          expect(s.notes.zh).toContain('解读');
        }
      }
    }
  });

  it('says exactly which members are interpretations: never a stated member, never "all" when some are stated', () => {
    const bad: string[] = [];
    for (const { file, briefing } of shipped()) bad.push(...falseMemberClaims(file, briefing));
    expect(bad).toEqual([]);
    // The check bites: the 2013 sources step as it read before, and a stated member called a reading.
    const { file, briefing } = shipped().find((x) => x.briefing.id === 'jilin-clusters-2013')!;
    const sources = briefing.steps.findIndex((s) => s.id === 'sources');
    const belt = input.plans.find((p) => p.id === 'jilin-clusters-2013')!.layout.find((e) => e.id === 'j13-belt-cjt')!;
    const tampered = structuredClone(briefing);
    tampered.steps[sources].notes.en +=
      ` The member regions of ${belt.name.en} are interpretations (dashed outlines): the text does not list their regions.`;
    tampered.steps[sources].notes.zh += `以下布局要素的成员地区是解读（虚线轮廓），文中未列出其地区：${belt.name.zh}。`;
    tampered.steps[sources].notes.en += ` In ${belt.name.en}, Changchun and Tumen City are interpretations (dashed outlines).`;
    expect(falseMemberClaims(file, tampered)).toEqual([
      `${file}: steps[${sources}].notes.zh: calls every member of jilin-clusters-2013/j13-belt-cjt an interpretation, but some are stated`,
      `${file}: steps[${sources}].notes.en: calls every member of jilin-clusters-2013/j13-belt-cjt an interpretation, but some are stated`,
      `${file}: steps[${sources}].notes.en: calls 220100 an interpretation in jilin-clusters-2013/j13-belt-cjt, where it is stated`,
    ]);
  });

  it('three-regions: an absence is "not named in" the document on a plan, said per kind of document', () => {
    const { briefing } = shipped().find((x) => x.briefing.id === 'three-regions')!;
    const texts = briefing.steps.flatMap((s) => [s.title, s.notes]);
    const kindWords = {
      'press-report': ['the report on', '新闻报道'],
      'policy-interpretation': ['the policy interpretation of', '政策解读'],
    } as const;
    for (const p of input.plans) {
      const r = input.regions.regions.get(p.region.code)!.name;
      for (const t of texts) expect(t.en).not.toMatch(new RegExp(`not in ${r.en}(’s plan)?\\b|No industry in ${r.en}`));
      const step = briefing.steps.find((s) => s.id === `not-in-${p.region.code}`);
      if (!step) continue;
      const [en, zh] = kindWords[p.docKind];
      expect(step.title.en).toContain(`not named in ${en} ${r.en}’s plan`);
      expect(step.title.zh).toContain(`${r.zh}规划的${zh}中未提及`);
      expect(step.notes.en).toContain('not the plan’s full text');
    }
  });

  it('three-regions: a category that rests on the 2013 plan alone says so wherever it is named', () => {
    const { briefing } = shipped().find((x) => x.briefing.id === 'three-regions')!;
    const earlier = input.plans.filter((p) => input.plans.every((o) => o === p || p.period.end < o.period.start));
    expect(earlier.map((p) => p.id)).toEqual(['jilin-clusters-2013']);
    const pairs = input.taxonomy.categories.flatMap((c) =>
      [...new Set(input.plans.map((p) => p.region.code))].flatMap((code) => {
        const naming = input.plans.filter((p) => p.region.code === code && p.industries.some((i) => i.taxonomy.includes(c.id)));
        return naming.length > 0 && naming.every((p) => earlier.includes(p)) ? [c] : [];
      }),
    );
    expect(pairs.map((c) => c.id).sort()).toEqual(['other', 'tourism-culture']);
    const bad: string[] = [];
    for (const c of pairs)
      for (const s of briefing.steps) {
        for (const sentence of [s.title.en, ...s.notes.en.split(/(?<=\.)\s+/)])
          if (sentence.includes(c.name.en) && !/2013[^.]*alone/.test(sentence)) bad.push(`${s.id}.en: «${sentence}»`);
        for (const sentence of [s.title.zh, ...s.notes.zh.split('。')])
          if (sentence.includes(c.name.zh) && !/只见于[^。]*2013|仅见于[^。]*2013/.test(sentence)) bad.push(`${s.id}.zh: «${sentence}»`);
      }
    expect(bad).toEqual([]);
  });
});
