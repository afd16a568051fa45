/**
 * Each slide shows its own plan: every step of every shipped briefing (public/data/briefings) that
 * opens a region panel at a section brings into view a block of the step's plan in that section, a
 * block with something in it; its figure cards are that plan's. And the lookup in the panel picks
 * the plan's block, not the section's first. No slide after the first (the title slide) is empty:
 * each shows cards, a panel with content, a layout element or regions lit by a filter.
 */
// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Briefing, BriefingIndex, BriefingStep } from '../../../src/briefings/briefingSchema';
import { sectionStart, stepPlan } from '../../../src/present/stepPlan';
import { regionCoverage } from '../../../src/plans/shapeCoverage';
import { shapePlanTargets } from '../../../src/charts/shapeTargets';
import { clusterStructures } from '../../../src/charts/shapeIndustries';
import type { Plan } from '../../../src/data/planSchema';
import { index, plans, regions } from '../realData';

const read = (path: string) => JSON.parse(readFileSync(`public/data/${path}`, 'utf8'));
const shipped: Briefing[] = (read('briefings/index.json') as BriefingIndex).briefings.map((b) => read(b.file) as Briefing);
const planById = new Map(plans.map((p) => [p.id, p]));

/** Whether the panel's block of this plan in this section shows something (not just "none"). */
function sectionHasContent(plan: Plan, section: string, region: string): boolean {
  switch (section) {
    case 'targets': {
      const t = shapePlanTargets(plan);
      return t.charts.length + t.paths.length + t.structure.length > 0;
    }
    case 'industries':
      return plan.industries.length > 0;
    case 'clusters':
      return clusterStructures(plan).length > 0;
    case 'layout':
      return (index.byRegion[region] ?? []).some((e) => e.plan === plan.id && (e.elements?.length ?? 0) > 0);
    default:
      return true;
  }
}

/**
 * Whether a step shows something beside the bare map (the first step, the briefing's title slide,
 * excepted by the caller): figure cards, a layout element's panel, regions lit by a filter, or a
 * region's panel whose section in view has content for the step's plan.
 */
function stepShows(step: BriefingStep, b: Pick<Briefing, 'plans'>): boolean {
  if ((step.figures?.length ?? 0) > 0 || step.element || (step.filter?.length ?? 0) > 0) return true;
  if (!step.region) return false;
  if (!step.panel || step.panel === 'overview' || step.panel === 'sources') return true;
  const planId = stepPlan(step, b);
  const plan = planId ? planById.get(planId) : undefined;
  return !!plan && sectionHasContent(plan, step.panel, step.region);
}

const panelSteps = shipped.flatMap((b) =>
  b.steps
    .map((step, i) => ({ b, step, n: i + 1 }))
    .filter(({ step }) => step.region && step.panel && step.panel !== 'overview' && step.panel !== 'sources'),
);

describe('each slide shows its own plan', () => {
  it('finds steps to check in the shipped briefings', () => {
    expect(panelSteps.length).toBeGreaterThan(10);
  });

  it.each(panelSteps.map(({ b, step, n }) => [`${b.id} step ${n} (${step.id})`, b, step] as [string, Briefing, BriefingStep]))(
    '%s: the section in view is its plan’s, with content, and its cards are that plan’s',
    (_, b, step) => {
      const planId = stepPlan(step, b);
      expect(planId, 'the step has a plan').not.toBeNull();
      const plan = planById.get(planId!)!;
      expect(plan).toBeDefined();
      // The region's panel has a block of the plan: the plan covers the region.
      expect(regionCoverage(index, regions, step.region!).planIds).toContain(planId);
      expect(sectionHasContent(plan, step.panel!, step.region!), `${step.panel} of ${planId}`).toBe(true);
      for (const ref of step.figures ?? []) expect(ref.split('/')[0]).toBe(planId);
    },
  );

  it.each(
    shipped.flatMap((b) =>
      b.steps.slice(1).map((step, i) => [`${b.id} step ${i + 2} (${step.id})`, b, step] as [string, Briefing, BriefingStep]),
    ),
  )('%s shows something of its own beside the map (no empty slide)', (_, b, step) => {
    expect(stepShows(step, b), 'cards, a panel with content, a layout element or lit regions').toBe(true);
  });

  it('counts a step with only a camera (or an empty filter) as empty', () => {
    const b = shipped.find((x) => x.plans.length === 1)!;
    const bare: BriefingStep = { id: 's', title: { zh: '', en: '' }, notes: { zh: '', en: '' }, camera: { fit: ['130000'] } };
    expect(stepShows(bare, b)).toBe(false);
    expect(stepShows({ ...bare, filter: [] }, b)).toBe(false);
    expect(stepShows({ ...bare, filter: ['biomedicine'] }, b)).toBe(true);
    expect(stepShows({ ...bare, element: `${b.plans[0]}/x` }, b)).toBe(true);
  });

  it('says nothing about looking for a plan’s block in the notes (the step shows it)', () => {
    for (const b of shipped) for (const s of b.steps) expect(`${s.notes.zh} ${s.notes.en}`).not.toMatch(/look for the block|看标题为/);
  });
});

describe('the start of a section in the panel', () => {
  const panel = document.createElement('div');
  panel.innerHTML = `
    <h3 data-section="targets">Targets</h3>
    <div class="plan-block" data-plan="a">A</div>
    <div class="plan-block" data-plan="b">B</div>
    <h3 data-section="industries">Industries</h3>
    <div class="plan-block" data-plan="a">A</div>
    <div class="plan-block" data-plan="c">C</div>`;

  it('is the plan’s block in that section, not the first plan’s', () => {
    expect(sectionStart(panel, 'targets', 'b')?.textContent).toBe('B');
    expect(sectionStart(panel, 'industries', 'c')?.textContent).toBe('C');
  });

  it('is the heading when the step names no plan, or the plan has no block there; nothing without the section', () => {
    expect(sectionStart(panel, 'targets', null)?.textContent).toBe('Targets');
    expect(sectionStart(panel, 'targets', 'c')?.textContent).toBe('Targets');
    expect(sectionStart(panel, 'layout', 'a')).toBeNull();
  });

  it('takes the plan from the cards, else the element, else the briefing’s only plan', () => {
    const step: BriefingStep = { id: 's', title: { zh: '', en: '' }, notes: { zh: '', en: '' } };
    expect(stepPlan({ ...step, figures: ['x/t1'] }, { plans: ['y'] })).toBe('x');
    expect(stepPlan({ ...step, element: 'z/e1' }, { plans: ['y', 'x'] })).toBe('z');
    expect(stepPlan(step, { plans: ['y'] })).toBe('y');
    expect(stepPlan(step, { plans: ['y', 'x'] })).toBeNull();
  });
});
