/**
 * What a briefing step means for the view, as pure functions: the store's view fields it sets,
 * where the camera goes, and whether the presenter has left it ("off script").
 */
import type { BriefingStep } from '../briefings/briefingSchema';
import { elementRefOf, sameElement, type ElementRef } from '../state/elementRef';
import type { Theme } from '../state/store';

/** The parts of the UI state a step sets (same names as the store's). */
export interface StepView {
  selected: string | null;
  selectedElement: ElementRef | null;
  scope: string | null;
  filter: string[];
  hiddenPlans: string[];
  /** Only when the step sets one (a step made in the builder may). */
  theme?: Theme;
}

/** Where the camera goes: explicit regions, an explicit centre, or framing what the step opens. */
export type StepCamera =
  | { kind: 'regions'; codes: string[] }
  | { kind: 'center'; center: [number, number]; zoom: number }
  | { kind: 'element'; ref: ElementRef }
  | { kind: 'all' };

/**
 * The view a step sets. `planIds` are all plans (layouts shown = `step.layouts`, default all);
 * `scopeOf` gives the drill scope that shows a region among its siblings (state/drill's naturalScope).
 */
export function stepView(step: BriefingStep, planIds: readonly string[], scopeOf: (code: string) => string | null): StepView {
  const shown = step.layouts ? new Set(step.layouts) : null;
  const selected = step.element ? null : (step.region ?? null);
  return {
    selected,
    selectedElement: step.element ? elementRefOf(step.element) : null,
    scope: step.scope ?? (selected ? scopeOf(selected) : null),
    filter: [...new Set(step.filter ?? [])].sort(),
    hiddenPlans: shown ? [...new Set(planIds.filter((id) => !shown.has(id)))].sort() : [],
    ...(step.theme ? { theme: step.theme } : {}),
  };
}

export function stepCamera(step: BriefingStep): StepCamera {
  if (step.camera && 'fit' in step.camera) return { kind: 'regions', codes: step.camera.fit };
  if (step.camera) return { kind: 'center', center: step.camera.center, zoom: step.camera.zoom };
  const element = step.element ? elementRefOf(step.element) : null;
  if (element) return { kind: 'element', ref: element };
  if (step.region) return { kind: 'regions', codes: [step.region] };
  return { kind: 'all' };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** True while the UI shows exactly the step's view (camera moves alone do not count). */
export function isOnScript(expected: StepView, current: StepView): boolean {
  return (
    expected.selected === current.selected &&
    sameElement(expected.selectedElement, current.selectedElement) &&
    expected.scope === current.scope &&
    sameList(expected.filter, [...current.filter].sort()) &&
    sameList(expected.hiddenPlans, [...current.hiddenPlans].sort())
  );
}

/** A 1-based step number brought into 1…total. */
export const clampStep = (step: number, total: number) => Math.min(Math.max(1, Math.round(step)), Math.max(1, total));
