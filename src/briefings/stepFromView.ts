/**
 * A briefing step from the view on screen, as pure functions. The view is the one the link holds
 * (src/state/url.ts `View`: selection, filter, hidden layouts, theme, camera from the hash), plus
 * the two parts the link does not carry: the drill scope and the panel section in view.
 */
import type { View } from '../state/url';
import { elementRefKey } from '../state/elementRef';
import type { BriefingStep } from './briefingSchema';
import type { BriefingText } from './oneLanguage';

export type PanelSectionName = NonNullable<BriefingStep['panel']>;

export interface CapturedView {
  view: Pick<View, 'selected' | 'selectedElement' | 'filter' | 'hiddenPlans' | 'theme' | 'camera'>;
  /** The region whose subdivisions are shown; null: the top view. */
  scope: string | null;
  /** The panel section in view; null: none open or at its top. */
  panel: PanelSectionName | null;
}

export interface StepTexts {
  title: BriefingText;
  notes: BriefingText;
  figures: string[];
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** The parts of a step that are the view (everything but id, title, notes and figures). */
export function viewPartOfStep(
  captured: CapturedView,
  planIds: readonly string[],
): Omit<BriefingStep, 'id' | 'title' | 'notes' | 'figures'> {
  const { view, scope, panel } = captured;
  const hidden = new Set(view.hiddenPlans);
  const element = view.selectedElement ? elementRefKey(view.selectedElement) : undefined;
  // An open element stays drawn: its plan's layouts are shown in the step even if hidden on screen.
  if (view.selectedElement) hidden.delete(view.selectedElement.planId);
  const layouts = hidden.size ? planIds.filter((id) => !hidden.has(id)) : undefined;
  const camera = view.camera
    ? {
        center: [round(clamp(view.camera.center[0], -180, 180), 5), round(clamp(view.camera.center[1], -85, 85), 5)] as [number, number],
        zoom: round(clamp(view.camera.zoom, 0, 22), 2),
      }
    : scope
      ? { fit: [scope] }
      : undefined;
  return {
    ...(camera ? { camera } : {}),
    ...(layouts ? { layouts } : {}),
    ...(view.filter.length ? { filter: [...view.filter].sort() } : {}),
    ...(element ? { element } : view.selected ? { region: view.selected } : {}),
    ...(scope ? { scope } : {}),
    ...(panel && panel !== 'overview' && (element || view.selected) ? { panel } : {}),
    ...(view.theme !== 'default' ? { theme: view.theme } : {}),
  };
}

/** A whole step: the captured view with its id, texts and (at most four) figure cards. */
export function stepFromView(id: string, captured: CapturedView, planIds: readonly string[], texts: StepTexts): BriefingStep {
  return {
    id,
    title: texts.title,
    notes: texts.notes,
    ...viewPartOfStep(captured, planIds),
    ...(texts.figures.length ? { figures: texts.figures.slice(0, 4) } : {}),
  };
}

/** The same step with its view replaced by the captured one (id, texts and figures kept). */
export function withView(step: BriefingStep, captured: CapturedView, planIds: readonly string[]): BriefingStep {
  return stepFromView(step.id, captured, planIds, { title: step.title, notes: step.notes, figures: step.figures ?? [] });
}
