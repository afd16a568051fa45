import { describe, expect, it } from 'vitest';
import { index, plans, regions, taxonomy } from '../realData';
import { COLUMNS, elementRows, figuresCsv, regionRows, selectionRows } from '../../../src/export/rows';
import { BOM } from '../../../src/export/csv';
import { planDataExport, planDataJson } from '../../../src/export/planJson';
import { dataDates } from '../../../src/data/planLookups';
import { fileName, namePart } from '../../../src/ui/download';
import { translate, type StringKey } from '../../../src/i18n/strings';
import { indexDoc, renderingLookup } from '../../../src/data/quoteRendering';
import { fixtureRenderings, LISHUI_QUOTE, XIONGAN_QUOTE } from '../plans/renderingsFixture';

const data = { index, plans };
const total = (ids: string[]) => plans.filter((p) => ids.includes(p.id)).reduce((n, p) => n + p.targets.length, 0);

describe('rows of a region panel', () => {
  it('Lishui: every target of its own plan, with value, unit, comparator, year, region and verbatim quote', () => {
    const rows = regionRows('331100', data, regions, 'zh');
    const targets = rows.filter((r) => r.kind === 'target');
    expect(targets).toHaveLength(total(['lishui-clusters-2022']));
    const added = targets.find((r) => r.label === '规上工业增加值')!;
    expect(added).toMatchObject({
      value: 73,
      unit: '十亿元',
      comparator: '超过',
      year: 2026,
      regionCode: '331100',
      regionName: '丽水市',
      planId: 'lishui-clusters-2022',
      status: 'stated',
      doc: '003_65b563cfb7f1ad0a.txt',
    });
    expect(added.quote).toBe(plans.find((p) => p.id === 'lishui-clusters-2022')!.targets.find((t) => t.id === 'ls-t01')!.source.quote);
  });

  it('a Jilin county: the provincial plans, current ones first, the 2013 plan last', () => {
    const rows = regionRows('220112', data, regions, 'en');
    const targets = rows.filter((r) => r.kind === 'target');
    expect(targets).toHaveLength(total(['jilin-sei-2022', 'jilin-industry-14fyp', 'jilin-clusters-2013']));
    expect(new Set(targets.map((r) => r.regionCode))).toEqual(new Set(['220000']));
    expect(targets.at(-1)!.planId).toBe('jilin-clusters-2013');
    expect(targets[0].planId).not.toBe('jilin-clusters-2013');
  });

  it('a share with a yearly rate: its rate and its derived path, marked derived with the formula', () => {
    const rows = regionRows('220000', data, regions, 'en').filter((r) => r.label.startsWith('Share of strategic emerging industries'));
    const target = rows.find((r) => r.kind === 'target')!;
    expect(target).toMatchObject({ value: 18.7, unit: 'percent', comparator: 'reach', year: 2025, status: 'stated' });
    expect(rows.some((r) => r.kind === 'rate')).toBe(true);
    const derived = rows.filter((r) => r.kind === 'derived');
    expect(derived.length).toBeGreaterThan(0);
    for (const r of derived) {
      expect(r.status).toBe('derived');
      expect(r.note).not.toBe('');
      expect(r.year).toBeLessThan(2025);
    }
  });

  it('a region no plan covers has no rows', () => {
    expect(regionRows('130100', { index: { ...index, byRegion: {} }, plans }, regions, 'zh')).toEqual([]);
  });
});

describe('rows of a layout element panel', () => {
  it('the element, its members with their status, and the plan figures for its industries', () => {
    const plan = plans.find((p) => p.id === 'jilin-sei-2022')!;
    const element = plan.layout.find((e) => e.industries.length > 0 && e.members.length > 0)!;
    const rows = elementRows(plan.id, element.id, data, regions, 'en');
    expect(rows[0]).toMatchObject({ kind: 'element', label: element.name.en, quote: element.source.quote, value: null });
    const members = rows.filter((r) => r.kind === 'member');
    expect(members.map((r) => r.regionCode)).toEqual(element.members.map((m) => m.code));
    expect(members.map((r) => r.status)).toEqual(element.members.map((m) => m.status));
    const figures = rows.filter((r) => r.kind === 'target');
    const expected = plan.targets.filter((t) => t.industries?.some((i) => element.industries.includes(i)));
    expect(figures.map((r) => r.label)).toEqual(expected.map((t) => t.label.en));
  });

  it('an unknown element has no rows', () => {
    expect(elementRows('jilin-sei-2022', 'nope', data, regions, 'en')).toEqual([]);
  });
});

describe('rows of the filtered selection', () => {
  it('no filter: every target of every plan once', () => {
    const rows = selectionRows([], data, regions, 'zh');
    expect(rows.filter((r) => r.kind === 'target')).toHaveLength(plans.reduce((n, p) => n + p.targets.length, 0));
  });

  it('a filter keeps plan-wide figures and those of matching industries, once each', () => {
    const category = taxonomy.categories[0].id;
    const rows = selectionRows([category], data, regions, 'en').filter((r) => r.kind === 'target');
    const keys = rows.map((r) => `${r.planId}/${r.label}/${r.value}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of rows) {
      const plan = plans.find((p) => p.id === r.planId)!;
      const target = plan.targets.find((t) => t.label.en === r.label && t.value === r.value)!;
      const kinds = (target.industries ?? []).flatMap((id) => plan.industries.find((i) => i.id === id)?.taxonomy ?? []);
      expect(!target.industries?.length || kinds.includes(category)).toBe(true);
    }
    expect(rows.length).toBeLessThan(selectionRows([], data, regions, 'en').filter((r) => r.kind === 'target').length);
  });
});

describe('figures as CSV', () => {
  it('has the header in the current language and one line per row', () => {
    const rows = regionRows('331100', data, regions, 'zh');
    const text = figuresCsv(rows, (key) => translate('zh', key));
    expect(text.startsWith(BOM)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(COLUMNS.map((c) => translate('zh', `export.col.${c}` as StringKey)).join(','));
    // Quotes have no line breaks in this data, so records are lines.
    expect(lines.filter(Boolean)).toHaveLength(rows.length + 1);
    expect(lines[1].startsWith('目标,')).toBe(true);
    expect(text).toContain(',331100,丽水市,');
  });
});

describe('the app’s translation of each quote', () => {
  const renderings = renderingLookup(fixtureRenderings.map(indexDoc));

  it('is a column of its own right after the verbatim quote, headed as a translation', () => {
    expect(COLUMNS.indexOf('rendering')).toBe(COLUMNS.indexOf('quote') + 1);
    expect(translate('zh', 'export.col.rendering')).toMatch(/译文.*非原文/);
    expect(translate('en', 'export.col.rendering')).toMatch(/our translation/);
  });

  it('holds the rendering beside the untouched verbatim quote, and is empty where there is none', () => {
    const rows = regionRows('331100', data, regions, 'zh', renderings);
    const added = rows.find((r) => r.kind === 'target' && r.quote === LISHUI_QUOTE)!;
    expect(added).toMatchObject({ quote: LISHUI_QUOTE, rendering: '规上工业增加值将超过730亿元' });
    expect(rows.filter((r) => r.quote !== LISHUI_QUOTE).every((r) => r.rendering === '')).toBe(true);
    const element = elementRows('hebei-manufacturing-14fyp', 'hb-core-xiongan', data, regions, 'en', renderings);
    expect(element[0]).toMatchObject({ kind: 'element', quote: XIONGAN_QUOTE, rendering: '指雄安新区高端高新产业发展核' });
    expect(element.find((r) => r.kind === 'member')).toMatchObject({ regionCode: '133100', rendering: '指雄安新区高端高新产业发展核' });
    // Without renderings (as before they are loaded), the column is there and empty.
    expect(regionRows('331100', data, regions, 'zh').every((r) => r.rendering === '')).toBe(true);
    const csv = figuresCsv(rows, (key) => translate('zh', key));
    expect(csv).toContain(`,${LISHUI_QUOTE},规上工业增加值将超过730亿元,003_65b563cfb7f1ad0a.txt,`);
  });
});

describe('plan data JSON', () => {
  it('validates against the plan schema and keeps every plan', () => {
    const parsed = planDataExport.parse(JSON.parse(planDataJson({ index, taxonomy, plans }, '2026-01-02')));
    expect(parsed.plans.map((p) => p.id)).toEqual(plans.map((p) => p.id));
    expect(parsed.index.plans).toHaveLength(5);
  });

  it('gives the range of document dates', () => {
    expect(dataDates(plans)).toEqual({ from: '2013-05-28', to: '2022-10-12' });
  });
});

describe('file names', () => {
  it('are made of a prefix, a cleaned subject and the date', () => {
    const day = new Date(2026, 0, 2);
    expect(fileName('plan-map', '220100', 'png', day)).toBe('plan-map-220100-2026-01-02.png');
    expect(fileName('plan-map', '220100', 'png', day, '@2x')).toBe('plan-map-220100-2026-01-02@2x.png');
    expect(namePart('Targets: money / 亿元 "x"')).toBe('targets-money-亿元-x');
    expect(namePart('///')).toBe('export');
  });
});
