/**
 * What the generated briefings do, from the plan data: one per plan, walking its targets,
 * industries and layout; a comparison whose filter steps light up exactly the regions the
 * plans say. Pure function, same input → same output.
 */
import { describe, expect, it } from 'vitest';
import { buildBriefings, COMPARISON_ID } from '../../../src/tools/buildBriefings';
import { validateBriefing } from '../../../src/briefings/validateBriefing';
import { matchFilter } from '../../../src/filter/matchFilter';
import type { Briefing, BriefingStep } from '../../../src/briefings/briefingSchema';
import { index, plans, regions, taxonomy } from '../realData';
import { loadRenderings } from '../../../src/tools/briefingFiles';
import { indexDoc, renderingLookup, type RenderingLookup } from '../../../src/data/quoteRendering';
import { fixtureRenderings, JILIN_QUOTE, XIONGAN_QUOTE } from '../plans/renderingsFixture';

/**
 * Renderings: the test fixture's, then the shipped files', and for any quote still without one a
 * stand-in marked as such (so the structure can be tested before every file is written).
 */
const fixture = renderingLookup(fixtureRenderings.map(indexDoc));
const shipped = renderingLookup(loadRenderings('.'));
const renderings: RenderingLookup = (doc, quote) =>
  fixture(doc, quote) ?? shipped(doc, quote) ?? { quote, text: `〔stand-in rendering〕${quote}` };
const input = { plans, index, taxonomy, regions, renderings };
const briefings = buildBriefings(input);
const byId = (id: string) => briefings.find((b) => b.id === id)!;
const THREE = ['220000', '130000', '331100'];

/** Codes a filter lights: regions planning it in their own right (strength 2) or through a covering plan (1). */
const lit = (filter: string[]) => matchFilter(filter, index, plans, regions).regions;
const within = (code: string, top: string): boolean => {
  for (let c: string | null = code; c; c = regions.regions.get(c)?.parent ?? null) if (c === top) return true;
  return false;
};

describe('buildBriefings', () => {
  it('ships one briefing per plan document and one comparison, all valid with resolving references', () => {
    expect(briefings.map((b) => b.id)).toEqual([COMPARISON_ID, ...index.plans.map((p) => p.id)]);
    const refs = { plans, regionCodes: new Set(regions.regions.keys()), categoryIds: new Set(taxonomy.categories.map((c) => c.id)) };
    for (const b of briefings) {
      const result = validateBriefing(`${b.id}.json`, JSON.parse(JSON.stringify(b)), refs);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it('is deterministic and leaves its input untouched', () => {
    const before = JSON.stringify(plans);
    expect(JSON.stringify(buildBriefings(input))).toBe(JSON.stringify(briefings));
    expect(JSON.stringify(plans)).toBe(before);
  });

  describe.each(index.plans.map((p) => p.id))('the briefing of %s', (planId) => {
    const plan = plans.find((p) => p.id === planId)!;
    const b = byId(planId);
    const code = plan.region.code;

    it('opens on the plan’s region with only its layouts, and closes on its sources', () => {
      expect(b.plans).toEqual([planId]);
      expect(b.steps[0]).toMatchObject({ id: 'overview', camera: { fit: [code] }, layouts: [planId] });
      expect(b.steps[0].region).toBeUndefined();
      expect(b.steps.at(-1)).toMatchObject({ id: 'sources', region: code, panel: 'sources' });
      for (const s of b.steps) expect(s.layouts).toEqual([planId]);
    });

    it('shows the goal targets as figure cards with the region’s targets panel open, each goal exactly once', () => {
      const targetSteps = b.steps.filter((s) => s.panel === 'targets');
      expect(targetSteps.length).toBeGreaterThan(0);
      for (const s of targetSteps) expect(s).toMatchObject({ region: code, camera: { fit: [code] } });
      const shown = targetSteps.flatMap((s) => s.figures ?? []);
      const goals = plan.targets.filter((t) => t.kind === 'goal' && !t.partOf).map((t) => `${planId}/${t.id}`);
      if (goals.length > 0) expect([...shown].sort()).toEqual([...goals].sort());
      else expect(shown.length).toBeGreaterThan(0);
    });

    it('has one step per tier present, listing that tier’s industries', () => {
      const tiers = [...new Set(plan.industries.flatMap((i) => (i.tier ? [i.tier.level] : [])))];
      const tierSteps = b.steps.filter((s) => s.id.startsWith('industries-') && s.id !== 'industries-by-role');
      expect(tierSteps.map((s) => s.id.replace('industries-', '')).sort()).toEqual([...tiers].sort());
      for (const s of tierSteps) {
        expect(s).toMatchObject({ region: code, panel: 'industries' });
        for (const i of plan.industries.filter((x) => x.tier?.level === s.id.replace('industries-', '')))
          expect(s.notes.en).toContain(i.name.en);
      }
    });

    it('selects every layout element that has member regions, framing exactly its members', () => {
      const steps = b.steps.filter((s) => s.element);
      const placed = plan.layout.filter((e) => e.members.length > 0);
      expect(steps.map((s) => s.element)).toEqual(placed.map((e) => `${planId}/${e.id}`));
      steps.forEach((s, k) => {
        const e = placed[k];
        expect(s.camera).toEqual({ fit: [...new Set(e.members.map((m) => m.code))] });
        expect(s.title.zh).toContain(e.name.zh);
        for (const m of e.members) expect(s.notes.en).toContain(regions.regions.get(m.code)!.name.en);
        if (e.members.some((m) => m.status === 'interpretation')) {
          expect(s.notes.en).toContain('interpretation');
          expect(s.notes.zh).toContain('解读');
        }
      });
    });
  });

  describe('the comparison', () => {
    const c = byId(COMPARISON_ID);
    const filterSteps = c.steps.filter((s): s is BriefingStep & { filter: string[] } => !!s.filter);
    const inAll = taxonomy.categories.map((t) => t.id).filter((id) => THREE.every((code) => lit([id]).get(code)?.strength === 2));

    it('frames the three regions in every step', () => {
      for (const s of c.steps) expect(s.camera).toEqual({ fit: THREE });
    });

    it('has one filter step per category planned in all three regions, which lights all three', () => {
      expect(inAll.length).toBeGreaterThan(0);
      expect(filterSteps.filter((s) => s.id.startsWith('all-')).map((s) => s.filter)).toEqual(inAll.map((id) => [id]));
      for (const id of inAll) for (const code of THREE) expect(lit([id]).has(code)).toBe(true);
    });

    it('says what the data shows about new energy: planned in Jilin and Hebei, not in Lishui', () => {
      expect(inAll).not.toContain('new-energy');
      const step = filterSteps.find((s) => s.filter.includes('new-energy'))!;
      expect(step.id).toBe('not-in-331100');
      // Lishui's source is a policy interpretation of its plan: the step says what that document does not name.
      expect(step.title.en).toContain('not named in the policy interpretation of Lishui’s plan');
      expect(step.title.zh).toContain('丽水市规划的政策解读中未提及');
      const lights = lit(step.filter);
      expect(lights.has('220000') && lights.has('130000')).toBe(true);
      expect([...lights.keys()].filter((code) => within(code, '331100'))).toEqual([]);
    });

    it('each “not in” step leaves the region it names dark', () => {
      for (const s of filterSteps.filter((x) => x.id.startsWith('not-in-'))) {
        const missing = s.id.replace('not-in-', '');
        expect([...lit(s.filter).keys()].filter((code) => within(code, missing))).toEqual([]);
      }
    });
  });

  it('writes titles and notes in both languages, Chinese ones in Chinese', () => {
    const all: Briefing['steps'] = briefings.flatMap((b) => b.steps);
    for (const s of all) {
      expect(s.notes.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(s.title.zh).toMatch(/[\u4e00-\u9fff]/);
      // English notes quote Chinese documents verbatim, but say nothing else in Chinese.
      expect(s.notes.en.replace(/«[^»]*»/g, '')).not.toMatch(/[\u4e00-\u9fff]{4,}/);
    }
  });

  it('quotes in the notes’ own language: the Chinese notes give the app’s Chinese translation marked 译文, the English the verbatim with its glosses', () => {
    const step = byId('hebei-manufacturing-14fyp').steps.find((x) => x.element === 'hebei-manufacturing-14fyp/hb-core-xiongan')!;
    expect(step.notes.zh).toContain('译文：«指雄安新区高端高新产业发展核»');
    expect(step.notes.zh).not.toContain(XIONGAN_QUOTE);
    expect(step.notes.zh).not.toContain('原文：');
    expect(step.notes.en).toContain(
      'Quote: «refers to the male Ann new [= Xiong’an New Area] high-end high-tech industry development core»',
    );
  });

  it('for document 001 the reverse: the Chinese notes quote the verbatim, the English ones the translation, marked', () => {
    const step = byId('jilin-industry-14fyp').steps.find((x) => x.figures?.includes('jilin-industry-14fyp/jind-t03'))!;
    expect(step.notes.zh).toContain(`（原文：«${JILIN_QUOTE}»）`);
    expect(step.notes.en).toContain(
      '«the gross output value of industry above designated size to reach 17000 hundred million yuan or more» (our translation)',
    );
    expect(step.notes.en).not.toContain(JILIN_QUOTE);
  });

  it('stops, naming the document and the file to fix, when a quote has no rendering', () => {
    const without: RenderingLookup = (doc, quote) => (quote === XIONGAN_QUOTE ? undefined : renderings(doc, quote));
    expect(() => buildBriefings({ ...input, renderings: without })).toThrow(
      `002_971907feb57351a0.txt: no rendering of «${XIONGAN_QUOTE}» into zh: add it to public/data/sources/renderings/002_971907feb57351a0.json`,
    );
  });
});
