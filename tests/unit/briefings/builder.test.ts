/**
 * The builder's pure parts: a step from the view on screen, reordering, duplicating, deleting
 * with undo, one-language texts, and the check messages said in both languages (step and field).
 */
import { describe, expect, it } from 'vitest';
import { stepFromView, withView, type CapturedView } from '../../../src/briefings/stepFromView';
import { addStep, briefingFile, duplicateStep, moveStep, newBriefing, removeStep, restoreStep } from '../../../src/briefings/briefingDraft';
import { shownText, withOneLanguageMarks } from '../../../src/briefings/oneLanguage';
import { explainProblem } from '../../../src/briefings/problemText';
import { validateBriefingFile } from '../../../src/packs/validatePack';
import { validateBriefing } from '../../../src/briefings/validateBriefing';
import { parseView } from '../../../src/state/url';
import type { Briefing, BriefingStep } from '../../../src/briefings/briefingSchema';
import { plans, regions, taxonomy } from '../realData';

const PLAN_IDS = plans.map((p) => p.id);
const HEBEI = 'hebei-manufacturing-14fyp';
const texts = { title: { zh: '雄安', en: '' }, notes: { zh: '', en: 'Point at the star.' }, figures: [] };

/** The view a link holds, as the builder captures it (plus scope and panel section). */
const captured = (search: string, hash = '', scope: string | null = null, panel: CapturedView['panel'] = null): CapturedView => ({
  view: parseView(search, hash).view,
  scope,
  panel,
});

const step = (id: string): BriefingStep => ({ id, title: { zh: id, en: id }, notes: { zh: '', en: 'n' } });
const draft = (...ids: string[]): Briefing => ids.reduce((b, id) => addStep(b, step(id)), newBriefing([], { zh: '我的', en: '' }));

describe('a step from the view on screen', () => {
  it('takes camera, layouts shown, filter, open element, scope, panel section and theme', () => {
    const s = stepFromView(
      'step-1',
      captured(
        `?element=${HEBEI}/hb-core-xiongan&filter=new-energy,biomedicine&hide=jilin-clusters-2013&theme=dark`,
        '#7.2/38.9/115.5',
        '130000',
        'layout',
      ),
      PLAN_IDS,
      texts,
    );
    expect(s).toMatchObject({
      id: 'step-1',
      camera: { center: [115.5, 38.9], zoom: 7.2 },
      layouts: PLAN_IDS.filter((id) => id !== 'jilin-clusters-2013'),
      filter: ['biomedicine', 'new-energy'],
      element: `${HEBEI}/hb-core-xiongan`,
      scope: '130000',
      panel: 'layout',
      theme: 'dark',
    });
    expect(s.region).toBeUndefined();
  });

  it('leaves out what is the default, and frames the scope when the renderer keeps no camera in the link', () => {
    const s = stepFromView('a', captured('?region=130600', '', '130000', 'overview'), PLAN_IDS, texts);
    expect(s).toEqual({ id: 'a', title: texts.title, notes: texts.notes, camera: { fit: ['130000'] }, region: '130600', scope: '130000' });
  });

  it("keeps an open element's plan drawn even when its layouts are hidden on screen", () => {
    const s = stepFromView('a', captured(`?element=${HEBEI}/hb-core-xiongan&hide=${HEBEI}`), PLAN_IDS, texts);
    expect(s.layouts).toBeUndefined();
    expect(
      validateBriefing('b.json', { ...draft(), plans: [HEBEI], steps: [s] }, { plans, regionCodes: new Set(regions.regions.keys()) }).ok,
    ).toBe(true);
  });

  it('replaces only the view of a step, keeping its texts and cards', () => {
    const before = { ...step('x'), region: '130600', figures: [`${HEBEI}/hb-t01`] };
    const after = withView(before, captured('?region=220100'), PLAN_IDS);
    expect(after).toMatchObject({ id: 'x', title: before.title, figures: before.figures, region: '220100' });
  });
});

describe('editing a briefing', () => {
  it('moves a step up and down, clamped to the list', () => {
    const b = draft('a', 'b', 'c');
    expect(moveStep(b, 2, 0).steps.map((s) => s.id)).toEqual(['c', 'a', 'b']);
    expect(moveStep(b, 0, 1).steps.map((s) => s.id)).toEqual(['b', 'a', 'c']);
    expect(moveStep(b, 0, 9).steps.map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(moveStep(b, 0, -1)).toBe(b);
  });

  it('duplicates a step right after it with an id of its own', () => {
    const b = duplicateStep(draft('a', 'b'), 0);
    expect(b.steps.map((s) => s.id)).toEqual(['a', 'a-copy', 'b']);
    expect(duplicateStep(b, 0).steps.map((s) => s.id)).toEqual(['a', 'a-copy-2', 'a-copy', 'b']);
  });

  it('deletes a step and puts it back where it was on undo', () => {
    const b = draft('a', 'b', 'c');
    const { briefing, removed } = removeStep(b, 1);
    expect(briefing.steps.map((s) => s.id)).toEqual(['a', 'c']);
    expect(restoreStep(briefing, removed!).steps).toEqual(b.steps);
  });

  it('gives a new briefing an id not taken, and its file the plans its steps name', () => {
    expect(newBriefing(['my-briefing', 'my-briefing-2'], { zh: 'x', en: '' }).id).toBe('my-briefing-3');
    const b = addStep(draft('a'), { ...step('b'), element: `${HEBEI}/hb-core-xiongan` });
    expect(briefingFile(b, PLAN_IDS).plans).toEqual([HEBEI]);
    expect(briefingFile(draft('a'), PLAN_IDS).plans).toEqual(PLAN_IDS);
  });
});

describe('one-language texts', () => {
  it('shows the other language with a mark', () => {
    expect(shownText({ zh: '', en: 'Only English' }, 'zh')).toBe('（仅有英文）Only English');
    expect(shownText({ zh: '只有中文', en: ' ' }, 'en')).toBe('(Chinese only) 只有中文');
    expect(shownText({ zh: '中', en: 'En' }, 'en')).toBe('En');
    const marked = withOneLanguageMarks({ ...draft('a'), steps: [{ ...step('a'), notes: { zh: '', en: 'n' } }] });
    expect(marked.steps[0].notes.zh).toBe('（仅有英文）n');
  });
});

describe('a broken briefing file', () => {
  const options = { builtInPlans: plans, taxonomyIds: taxonomy.categories.map((c) => c.id), briefingIds: [HEBEI] };
  const codes = [...regions.regions.keys()];
  const file = (b: unknown) => JSON.stringify(b);

  it('is refused with messages naming the step and field, in both languages', () => {
    const good = briefingFile(addStep(draft('a'), { ...step('core'), region: '130600' }), PLAN_IDS);
    const bad = {
      ...good,
      steps: [
        good.steps[0],
        { ...good.steps[1], element: `${HEBEI}/hb-nowhere`, region: undefined, figures: ['x/1', 'x/2', 'x/3', 'x/4', 'x/5'] },
      ],
    };
    const result = validateBriefingFile(file(bad), 'mine.json', codes, options);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((p) => explainProblem(p, bad));
    const figures = problems.find((p) => p.field === 'figures')!;
    expect(figures.text.en).toBe('Step 2 ("core"), field figures: Too big: expected array to have <=4 items');
    expect(figures.text.zh).toBe('第 2 步（"core"），字段 figures：最多 4 项');
    expect(figures.raw).toBe('mine.json: steps[1].figures: Too big: expected array to have <=4 items');
  });

  it('says which reference is unknown, with the same message as check-pack', () => {
    const bad = briefingFile({ ...draft('a'), steps: [{ ...step('a'), element: `${HEBEI}/hb-nowhere` }] }, PLAN_IDS);
    const result = validateBriefingFile(file(bad), 'mine.json', codes, options);
    expect(result.ok ? [] : result.problems).toEqual([`mine.json: steps[0].element: unknown layout element "${HEBEI}/hb-nowhere"`]);
    const p = explainProblem(result.ok ? '' : result.problems[0], bad);
    expect(p.text.zh).toBe(`第 1 步（"a"），字段 element：未知的布局要素 "${HEBEI}/hb-nowhere"`);
  });

  it('names no step for a file that is not JSON, or reuses a shipped id', () => {
    const notJson = validateBriefingFile('{ "version": 1,', 'x.json', codes, options);
    const p = explainProblem(notJson.ok ? '' : notJson.problems[0]);
    expect(p.step).toBeNull();
    expect(p.text.zh).toMatch(/^不是有效的 JSON/);
    const shipped = validateBriefingFile(file(briefingFile({ ...draft('a'), id: HEBEI }, PLAN_IDS)), 'x.json', codes, options);
    expect(shipped.ok ? [] : shipped.problems).toEqual([`x.json: id: briefing id "${HEBEI}" is already shipped; expected a new id`]);
  });

  it('accepts a good file', () => {
    const good = briefingFile(draft('a', 'b'), PLAN_IDS);
    expect(validateBriefingFile(file(good), 'x.json', codes, options)).toEqual({ ok: true, briefing: good });
  });
});
