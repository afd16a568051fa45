/**
 * The plan a briefing step is about: the plan of its figure cards, else of its layout element,
 * else the briefing's only plan. The panel shows every plan covering a region; a step brings its
 * own plan's part of a section into view, never another plan's.
 */
import type { Briefing, BriefingStep } from '../briefings/briefingSchema';

export function stepPlan(step: BriefingStep, briefing: Pick<Briefing, 'plans'>): string | null {
  const ref = step.figures?.[0] ?? step.element;
  if (ref) return ref.split('/')[0];
  return briefing.plans.length === 1 ? briefing.plans[0] : null;
}

/**
 * Where a section starts for a plan in a region panel: the plan's block (`data-plan`) in the
 * section — inside its collapsible box (`data-panel-section`, src/plans/PanelSection.tsx), or after
 * its heading (`data-section`) and before the next section's; the heading itself when the step
 * names no plan or the plan has no block there; null when the panel has no such section.
 */
export function sectionStart(panel: ParentNode, section: string, plan: string | null): HTMLElement | null {
  const heading = panel.querySelector<HTMLElement>(`[data-section="${section}"]`);
  if (!heading || !plan) return heading;
  const box = heading.closest('[data-panel-section]');
  if (box) return [...box.querySelectorAll<HTMLElement>('[data-plan]')].find((el) => el.dataset.plan === plan) ?? heading;
  for (let el = heading.nextElementSibling; el && !el.hasAttribute('data-section'); el = el.nextElementSibling) {
    if (el instanceof HTMLElement && el.dataset.plan === plan) return el;
  }
  return heading;
}
