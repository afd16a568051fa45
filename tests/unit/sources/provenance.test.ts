/**
 * The reverse index over the shipped plans and documents (src/sources/provenance.ts): every quote
 * found in its document, what quotes each passage, where the app shows it, and each document's
 * coverage.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../../../src/tools/quoteCheck';
import { sourceIndex } from '../../../src/data/sourceSchema';
import { walkSources } from '../../../src/data/validate';
import { citationsOf } from '../../../src/sources/citations';
import { marksOf, reverseIndex, type LocatedCitation } from '../../../src/sources/provenance';
import { plans, regions } from '../realData';

const index = sourceIndex.parse(JSON.parse(fs.readFileSync('public/data/sources/index.json', 'utf8')));
const documents = index.documents.map((d) => ({
  file: d.file,
  text: fs.readFileSync(`public/data/sources/${d.file}`, 'utf8'),
  outside: d.outside,
}));
const regionName = (code: string) => regions.regions.get(code)?.name;
const reverse = reverseIndex(documents, plans, regionName);
const text = (prefix: string) => documents.find((d) => d.file.startsWith(prefix))!.text;
const provenance = (prefix: string) => reverse.get(documents.find((d) => d.file.startsWith(prefix))!.file)!;

describe('citations of the shipped plans', () => {
  it('turns every source of every plan into one citation', () => {
    const expected: string[] = [];
    for (const plan of plans) walkSources(plan, (_, at) => expected.push(`${plan.id}:${at}`));
    const cited = citationsOf(plans, regionName).map((c) => `${c.planId}:${c.path}`);
    expect(cited.sort()).toEqual(expected.sort());
    expect(cited.length).toBeGreaterThan(500);
  });

  it('labels every citation in both languages: plan, kind and name', () => {
    for (const c of citationsOf(plans, regionName)) {
      for (const lang of ['zh', 'en'] as const) {
        expect(c.label.plan[lang], c.path).toBeTruthy();
        expect(c.label.kind[lang], c.path).toBeTruthy();
        expect(c.label.name[lang], c.path).toBeTruthy();
        expect(c.to.name[lang], c.path).toBeTruthy();
      }
      expect(c.label.kind.zh).not.toBe(c.label.kind.en);
    }
  });

  it('leads back to a region that is on the map or to a layout element that exists', () => {
    const elements = new Set(plans.flatMap((p) => p.layout.map((e) => `${p.id}/${e.id}`)));
    for (const c of citationsOf(plans, regionName)) {
      if (c.to.kind === 'element') expect(elements.has(c.to.key), c.path).toBe(true);
      else {
        expect(regions.regions.has(c.to.code), `${c.planId}:${c.path} → ${c.to.code}`).toBe(true);
        // Names come from the boundaries, not the codes.
        expect(c.to.name.zh).not.toBe(c.to.code);
      }
    }
  });

  it('sends a target to its region with the target to bring into view, and a member to its element', () => {
    const all = citationsOf(plans, regionName);
    const lishui = plans.find((p) => p.id === 'lishui-clusters-2022')!;
    const target = lishui.targets[0];
    expect(all.find((c) => c.planId === lishui.id && c.path === 'targets[0].source')).toMatchObject({
      item: 'target',
      figure: true,
      label: { kind: { zh: '目标', en: 'Target' }, name: { zh: target.label.zh, en: target.label.en } },
      to: { kind: 'region', code: target.regionCode, reveal: { kind: 'target', key: `${lishui.id}/${target.id}` } },
    });
    const member = all.find((c) => c.item === 'member')!;
    expect(member.to.kind).toBe('element');
    expect(member.figure).toBe(false);
  });

  it('names a host region in its own language', () => {
    const host = citationsOf(plans, regionName).find(
      (c) => c.item === 'industry-host' && c.to.kind === 'region' && c.to.code === '331181',
    )!;
    expect(host.label.name.zh).toContain('龙泉市');
    expect(host.label.name.en).toContain('Longquan');
  });
});

describe('the reverse index of the shipped documents', () => {
  it('finds every quote of the shipped plans in its document, at the quoted words', () => {
    let located = 0;
    for (const [file, doc] of reverse) {
      expect(
        doc.missing.map((c) => `${c.planId}:${c.path}`),
        file,
      ).toEqual([]);
      const body = documents.find((d) => d.file === file)!.text;
      for (const c of doc.citations) expect(normalizeWhitespace(body.slice(c.start, c.end)), c.path).toBe(normalizeWhitespace(c.quote));
      located += doc.citations.length;
    }
    expect(located).toBe(citationsOf(plans).length);
  });

  it('cites nothing in the lines that are not part of a document', () => {
    for (const doc of reverse.values())
      for (const p of doc.passages.filter((x) => x.outside !== undefined))
        expect(
          doc.citations.filter((c) => c.start < p.end && p.start < c.end),
          `${doc.file} line ${p.line}`,
        ).toEqual([]);
  });

  it('marks runs of overlapping quotes once each, every quote inside its mark', () => {
    for (const doc of reverse.values()) {
      for (let i = 1; i < doc.marks.length; i++) expect(doc.marks[i].start).toBeGreaterThanOrEqual(doc.marks[i - 1].end);
      for (const mark of doc.marks) for (const c of mark.citations) expect(c.start >= mark.start && c.end <= mark.end).toBe(true);
      expect(doc.marks.flatMap((m) => m.citations).length).toBe(doc.citations.length);
    }
    const at = (start: number, end: number) => ({ start, end }) as LocatedCitation;
    expect(marksOf([at(0, 5), at(3, 9), at(9, 12), at(20, 30), at(21, 22)]).map((m) => [m.start, m.end, m.citations.length])).toEqual([
      [0, 9, 2],
      [9, 12, 1],
      [20, 30, 2],
    ]);
  });

  it('knows which passages quote what: the 73-billion target of Lishui in its paragraph', () => {
    const doc = provenance('003_');
    const body = text('003_');
    const para = doc.passages.find((p) => body.slice(p.start, p.end).startsWith('According to the Action Plan, by 2026'))!;
    const quoting = doc.byPassage.get(para.id)!;
    expect(
      quoting.some(
        (c) => c.quote === 'the added value of industries above designated size will exceed 73billion yuan' && c.item === 'target',
      ),
    ).toBe(true);
  });

  it('counts the figures quoting a document: every target of its plan and every figure of its discrepancies', () => {
    for (const plan of plans) {
      const doc = reverse.get(plan.doc)!;
      const discrepancyFigures = plan.discrepancies.reduce((n, d) => n + d.figures.length, 0);
      expect(doc.coverage.figures, plan.doc).toBe(plan.targets.length + discrepancyFigures);
      expect(doc.coverage.quotes, plan.doc).toBe(citationsOf([plan]).length);
      expect(doc.coverage.items).toBeGreaterThan(0);
    }
  });

  it('lists the passages nothing quotes, and no quoted passage among them', () => {
    for (const doc of reverse.values()) {
      expect(doc.coverage.cited + doc.coverage.uncited.length).toBe(doc.coverage.passages);
      for (const p of doc.coverage.uncited) expect(doc.citations.some((c) => c.start < p.end && p.start < c.end)).toBe(false);
    }
    const press = provenance('002_');
    const body = text('002_');
    const uncited = press.coverage.uncited.map((p) => body.slice(p.start, p.end));
    expect(uncited).toContain('At the press conference.');
    expect(uncited).toContain('Pay attention to Hebei news network for the latest news in Hebei.');
    // The header of 000 is not a passage of the document at all.
    const jilin = provenance('000_');
    expect(jilin.coverage.passages).toBe(jilin.passages.length - 3);
  });
});
