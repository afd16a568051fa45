/**
 * Reverse provenance: for each source document, every passage some figure or item of the plan
 * data quotes, and what quotes it — with a label for people in both languages (plan, kind of
 * item, name) and where in the app it is shown (a region's panel, with the item to bring into
 * view, or a layout element's panel). Pure: node-tested against the shipped plans and documents.
 */
import type { SourceStatus } from '../data/planVocabulary';
import type { Bilingual, Plan } from '../data/planSchema';
import { citationsOf, type RegionNames } from './citations';
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
