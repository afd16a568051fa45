import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/briefings/briefingSchema';
import { withoutUnknownRefs, type KnownIds } from '../../../src/present/briefingRefs';

const known: KnownIds = {
  regions: new Set(['130000', '130200']),
  plans: new Set(['hebei-manufacturing-14fyp']),
  elements: new Set(['hebei-manufacturing-14fyp/hb-core-xiongan']),
  categories: new Set(['new-energy']),
  targets: new Set(['hebei-manufacturing-14fyp/hb-t10']),
};
const note = { zh: '', en: '' };
const briefing: Briefing = {
  version: 1,
  id: 'b',
  title: note,
  plans: ['hebei-manufacturing-14fyp'],
  steps: [
    { id: 'ok', title: note, notes: note, region: '130200', filter: ['new-energy'], figures: ['hebei-manufacturing-14fyp/hb-t10'] },
    {
      id: 'bad',
      title: note,
      notes: note,
      camera: { fit: ['999999'] },
      layouts: ['no-such-plan'],
      filter: ['martian', 'new-energy'],
      element: 'hebei-manufacturing-14fyp/nope',
      figures: ['hebei-manufacturing-14fyp/hb-t99'],
    },
  ],
};

describe("a briefing's references", () => {
  it('that do not exist are dropped, and the rest of the step kept', () => {
    const cleaned = withoutUnknownRefs(briefing, known);
    expect(cleaned.steps[0]).toEqual(briefing.steps[0]);
    expect(cleaned.steps[1]).toMatchObject({ camera: undefined, layouts: [], filter: ['new-energy'], element: undefined, figures: [] });
  });
});
