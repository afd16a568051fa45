/** What the briefings look up in the plan data: region names, headline targets, placed elements. */
import type { Industry, LayoutElement, Plan, Source, Target } from '../../data/planSchema';
import type { RegionData } from '../../data/regions';
import type { Text } from './input';
import { names, text, unique } from './text';

export function regionName(regions: RegionData, code: string): Text {
  const r = regions.regions.get(code) ?? regions.context.get(code);
  return r ? r.name : text(code, code);
}

/** Region names of an element's members with the given status (each region once, in the element's order). */
function membersWith(element: LayoutElement, regions: RegionData, interpreted: boolean): Text[] {
  const codes = unique(element.members.filter((m) => (m.status === 'interpretation') === interpreted).map((m) => m.code));
  return codes.map((c) => regionName(regions, c));
}

/** For an element only some of whose members are interpretations: exactly which are, and which the text names. */
export function memberStatusSentence(element: LayoutElement, regions: RegionData): Text {
  const read = membersWith(element, regions, true);
  const named = membersWith(element, regions, false);
  return text(
    `${element.name.zh}中，${names(read).zh}是解读（虚线轮廓）；${names(named).zh}为原文所列。`,
    `In ${element.name.en}, ${names(read).en} ${read.length > 1 ? 'are interpretations' : 'is an interpretation'} (dashed outlines); ${names(named).en} ${named.length > 1 ? 'are' : 'is'} named in the text.`,
  );
}

export const isTopLevel = (plan: Plan) => (i: Industry) => !i.parent || !plan.industries.some((p) => p.id === i.parent);
export const withMembers = (plan: Plan) => plan.layout.filter((e) => e.members.length > 0);
export const headlineTargets = (plan: Plan) => plan.targets.filter((t) => t.kind === 'goal' && !t.partOf);
export const targetRef = (plan: Plan, t: Target) => `${plan.id}/${t.id}`;

/** Targets whose quote is the one the given sources quote (a tier's count, a role's list). */
export function targetsQuoting(plan: Plan, sources: Source[]): Target[] {
  const quotes = new Set(sources.map((s) => s.quote));
  return plan.targets.filter((t) => quotes.has(t.source.quote));
}

/** Balanced chunks of at most `max`. */
export function chunks<T>(items: T[], max: number): T[][] {
  if (items.length === 0) return [];
  const n = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / n);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The plan's earlier than every other plan in the data: its figures must not sit beside theirs. */
export const isEarlier = (plan: Plan, all: readonly Plan[]) =>
  all.some((p) => p !== plan) && all.every((p) => p === plan || plan.period.end < p.period.start);
