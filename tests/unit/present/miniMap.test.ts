import { describe, expect, it } from 'vitest';
import { miniMap, stepContext, stepFocus } from '../../../src/present/miniMap';
import type { BriefingStep } from '../../../src/briefings/briefingSchema';
import { regions } from '../realData';

const step = (extra: Partial<BriefingStep>): BriefingStep => ({
  id: 's',
  title: { zh: 't', en: 't' },
  notes: { zh: '', en: '' },
  ...extra,
});
const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);

describe('a step’s miniature map (presenter view)', () => {
  it('fills the step’s region among its province’s prefectures, inside the picture', () => {
    const s = step({ region: '220100' });
    const focus = stepFocus(s);
    expect(focus).toEqual(['220100']);
    const context = stepContext(regions, s, focus);
    expect(context).toContain('220000');
    expect(context).toContain('220200');
    const map = miniMap(regions, focus, context, { top: 0.2, bottom: 0.2 });
    expect(map.focus.map((f) => f.code)).toEqual(['220100']);
    expect(map.context.length).toBe(context.length - 1);
    for (const shape of [...map.focus, ...map.context]) {
      const xy = numbers(shape.d);
      const xs = xy.filter((_, i) => i % 2 === 0);
      const ys = xy.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(map.width);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(map.height * 0.2 - 0.1);
      expect(Math.max(...ys)).toBeLessThanOrEqual(map.height * 0.8 + 0.1);
    }
    // Simplified to a few kilobytes.
    expect(map.context.reduce((n, c) => n + c.d.length, 0)).toBeLessThan(40_000);
  });

  it('an element’s members, or the camera’s regions; the three regions when the step names none', () => {
    expect(stepFocus(step({ element: 'p/e' }), ['220100', '220300'])).toEqual(['220100', '220300']);
    expect(stepFocus(step({ camera: { fit: ['130000'] } }))).toEqual(['130000']);
    const overview = stepContext(regions, step({}), []);
    for (const top of ['220000', '130000', '331100']) expect(overview).toContain(top);
  });
});
