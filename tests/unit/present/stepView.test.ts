import { describe, expect, it } from 'vitest';
import type { BriefingStep } from '../../../src/briefings/briefingSchema';
import { clampStep, isOnScript, stepCamera, stepView } from '../../../src/present/stepView';

const PLANS = ['hebei-manufacturing-14fyp', 'jilin-clusters-2013', 'lishui-clusters-2022'];
const base: BriefingStep = { id: 's', title: { zh: '标题', en: 'Title' }, notes: { zh: '', en: '' } };
const scopeOf = (code: string) => (code === '130200' ? '130000' : null);

describe('a step as a view', () => {
  it('shows every layout, no filter and no panel when it says nothing', () => {
    expect(stepView(base, PLANS, scopeOf)).toEqual({ selected: null, selectedElement: null, scope: null, filter: [], hiddenPlans: [] });
    expect(stepCamera(base)).toEqual({ kind: 'all' });
  });

  it('hides the plans the step does not show, and sorts the filter', () => {
    const view = stepView({ ...base, layouts: ['hebei-manufacturing-14fyp'], filter: ['new-energy', 'auto', 'auto'] }, PLANS, scopeOf);
    expect(view.hiddenPlans).toEqual(['jilin-clusters-2013', 'lishui-clusters-2022']);
    expect(view.filter).toEqual(['auto', 'new-energy']);
  });

  it('opens a region in the scope that shows it, unless the step names a scope', () => {
    expect(stepView({ ...base, region: '130200' }, PLANS, scopeOf)).toMatchObject({ selected: '130200', scope: '130000' });
    expect(stepView({ ...base, region: '130200', scope: '130200' }, PLANS, scopeOf)).toMatchObject({ scope: '130200' });
    expect(stepCamera({ ...base, region: '130200' })).toEqual({ kind: 'regions', codes: ['130200'] });
  });

  it('opens an element and frames it, unless the step has its own camera', () => {
    const element = { ...base, element: 'hebei-manufacturing-14fyp/hb-core-xiongan' };
    const ref = { planId: 'hebei-manufacturing-14fyp', elementId: 'hb-core-xiongan' };
    expect(stepView(element, PLANS, scopeOf)).toMatchObject({ selected: null, selectedElement: ref });
    expect(stepCamera(element)).toEqual({ kind: 'element', ref });
    expect(stepCamera({ ...element, camera: { center: [115, 39], zoom: 7 } })).toEqual({ kind: 'center', center: [115, 39], zoom: 7 });
    expect(stepCamera({ ...element, camera: { fit: ['130000'] } })).toEqual({ kind: 'regions', codes: ['130000'] });
  });
});

describe('off script', () => {
  const expected = stepView({ ...base, region: '130200', filter: ['auto'], layouts: ['hebei-manufacturing-14fyp'] }, PLANS, scopeOf);

  it('is on script while the UI shows the step (list order aside)', () => {
    expect(isOnScript(expected, { ...expected, hiddenPlans: [...expected.hiddenPlans].reverse() })).toBe(true);
  });

  it.each([
    ['another region', { selected: '130300' }],
    ['drilled in', { scope: '130200' }],
    ['an element instead', { selected: null, selectedElement: { planId: 'hebei-manufacturing-14fyp', elementId: 'hb-core-xiongan' } }],
    ['a filter change', { filter: [] }],
    ['a layout shown', { hiddenPlans: ['jilin-clusters-2013'] }],
  ])('is off script after %s', (_, change) => {
    expect(isOnScript(expected, { ...expected, ...change })).toBe(false);
  });
});

describe('step numbers', () => {
  it('are brought into 1…total', () => {
    expect(clampStep(0, 5)).toBe(1);
    expect(clampStep(9, 5)).toBe(5);
    expect(clampStep(3, 5)).toBe(3);
    expect(clampStep(3, 0)).toBe(1);
  });
});
