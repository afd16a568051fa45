import { describe, expect, it } from 'vitest';
import { categoryCounts, matchFilter } from '../../src/filter/matchFilter';
import { MATCH } from '../../src/filter/matchStyle';
import type { Plan } from '../../src/data/planSchema';
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

  it('names the plans that cover whole provinces or cities, and counts each region they cover once', () => {
    const match = matchFilter(['biomedicine', 'new-energy'], index, plans, regions);
    expect(match.covering.map((c) => c.code)).toEqual(['130000', '220000', '331100']);
    // Hebei's prefectures are covered by the province's plan: lit, not unmatched.
    expect(match.regions.get('130600')?.strength).toBe(MATCH.viaParent);
    const hebei = match.covering.find((c) => c.code === '130000')!;
    const below = [...regions.regions.values()].filter((r) => r.code !== '130000' && r.code.startsWith('13')).length;
    expect(hebei.below).toBe(below);
    expect(match.coveredBelow).toBeLessThanOrEqual(match.covering.reduce((n, c) => n + c.below, 0));
    const fromAbove = [...match.regions].filter(([code, m]) => m.reasons.some((r) => r.from !== code && r.roles.includes('plan')));
    expect(match.coveredBelow).toBe(fromAbove.length);
  });

  it('covers nothing from above when no province or city plan lists the kind', () => {
    const match = matchFilter(['new-energy'], index, plans, regions);
    expect(match.covering.map((c) => c.code)).not.toContain('331100');
  });

  it("lights Lishui's counties through the city's plan", () => {
    const match = matchFilter(['biomedicine'], index, plans, regions);
    expect(match.regions.get('331102')?.strength).toBe(1);
  });

  it("lights a county through its province's plan, weaker than a named place, with the reason", () => {
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

  describe('a link that is only our interpretation', () => {
    const strengthOf = (code: string, category: string, inPlans: Plan[] = plans) =>
      matchFilter([category], index, inPlans, regions).regions.get(code)?.strength;

    // Lishui's plan names these counties' industries but not where they are: the hosts are our reading.
    it.each([
      ['331181', 'Longquan', 'auto'],
      ['331121', 'Qingtian', 'metallurgy'],
      ['331121', 'Qingtian', 'new-materials'],
      ['331125', 'Yunhe', 'textiles-light'],
    ])('draws %s (%s) as interpretation only for %s, not as planned there', (code, _name, category) => {
      const m = matchFilter([category], index, plans, regions).regions.get(code);
      expect(m?.strength).toBe(MATCH.interpretation);
      const ownReasons = m!.reasons.filter((r) => r.from === code);
      expect(ownReasons.length).toBeGreaterThan(0);
      expect(ownReasons.every((r) => r.interpretation && r.roles.includes('host'))).toBe(true);
      // Lishui's own plan still covers the county, and says so among the reasons.
      expect(m!.reasons.some((r) => r.from === '331100' && !r.interpretation)).toBe(true);
    });

    // Yanbian's place in the 2013 Changchun–Jilin–Tumen belt is our reading of "Tumen River Basin".
    it.each(['auto', 'petrochem', 'equipment', 'food', 'textiles-light', 'modern-services', 'tourism-culture'])(
      'draws Yanbian as interpretation only for %s, which only the 2013 belt links it to',
      (category) => {
        const m = matchFilter([category], index, plans, regions).regions.get('222400');
        expect(m?.strength).toBe(MATCH.interpretation);
        expect(m!.reasons.filter((r) => r.from === '222400').map((r) => [r.plan, r.interpretation])).toEqual([
          ['jilin-clusters-2013', true],
        ]);
      },
    );

    it("keeps full strength where a stated link exists: the plan's own region and stated members", () => {
      expect(strengthOf('331100', 'auto')).toBe(MATCH.own);
      expect(strengthOf('220100', 'auto')).toBe(MATCH.own);
      expect(strengthOf('220500', 'metallurgy')).toBe(MATCH.own);
      expect(strengthOf('220200', 'petrochem')).toBe(MATCH.own);
    });

    it('does not mark a county for a kind its interpreted host does not carry: Longquan gets biomedicine only through Lishui', () => {
      expect(strengthOf('331181', 'biomedicine')).toBe(MATCH.viaParent);
    });

    it('reads the status from the plans: a host marked stated makes the same county full strength', () => {
      const edited = structuredClone(plans);
      const host = edited
        .find((p) => p.id === 'lishui-clusters-2022')!
        .industries.flatMap((i) => i.hostRegions ?? [])
        .find((m) => m.code === '331181')!;
      host.status = 'stated';
      expect(strengthOf('331181', 'auto', edited)).toBe(MATCH.own);
    });

    it('one stated link among interpreted ones is enough for full strength', () => {
      const edited = structuredClone(plans);
      const lishui = edited.find((p) => p.id === 'lishui-clusters-2022')!;
      const host = lishui.industries.find((i) => i.hostRegions?.some((m) => m.code === '331181'))!;
      // The same county also a stated host of a second industry of the same kind.
      lishui.industries.push({
        ...structuredClone(host),
        id: 'test-second-host',
        hostRegions: [{ ...host.hostRegions![0], status: 'stated' }],
      });
      expect(strengthOf('331181', 'auto', edited)).toBe(MATCH.own);
    });

    it('counts a plan whose text is not loaded as stated: the index alone keeps no status', () => {
      expect(
        strengthOf(
          '331181',
          'auto',
          plans.filter((p) => p.id !== 'lishui-clusters-2022'),
        ),
      ).toBe(MATCH.own);
    });
  });
});
