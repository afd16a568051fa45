/**
 * Every explanatory text of the shipped plans is written in both languages: reasons and formulas
 * of sources, reasons of members and industry groups, notes of targets, industries and layout
 * elements, discrepancy texts and figure labels, and the plan notes. A Chinese reader sees
 * Chinese (the text holds CJK characters), an English reader sees English (none). A data pack
 * may still give one plain string; the shipped data may not.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFiles, readJson, rel } from './loadData';
import { walkSources } from '../../src/data/validate';
import type { Plan } from '../../src/data/planSchema';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Every explanatory text of a plan, with where it sits. */
function textsOf(plan: Plan): { where: string; text: unknown }[] {
  const out: { where: string; text: unknown }[] = [];
  const add = (where: string, text: unknown) => {
    if (text !== undefined) out.push({ where, text });
  };
  walkSources(plan, (s, at) => {
    add(`${at}.reason`, s.reason);
    add(`${at}.formula`, s.formula);
  });
  const members = (where: string, list: Plan['layout'][number]['members'] | undefined) =>
    (list ?? []).forEach((m, k) => add(`${where}[${k}].reason`, m.reason));
  plan.targets.forEach((t, i) => add(`targets[${i}].note`, t.note));
  plan.industries.forEach((ind, i) => {
    add(`industries[${i}].note`, ind.note);
    ind.groups.forEach((g, k) => add(`industries[${i}].groups[${k}].reason`, g.reason));
    members(`industries[${i}].hostRegions`, ind.hostRegions);
  });
  plan.layout.forEach((e, i) => {
    add(`layout[${i}].note`, e.note);
    members(`layout[${i}].members`, e.members);
  });
  plan.discrepancies.forEach((d, i) => {
    add(`discrepancies[${i}].what`, d.what);
    add(`discrepancies[${i}].note`, d.note);
    d.figures.forEach((f, k) => add(`discrepancies[${i}].figures[${k}].label`, f.label));
  });
  plan.notes.forEach((n, i) => add(`notes[${i}]`, n));
  return out;
}

function problem(text: unknown): string | null {
  if (!text || typeof text !== 'object') return `not {zh, en}: ${JSON.stringify(text)}`;
  const { zh, en } = text as { zh?: unknown; en?: unknown };
  if (typeof zh !== 'string' || typeof en !== 'string') return `not {zh, en}: ${JSON.stringify(text)}`;
  if (!CJK.test(zh)) return `zh has no Chinese: ${zh}`;
  if (CJK.test(en)) return `en has Chinese characters: ${en}`;
  return null;
}

describe('explanatory texts of the shipped plans are bilingual', () => {
  for (const file of planFiles()) {
    it(path.basename(file), () => {
      const plan = readJson(file) as Plan;
      const texts = textsOf(plan);
      expect(texts.length, `${rel(file)} has explanatory texts`).toBeGreaterThan(0);
      const bad = texts.flatMap(({ where, text }) => {
        const p = problem(text);
        return p ? [`${where}: ${p}`] : [];
      });
      expect(bad).toEqual([]);
    });
  }

  it('the check tells a plain string, a Chinese-less zh and Chinese in en from a good pair', () => {
    expect(problem('An English note.')).toMatch(/not \{zh, en\}/);
    expect(problem({ zh: 'Counties not named.', en: 'Counties not named.' })).toMatch(/zh has no Chinese/);
    expect(problem({ zh: '“十四五”时期', en: '“十四五” = 2021–2025' })).toMatch(/en has Chinese/);
    expect(problem({ zh: '原文未列出县名。', en: 'Counties not named.' })).toBeNull();
  });
});
