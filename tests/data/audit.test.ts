/**
 * AUDIT against the seed documents: every quote is verbatim in its document (whitespace runs
 * normalised) and every stated figure's number appears in its quote.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFiles, readJson, rel, sourcesDir, topoPath } from './loadData';
import { walkSources } from '../../src/data/validate';
import { countWordsAfter, quoteInText, respectiveList, termEndsWith, valueInQuote } from '../../src/tools/quoteCheck';
import { COUNTS, UNITS, type Plan } from '../../src/data/planSchema';
import { countWord, formatValue } from '../../src/ui/formatValue';

function loadSeeds(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const f of fs.readdirSync(sourcesDir))
    if (/^\d{3}_[0-9a-f]+\.txt$/.test(f)) docs.set(f, fs.readFileSync(path.join(sourcesDir, f), 'utf8'));
  if (docs.size === 0) throw new Error(`AUDIT cannot run: no source documents (NNN_hash.txt) in ${rel(sourcesDir)}`);
  return docs;
}

const plans = planFiles().map((f) => ({ file: rel(f), plan: readJson(f) as Plan }));

/** Region names from the boundary pack. */
function regionNames(): Map<string, { zh: string; en: string }> {
  const topo = readJson(topoPath) as {
    objects: Record<string, { geometries: Array<{ properties?: { code?: string; name_zh?: string; name_en?: string } }> }>;
  };
  const names = new Map<string, { zh: string; en: string }>();
  for (const obj of Object.values(topo.objects))
    for (const g of obj.geometries)
      if (g.properties?.code) names.set(g.properties.code, { zh: g.properties.name_zh ?? '', en: g.properties.name_en ?? '' });
  return names;
}

/** Forms a document may write a region's name in, beyond the name without its level word. Only
 *  garbled machine translation kept verbatim belongs here: 002 renders 雄安新区 as "male Ann new". */
const WRITTEN_AS: Record<string, string[]> = { '133100': ['male Ann new'] };

/** Does the quote name the region itself (its name, without "City", "County", 市, 县 …)? A contraction
 *  such as "Changliao Meitong Baiyan" names no region. */
function namesRegion(quote: string, lang: 'zh' | 'en', code: string, name: { zh: string; en: string }): boolean {
  if (lang === 'zh') {
    const short = name.zh.replace(/(朝鲜族自治州|自治州|新区|市|县|区)$/u, '');
    return quote.includes(short);
  }
  const short = name.en.replace(/ (City|County|District|Korean Autonomous Prefecture|Prefecture|New Area)$/, '');
  const forms = [short, ...(WRITTEN_AS[code] ?? [])];
  const q = quote.toLowerCase();
  return forms.some((f) => new RegExp(`(^|[^a-z])${f.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z]|$)`).test(q));
}

describe('AUDIT: provenance against the seed documents', () => {
  it('finds the seed documents', () => {
    const docs = loadSeeds();
    for (const { plan } of plans) expect(docs.has(plan.doc), `${plan.doc} in ${rel(sourcesDir)}`).toBe(true);
  });

  it('every quote appears verbatim in its document', () => {
    const docs = loadSeeds();
    const missing: string[] = [];
    let n = 0;
    for (const { file, plan } of plans) {
      walkSources(plan, (s, at) => {
        n++;
        const text = docs.get(s.doc);
        if (text === undefined) missing.push(`${file}: ${at}: document ${s.doc} not found in ${rel(sourcesDir)}`);
        else if (!quoteInText(s.quote, text)) missing.push(`${file}: ${at}: quote not in ${s.doc}: «${s.quote}»`);
      });
    }
    expect(missing).toEqual([]);
    expect(n).toBeGreaterThan(300);
  });

  it('no quote comes from the unrelated address header of document 000', () => {
    const docs = loadSeeds();
    const doc = '000_19444a5c5371e155.txt';
    const text = docs.get(doc)!;
    const header = text.slice(0, text.indexOf('Current Location'));
    expect(header.length).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const { file, plan } of plans)
      walkSources(plan, (s, at) => {
        if (s.doc === doc && quoteInText(s.quote, header)) bad.push(`${file}: ${at}: «${s.quote}»`);
      });
    expect(bad).toEqual([]);
  });

  it('every stated figure has its number in its quote', () => {
    loadSeeds();
    const bad: string[] = [];
    const check = (file: string, at: string, value: number, unit: keyof typeof UNITS | null, s: { quote: string; status: string }) => {
      if (s.status !== 'stated') return;
      if (!valueInQuote(value, s.quote, unit ? UNITS[unit].factor : 1)) bad.push(`${file}: ${at}: ${value} not found in «${s.quote}»`);
    };
    for (const { file, plan } of plans) {
      plan.targets.forEach((t, i) => {
        check(file, `targets[${i}].value`, t.value, t.unit, t.source);
        if (t.rate) check(file, `targets[${i}].rate.value`, t.rate.value, t.rate.unit, t.rate.source);
        if (t.baseline) check(file, `targets[${i}].baseline.value`, t.baseline.value, t.baseline.unit, t.baseline.source);
      });
      plan.tasks.forEach((t, i) => {
        if (t.count !== null) check(file, `tasks[${i}].count`, t.count, null, t.source);
      });
      plan.industryGroups.forEach((g, i) => {
        if (g.count !== null) check(file, `industryGroups[${i}].count`, g.count, null, g.source);
      });
      plan.discrepancies.forEach((d, i) =>
        d.figures.forEach((f, k) => check(file, `discrepancies[${i}].figures[${k}].value`, f.value, null, f.source)),
      );
    }
    expect(bad).toEqual([]);
  });

  it('each part of a breakdown is paired with its number by position in its quote, not just found in it', () => {
    const bad: string[] = [];
    let n = 0;
    for (const { file, plan } of plans)
      plan.targets.forEach((t, i) => {
        if (!t.partOf || t.source.status !== 'stated') return;
        n++;
        const at = `${file}: targets[${i}] (${t.id})`;
        const list = respectiveList(t.source.quote);
        if (!list) return bad.push(`${at}: «${t.source.quote}» is not a whole list of terms and their numbers`);
        const { threshold, industry } = t.partOf;
        const name = plan.industries.find((x) => x.id === industry)?.name.en;
        const matches = list.terms.flatMap((term, k) =>
          (threshold ? valueInQuote(threshold.value, term, UNITS[threshold.unit].factor) : name !== undefined && termEndsWith(term, name))
            ? [k]
            : [],
        );
        if (matches.length !== 1)
          return bad.push(
            `${at}: ${threshold ? `RMB ${threshold.value} ${threshold.unit}` : name} is ${matches.length === 0 ? 'not' : 'more than once'} in the list of «${t.source.quote}»`,
          );
        if (list.values[matches[0]] !== t.value)
          bad.push(`${at}: ${t.value}, but the quote pairs the term with ${list.values[matches[0]]}`);
      });
    expect(bad).toEqual([]);
    expect(n).toBe(17);
  });

  it('a count is written with the count word its Chinese quote gives (企业技术中心500家: 家, not 个)', () => {
    const bad: string[] = [];
    let n = 0;
    for (const { file, plan } of plans)
      plan.targets.forEach((t, i) => {
        if (t.unit !== 'count' || t.source.lang !== 'zh') return;
        const words = countWordsAfter(t.source.quote, t.value);
        if (words.length === 0) return;
        n++;
        const ours = countWord(t.countOf);
        const shown = formatValue(t.value, t.unit, 'zh', t.countOf);
        for (const w of words)
          if (!ours.startsWith(w))
            bad.push(
              `${file}: targets[${i}] (${t.id}, countOf ${t.countOf}): the quote counts with ${w}, the app writes ${shown} «${t.source.quote}»`,
            );
      });
    expect(bad).toEqual([]);
    expect(n).toBeGreaterThanOrEqual(12);
  });

  it('a multiple with no stated baseline says so wherever it is shown (its label) and in a bilingual note', () => {
    const bad: string[] = [];
    let n = 0;
    for (const { file, plan } of plans)
      plan.targets.forEach((t, i) => {
        if (t.group !== 'multiple' || t.baseline) return;
        n++;
        const at = `${file}: targets[${i}] (${t.id})`;
        if (!/baseline not stated/.test(t.label.en) || !/未说明基数/.test(t.label.zh))
          bad.push(`${at}: label does not say the baseline is not stated: ${t.label.en} / ${t.label.zh}`);
        if (typeof t.note !== 'object' || !/baseline/.test(t.note.en) || !/基数/.test(t.note.zh))
          bad.push(`${at}: no bilingual note on the missing baseline`);
      });
    expect(bad).toEqual([]);
    expect(n).toBeGreaterThan(0);
  });

  it('derived figures carry a formula and interpretations a reason', () => {
    const bad: string[] = [];
    for (const { file, plan } of plans)
      walkSources(plan, (s, at) => {
        if (s.status === 'derived' && !s.formula) bad.push(`${file}: ${at}: derived without formula`);
        if (s.status === 'interpretation' && !s.reason) bad.push(`${file}: ${at}: interpretation without reason`);
      });
    expect(bad).toEqual([]);
  });

  it('a member or host region marked stated is named in its own quote, not only through a contraction', () => {
    const names = regionNames();
    const bad: string[] = [];
    let n = 0;
    for (const { file, plan } of plans) {
      const check = (at: string, m: Plan['layout'][number]['members'][number]) => {
        if (m.status !== 'stated') return;
        n++;
        const name = names.get(m.code);
        if (!name || !namesRegion(m.source.quote, m.source.lang, m.code, name))
          bad.push(`${file}: ${at} (${m.code} ${name?.en}): not named in «${m.source.quote}»`);
      };
      plan.layout.forEach((e, i) => e.members.forEach((m, k) => check(`layout[${i}].members[${k}]`, m)));
      plan.industries.forEach((ind, i) => ind.hostRegions?.forEach((m, k) => check(`industries[${i}].hostRegions[${k}]`, m)));
    }
    expect(bad).toEqual([]);
    expect(n).toBeGreaterThan(15);
    // The check itself: a contraction names no member; the name, or its level-less form, does.
    const changchun = names.get('220100')!;
    expect(namesRegion('we will build the Changliao Meitong Baiyan Medical and Health Industry Corridor', 'en', '220100', changchun)).toBe(
      false,
    );
    expect(namesRegion('build a Changchun-Siping central industrial belt', 'en', '220100', changchun)).toBe(true);
    expect(namesRegion('长春国际汽车城为平台', 'zh', '220100', changchun)).toBe(true);
    expect(namesRegion('Changchun-Jilin-Tumen (Tumen River Basin)', 'en', '222402', names.get('222402')!)).toBe(true);
  });

  it('stated tiers are written in their quotes', () => {
    const marks: Record<string, RegExp> = {
      trillion: /万亿|trillion/i,
      '100-billion': /千亿|hundred billion|100[- ]billion/i,
      '50-billion': /500亿|50[- ]billion/i,
      '10-billion': /百亿|10[- ]billion|ten[- ]billion/i,
    };
    const bad: string[] = [];
    for (const { file, plan } of plans)
      plan.industries.forEach((ind, i) => {
        if (ind.tier && !marks[ind.tier.level].test(ind.tier.source.quote))
          bad.push(`${file}: industries[${i}].tier: ${ind.tier.level} not in «${ind.tier.source.quote}»`);
      });
    expect(bad).toEqual([]);
  });

  it('the 2013 document (targets for 2017) is kept apart from the 2021–2026 plans', () => {
    const p2013 = plans.find((p) => p.plan.doc.startsWith('004_'))!;
    expect(p2013.plan.period).toMatchObject({ start: 2013, end: 2017 });
    for (const t of p2013.plan.targets) if (t.year !== null) expect(t.year).toBeLessThanOrEqual(2017);
    for (const { plan } of plans.filter((p) => p !== p2013)) {
      expect(plan.period.start).toBeGreaterThanOrEqual(2021);
      for (const t of plan.targets) if (t.year !== null) expect(t.year).toBeGreaterThanOrEqual(2021);
    }
  });
});

describe('number matching helper', () => {
  it('reads written forms', () => {
    expect(valueInQuote(1.7, 'will reach RMB 1.7 trillion', 1e12)).toBe(true);
    expect(valueInQuote(300000, 'exceed 300,000 yuan')).toBe(true);
    expect(valueInQuote(73, 'exceed 73billion yuan', 1e9)).toBe(true);
    expect(valueInQuote(1.5, 'exceed 1.5 million yuan', 1e6)).toBe(true);
    expect(valueInQuote(17000, '达到17000亿元以上', 1e8)).toBe(true);
    expect(valueInQuote(1, '万亿级汽车产业', 1e12)).toBe(true);
    expect(valueInQuote(10, '依托“十大产业集群”')).toBe(true);
    expect(valueInQuote(3, 'three hundred billion level industries')).toBe(true);
    expect(valueInQuote(2, 'the total amount will double')).toBe(true);
    expect(valueInQuote(5000, 'some 5,000 enterprises')).toBe(true);
    expect(valueInQuote(100, 'RMB 100 billion', 1e9)).toBe(true);
    expect(valueInQuote(7, 'reach 8, 53, 56 and 45')).toBe(false);
  });

  it('reads the count word after a number in a Chinese quote', () => {
    expect(countWordsAfter('建设省级以上企业技术中心500家', 500)).toEqual(['家']);
    expect(countWordsAfter('《规划》主要有三个板块，共六章内容', 6)).toEqual(['章']);
    expect(countWordsAfter('主要目标围绕总量规模、质量效益、创新能力、融合发展、绿色发展5个方面共设置15项指标', 5)).toEqual(['个']);
    expect(countWordsAfter('食品产业依托“十大产业集群”', 10)).toEqual([]);
    expect(countWordsAfter('上云上平台企业达到18000家', 18000)).toEqual(['家']);
    // The count word comes from the thing counted.
    expect(countWord(undefined)).toBe('个');
    expect(COUNTS.centre.measure).toBe('家');
    expect(formatValue(500, 'count', 'zh', 'centre')).toBe('500家');
  });

  it('pairs the terms of a "respectively" sentence with its numbers by position', () => {
    const list = respectiveList(
      'the number of clusters in the planning of equipment manufacturing, new energy and new materials, petrochemical and other industries will be 14, 20, 6 and 17',
    );
    expect(list).toEqual({
      terms: [
        'the number of clusters in the planning of equipment manufacturing',
        'new energy and new materials',
        'petrochemical',
        'other industries',
      ],
      values: [14, 20, 6, 17],
    });
    expect(termEndsWith(list!.terms[0], 'Equipment manufacturing')).toBe(true);
    expect(termEndsWith(list!.terms[2], 'Petrochemicals')).toBe(true);
    expect(termEndsWith(list!.terms[3], 'Petrochemicals')).toBe(false);
    // A quote cut inside the list pairs nothing: "other industries will be 14, …" is not a list of 13.
    expect(respectiveList('other industries will be 14, 20, 22, 4, 15, 10, 23, 6, 7, 16, 2, 4 and 17')).toBeNull();
    expect(
      respectiveList('exceeding RMB 100 billion, RMB 10 billion, RMB 5 billion and RMB 2 billion will reach 8, 53, 56 and 45')?.terms,
    ).toEqual(['exceeding RMB 100 billion', 'RMB 10 billion', 'RMB 5 billion', 'RMB 2 billion']);
  });
});
