/**
 * Reference checks of briefings: each broken briefing is refused with a message naming the
 * file, the field path and the reference that does not resolve.
 */
import { describe, expect, it } from 'vitest';
import { checkBriefingRefs, validateBriefing, type BriefingRefs } from '../../../src/briefings/validateBriefing';
import type { Briefing } from '../../../src/briefings/briefingSchema';
import { plans, regions, taxonomy } from '../realData';

const refs: BriefingRefs = {
  plans,
  regionCodes: new Set(regions.regions.keys()),
  categoryIds: new Set(taxonomy.categories.map((c) => c.id)),
};

function valid(): Briefing {
  return {
    version: 1,
    id: 'demo',
    title: { zh: '演示', en: 'Demo' },
    plans: ['hebei-manufacturing-14fyp'],
    steps: [
      {
        id: 'one',
        title: { zh: '一', en: 'One' },
        notes: { zh: '说明', en: 'Notes' },
        camera: { fit: ['130000', '133100'] },
        layouts: ['hebei-manufacturing-14fyp'],
        filter: ['new-energy'],
        region: '130000',
        scope: '130000',
        panel: 'targets',
        figures: ['hebei-manufacturing-14fyp/hb-t01'],
      },
      {
        id: 'two',
        title: { zh: '二', en: 'Two' },
        notes: { zh: '说明', en: 'Notes' },
        element: 'hebei-manufacturing-14fyp/hb-core-xiongan',
      },
    ],
  };
}

function broken(change: (b: Briefing) => void): Briefing {
  const b = valid();
  change(b);
  return b;
}

const check = (b: Briefing) => checkBriefingRefs('demo.json', b, refs);

describe('checkBriefingRefs', () => {
  it('accepts a briefing whose references all resolve', () => {
    expect(check(valid())).toEqual([]);
    expect(validateBriefing('demo.json', valid(), refs)).toEqual({ ok: true, data: valid() });
  });

  it.each<[string, (b: Briefing) => void, string]>([
    [
      'an unknown plan of the briefing',
      (b) => (b.plans = ['hebei-manufacturing-14fyp', 'no-such-plan']),
      'demo.json: plans[1]: unknown plan "no-such-plan"',
    ],
    [
      'an unknown plan in layouts',
      (b) => (b.steps[0].layouts = ['jilin-2099']),
      'demo.json: steps[0].layouts[0]: unknown plan "jilin-2099"',
    ],
    [
      'an unknown element of a known plan',
      (b) => (b.steps[1].element = 'hebei-manufacturing-14fyp/hb-core-nowhere'),
      'demo.json: steps[1].element: unknown layout element "hebei-manufacturing-14fyp/hb-core-nowhere"',
    ],
    ['an element of an unknown plan', (b) => (b.steps[1].element = 'x/y'), 'demo.json: steps[1].element: unknown layout element "x/y"'],
    [
      'an element whose plan the step hides',
      (b) => (b.steps[1].layouts = ['jilin-sei-2022']),
      'demo.json: steps[1].element: layout element "hebei-manufacturing-14fyp/hb-core-xiongan" belongs to plan "hebei-manufacturing-14fyp", whose layouts the step hides',
    ],
    [
      'an unknown target',
      (b) => (b.steps[0].figures = ['hebei-manufacturing-14fyp/hb-t01', 'hebei-manufacturing-14fyp/hb-t99']),
      'demo.json: steps[0].figures[1]: unknown target "hebei-manufacturing-14fyp/hb-t99"',
    ],
    [
      'a target of another plan id',
      (b) => (b.steps[0].figures = ['jilin-sei-2022/hb-t01']),
      'demo.json: steps[0].figures[0]: unknown target "jilin-sei-2022/hb-t01"',
    ],
    [
      'an unknown region',
      (b) => (b.steps[0].region = '990000'),
      'demo.json: steps[0].region: unknown region code "990000" (not in the boundary pack)',
    ],
    [
      'an unknown scope',
      (b) => (b.steps[0].scope = '130199'),
      'demo.json: steps[0].scope: unknown region code "130199" (not in the boundary pack)',
    ],
    [
      'an unknown camera fit code',
      (b) => (b.steps[0].camera = { fit: ['130000', '000000'] }),
      'demo.json: steps[0].camera.fit[1]: unknown region code "000000" (not in the boundary pack)',
    ],
    [
      'an unknown filter category',
      (b) => (b.steps[0].filter = ['new-energy', 'space-mining']),
      'demo.json: steps[0].filter[1]: unknown industry category "space-mining" (not in the taxonomy)',
    ],
  ])('refuses %s', (_, change, message) => {
    expect(check(broken(change))).toEqual([message]);
    const result = validateBriefing('demo.json', broken(change), refs);
    expect(result.ok ? [] : result.errors).toEqual([message]);
  });

  it('reports every broken reference, not only the first', () => {
    const b = broken((x) => {
      x.steps[0].region = '990000';
      x.steps[1].element = 'x/y';
    });
    expect(check(b)).toHaveLength(2);
  });

  it('checks the shape before the references, and the references only when asked', () => {
    const shapeBroken = { ...valid(), steps: [{ ...valid().steps[0], region: '13' }] };
    const result = validateBriefing('demo.json', shapeBroken, refs);
    expect(result.ok ? [] : result.errors).toEqual(['demo.json: steps[0].region: a 6-digit GB/T 2260 admin code']);
    expect(
      validateBriefing(
        'demo.json',
        broken((b) => (b.steps[0].region = '990000')),
      ).ok,
    ).toBe(true);
  });
});
