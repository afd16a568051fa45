/**
 * Reverse provenance: for each source document, every passage some figure or item of the plan
 * data quotes, and what quotes it — with a label for people in both languages (plan, kind of
 * item, name) and where in the app it is shown (a region's panel, with the item to bring into
 * view, or a layout element's panel). Pure: node-tested against the shipped plans and documents.
 */
import { PLAN_KINDS, ROLES, TIERS, textIn, type SourceStatus } from '../data/planVocabulary';
import type { Bilingual, Plan, Source } from '../data/planSchema';
import { sourceStrings } from '../i18n/sourceStrings';
import { normalizeWithOffsets, splitPassages, type LineRange, type NormalizedText, type Passage } from './passages';

export const ITEM_KINDS = [
  'target',
  'target-rate',
  'target-baseline',
  'industry',
  'industry-tier',
  'industry-role',
  'industry-group',
  'industry-host',
  'group',
  'element',
  'member',
  'task-list',
  'task',
  'discrepancy',
  'plan-title',
  'plan-issuer',
  'plan-date',
  'plan-period',
  'plan-region',
  'plan-kind',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** What to bring into view in a region's panel once it is open. */
export type Reveal =
  | { kind: 'target'; key: string }
  | { kind: 'industry'; id: string }
  | { kind: 'plan'; planId: string }
  | { kind: 'sources'; planId: string };

/** Where the app shows the item: a region's panel or a layout element's. */
export type Destination =
  { kind: 'region'; code: string; name: Bilingual; reveal?: Reveal } | { kind: 'element'; key: string; name: Bilingual };

export interface Citation {
  planId: string;
  /** the source's place in the plan file, e.g. "targets[3].source" */
  path: string;
  item: ItemKind;
  /** the item the quote supports, for counting items once (a target's rate counts with the target) */
  itemKey: string;
  /** a number: a target (with its rate or baseline) or a figure of a recorded discrepancy */
  figure: boolean;
  label: { plan: Bilingual; kind: Bilingual; name: Bilingual };
  status: SourceStatus;
  doc: string;
  quote: string;
  to: Destination;
}

/** A citation with its place in the document: [start, end) offsets of the quote (its first occurrence). */
export interface LocatedCitation extends Citation {
  start: number;
  end: number;
}

/** A run of text covered by one or more overlapping quotes: one mark in the reader. */
export interface Mark {
  start: number;
  end: number;
  citations: LocatedCitation[];
}

export interface Coverage {
  /** distinct figures and other items quoting the document, and the number of quotes */
  figures: number;
  items: number;
  quotes: number;
  /** the document's own passages (lines outside it not counted) */
  passages: number;
  cited: number;
  uncited: Passage[];
}

export interface DocumentProvenance {
  file: string;
  passages: Passage[];
  /** located citations, by start offset */
  citations: LocatedCitation[];
  /** citations whose quote is not in the document (none in the shipped data: the audit checks it) */
  missing: Citation[];
  marks: Mark[];
  /** citations touching each passage, by passage id (outside lines have none) */
  byPassage: Map<string, LocatedCitation[]>;
  coverage: Coverage;
}

export type RegionNames = (code: string) => Bilingual | undefined;

const kindLabel = (kind: ItemKind): Bilingual => sourceStrings[`sources.item.${kind}`];
const both = (text: { zh: string; en: string }): Bilingual => ({ zh: text.zh, en: text.en });
const join = (a: Bilingual, b: Bilingual, zhSep: string, enSep: string): Bilingual => ({
  zh: `${a.zh}${zhSep}${b.zh}`,
  en: `${a.en}${enSep}${b.en}`,
});
const plain = (text: string): Bilingual => ({ zh: text, en: text });

/** Every source in the plans as a citation: what it supports, its label and where the app shows it. */
export function citationsOf(plans: readonly Plan[], regionName: RegionNames = () => undefined): Citation[] {
  const out: Citation[] = [];
  for (const plan of plans) {
    const planLabel = both(plan.title);
    const home = plan.region.code;
    const placeName = (code: string) => regionName(code) ?? plain(code);
    const region = (code: string, reveal?: Reveal): Destination => ({ kind: 'region', code, name: placeName(code), reveal });
    const add = (source: Source, path: string, item: ItemKind, itemKey: string, name: Bilingual, to: Destination) =>
      out.push({
        planId: plan.id,
        path,
        item,
        itemKey: `${plan.id}/${itemKey}`,
        figure: item === 'target' || item === 'target-rate' || item === 'target-baseline' || item === 'discrepancy',
        label: { plan: planLabel, kind: kindLabel(item), name },
        status: source.status,
        doc: source.doc,
        quote: source.quote,
        to,
      });

    const facts = {
      title: 'plan-title',
      issuer: 'plan-issuer',
      date: 'plan-date',
      period: 'plan-period',
      region: 'plan-region',
      kind: 'plan-kind',
    } as const;
    const factName: Record<keyof typeof facts, Bilingual> = {
      title: planLabel,
      issuer: both(plan.issuer),
      date: both(plan.date.label),
      period: { zh: `${plan.period.start}—${plan.period.end}年`, en: `${plan.period.start}–${plan.period.end}` },
      region: both(plan.region.name),
      kind: both(PLAN_KINDS[plan.kind.value]),
    };
    for (const fact of Object.keys(facts) as (keyof typeof facts)[]) {
      add(plan[fact].source, `${fact}.source`, facts[fact], fact, factName[fact], region(home, { kind: 'sources', planId: plan.id }));
    }

    plan.targets.forEach((t, i) => {
      const to = region(t.regionCode, { kind: 'target', key: `${plan.id}/${t.id}` });
      const key = `targets/${t.id}`;
      add(t.source, `targets[${i}].source`, 'target', key, both(t.label), to);
      if (t.rate) add(t.rate.source, `targets[${i}].rate.source`, 'target-rate', key, both(t.label), to);
      if (t.baseline) add(t.baseline.source, `targets[${i}].baseline.source`, 'target-baseline', key, both(t.label), to);
    });

    plan.industries.forEach((ind, i) => {
      const name = both(ind.name);
      const to = region(home, { kind: 'industry', id: ind.id });
      const key = `industries/${ind.id}`;
      const at = `industries[${i}]`;
      add(ind.source, `${at}.source`, 'industry', key, name, to);
      if (ind.tier) add(ind.tier.source, `${at}.tier.source`, 'industry-tier', key, join(name, TIERS[ind.tier.level], '：', ': '), to);
      ind.roles.forEach((r, k) =>
        add(r.source, `${at}.roles[${k}].source`, 'industry-role', key, join(name, ROLES[r.role], '：', ': '), to),
      );
      ind.groups.forEach((g, k) => {
        const group = plan.industryGroups.find((x) => x.id === g.group);
        add(g.source, `${at}.groups[${k}].source`, 'industry-group', key, group ? join(name, both(group.name), ' → ', ' → ') : name, to);
      });
      ind.hostRegions?.forEach((m, k) =>
        add(
          m.source,
          `${at}.hostRegions[${k}].source`,
          'industry-host',
          `${key}/hosts/${m.code}`,
          join(placeName(m.code), name, '：', ': '),
          region(m.code, { kind: 'industry', id: ind.id }),
        ),
      );
    });

    plan.industryGroups.forEach((g, i) =>
      add(
        g.source,
        `industryGroups[${i}].source`,
        'group',
        `groups/${g.id}`,
        join(both(g.system), both(g.name), '：', ': '),
        region(home, { kind: 'plan', planId: plan.id }),
      ),
    );

    plan.layout.forEach((el, i) => {
      const to: Destination = { kind: 'element', key: `${plan.id}/${el.id}`, name: both(el.name) };
      add(el.source, `layout[${i}].source`, 'element', `layout/${el.id}`, both(el.name), to);
      el.members.forEach((m, k) =>
        add(
          m.source,
          `layout[${i}].members[${k}].source`,
          'member',
          `layout/${el.id}/${m.code}`,
          join(both(el.name), placeName(m.code), '：', ': '),
          to,
        ),
      );
    });

    plan.tasks.forEach((list, i) => {
      const to = region(home, { kind: 'plan', planId: plan.id });
      add(list.source, `tasks[${i}].source`, 'task-list', `tasks/${list.id}`, both(list.name), to);
      list.items.forEach((item, k) =>
        add(
          item.source,
          `tasks[${i}].items[${k}].source`,
          'task',
          `tasks/${list.id}/${item.id}`,
          join(both(list.name), both(item.name), '：', ': '),
          to,
        ),
      );
    });

    plan.discrepancies.forEach((d, i) =>
      d.figures.forEach((f, k) =>
        add(
          f.source,
          `discrepancies[${i}].figures[${k}].source`,
          'discrepancy',
          `discrepancies/${d.id}/${k}`,
          { zh: `${f.value}（${textIn(f.label, 'zh')}）`, en: `${f.value} (${textIn(f.label, 'en')})` },
          region(home, { kind: 'plan', planId: plan.id }),
        ),
      ),
    );
  }
  return out;
}

/** Merges overlapping quote spans into marks (quotes that only touch stay apart). */
export function marksOf(citations: readonly LocatedCitation[]): Mark[] {
  const sorted = [...citations].sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: Mark[] = [];
  for (const c of sorted) {
    const last = marks[marks.length - 1];
    if (last && c.start < last.end) {
      last.end = Math.max(last.end, c.end);
      last.citations.push(c);
    } else marks.push({ start: c.start, end: c.end, citations: [c] });
  }
  return marks;
}

/** One document's passages, the citations located in it, its marks and its coverage. */
export function documentProvenance(
  file: string,
  text: string,
  citations: readonly Citation[],
  outside: readonly LineRange[] = [],
  normalized: NormalizedText = normalizeWithOffsets(text),
): DocumentProvenance {
  const passages = splitPassages(text, outside);
  const located: LocatedCitation[] = [];
  const missing: Citation[] = [];
  for (const c of citations) {
    if (c.doc !== file) continue;
    const q = c.quote.replace(/\s+/gu, ' ').trim();
    const at = q ? normalized.text.indexOf(q) : -1;
    if (at === -1) missing.push(c);
    else located.push({ ...c, start: normalized.offsets[at], end: normalized.offsets[at + q.length - 1] + 1 });
  }
  located.sort((a, b) => a.start - b.start || a.end - b.end);
  const byPassage = new Map<string, LocatedCitation[]>();
  for (const p of passages) {
    if (p.outside !== undefined) continue;
    byPassage.set(
      p.id,
      located.filter((c) => c.start < p.end && p.start < c.end),
    );
  }
  const own = passages.filter((p) => p.outside === undefined);
  const uncited = own.filter((p) => byPassage.get(p.id)!.length === 0);
  const distinct = (figure: boolean) => new Set(located.filter((c) => c.figure === figure).map((c) => c.itemKey)).size;
  return {
    file,
    passages,
    citations: located,
    missing,
    marks: marksOf(located),
    byPassage,
    coverage: {
      figures: distinct(true),
      items: distinct(false),
      quotes: located.length,
      passages: own.length,
      cited: own.length - uncited.length,
      uncited,
    },
  };
}

export interface SourceText {
  file: string;
  text: string;
  outside?: readonly LineRange[];
}

/** The reverse index of every document: document → passages → what quotes them. */
export function reverseIndex(
  documents: readonly SourceText[],
  plans: readonly Plan[],
  regionName?: RegionNames,
): Map<string, DocumentProvenance> {
  const citations = citationsOf(plans, regionName);
  return new Map(documents.map((d) => [d.file, documentProvenance(d.file, d.text, citations, d.outside)]));
}
