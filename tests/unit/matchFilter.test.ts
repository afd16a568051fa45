// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { categoryCounts, matchFilter } from '../../src/filter/matchFilter';
import { index, plans, regions } from './realData';

describe('industry filter matching', () => {
  it('matches nothing without categories', () => {
    const match = matchFilter([], index, plans, regions);
    expect(match.regions.size).toBe(0);
    expect(match.elements.size).toBe(0);
  });

  it('finds biomedicine planned in all three regions at once', () => {
    const match = matchFilter(['biomedicine'], index, plans, regions);
    for (const code of ['220000', '130000', '331100']) expect(match.regions.get(code)?.strength).toBe(2);
  });

  it('finds new energy in Jilin and Hebei but not in Lishui', () => {
    const match = matchFilter(['new-energy'], index, plans, regions);
    expect(match.regions.get('220000')?.strength).toBe(2);
    expect(match.regions.get('130000')?.strength).toBe(2);
    expect(match.regions.has('331100')).toBe(false);
    expect(match.regions.has('331181')).toBe(false);
  });

  it('lights Lishui\'s counties through the city\'s plan', () => {
    const match = matchFilter(['biomedicine'], index, plans, regions);
    expect(match.regions.get('331102')?.strength).toBe(1);
  });

  it('lights a county through its province\'s plan, weaker than a named place, with the reason', () => {
    const match = matchFilter(['biomedicine'], index, plans, regions);
    const county = [...regions.children.get('220200')!][0];
    const m = match.regions.get(county.code);
    expect(m?.strength).toBe(1);
    expect(m?.reasons.every((r) => r.roles.includes('plan') && r.from === '220000')).toBe(true);
    expect(match.regions.get('220400')?.strength).toBe(2);
  });

  it('matches the medical corridor to biomedicine but not to metallurgy', () => {
    expect(matchFilter(['biomedicine'], index, plans, regions).elements.has('jilin-sei-2022/jsei-corridor-medical')).toBe(true);
    expect(matchFilter(['metallurgy'], index, plans, regions).elements.has('jilin-sei-2022/jsei-corridor-medical')).toBe(false);
  });

  it('counts the regions that plan each category in their own right', () => {
    const counts = categoryCounts(index);
    const expected = Object.values(index.byRegion).filter((entries) => entries.some((e) => e.taxonomy.includes('food'))).length;
    expect(counts.get('food')).toBe(expected);
  });
});
