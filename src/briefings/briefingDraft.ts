/**
 * A briefing being made in the builder, as pure operations: new, add a step, edit, move,
 * duplicate, delete (with what it takes to undo) and the plans it is about. Each returns a new
 * briefing; none changes its input.
 */
import type { Briefing, BriefingStep } from './briefingSchema';
import type { BriefingText } from './oneLanguage';

/** `base`, or `base-2`, `base-3` … whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A new briefing with no steps yet (one needs at least one step to be presented or exported). */
export function newBriefing(takenIds: Iterable<string>, title: BriefingText): Briefing {
  return { version: 1, id: uniqueId('my-briefing', takenIds), title, plans: [], steps: [] };
}

const stepIds = (b: Briefing) => b.steps.map((s) => s.id);

/** A fresh step id for this briefing. */
export const nextStepId = (b: Briefing) => uniqueId(`step-${b.steps.length + 1}`, stepIds(b));

export const addStep = (b: Briefing, step: BriefingStep): Briefing => ({ ...b, steps: [...b.steps, step] });

export const replaceStep = (b: Briefing, index: number, step: BriefingStep): Briefing => ({
  ...b,
  steps: b.steps.map((s, i) => (i === index ? step : s)),
});

/** The step at `from` moved to position `to` (both 0-based; `to` clamped into range). */
export function moveStep(b: Briefing, from: number, to: number): Briefing {
  if (from < 0 || from >= b.steps.length) return b;
  const target = Math.min(Math.max(0, to), b.steps.length - 1);
  if (target === from) return b;
  const steps = [...b.steps];
  const [moved] = steps.splice(from, 1);
  steps.splice(target, 0, moved);
  return { ...b, steps };
}

/** A copy of the step right after it, with an id of its own. */
export function duplicateStep(b: Briefing, index: number): Briefing {
  const step = b.steps[index];
  if (!step) return b;
  const copy = { ...step, id: uniqueId(`${step.id}-copy`, stepIds(b)) };
  const steps = [...b.steps];
  steps.splice(index + 1, 0, copy);
  return { ...b, steps };
}

/** What a deletion removed, to put back. */
export interface Removed {
  step: BriefingStep;
  index: number;
}

export function removeStep(b: Briefing, index: number): { briefing: Briefing; removed: Removed | null } {
  const step = b.steps[index];
  if (!step) return { briefing: b, removed: null };
  return { briefing: { ...b, steps: b.steps.filter((_, i) => i !== index) }, removed: { step, index } };
}

/** Undo of a deletion: the step back where it was (its id made unique again if one was added since). */
export function restoreStep(b: Briefing, removed: Removed): Briefing {
  const step = { ...removed.step, id: uniqueId(removed.step.id, stepIds(b)) };
  const steps = [...b.steps];
  steps.splice(Math.min(removed.index, steps.length), 0, step);
  return { ...b, steps };
}

/** The plans a briefing is about: those its steps show, open or cite; every plan when the steps name none. */
export function plansOf(b: Briefing, allPlanIds: readonly string[]): string[] {
  const named = new Set<string>();
  for (const s of b.steps) {
    s.layouts?.forEach((id) => named.add(id));
    if (s.element) named.add(s.element.split('/')[0]);
    s.figures?.forEach((ref) => named.add(ref.split('/')[0]));
  }
  const list = allPlanIds.filter((id) => named.has(id));
  return list.length ? list : [...allPlanIds];
}

/** The briefing as a file: its plans worked out from the steps, the keys in the shipped files' order. */
export function briefingFile(b: Briefing, allPlanIds: readonly string[]): Briefing {
  return {
    version: 1,
    id: b.id,
    title: b.title,
    ...(b.summary ? { summary: b.summary } : {}),
    plans: plansOf(b, allPlanIds),
    steps: b.steps,
  };
}
