/**
 * The figures behind a panel, or behind the whole filtered selection, as flat rows for a CSV:
 * one row per figure (a plan's target, its baseline and yearly rate, each year of a derived
 * path) or, for a layout element, per member. Pure; gathers a region's plans the way the
 * panel does (regionCoverage) and derives paths with the panel's own derivePath.
 */
import type { Plan, PlanIndex, Source, SourceStatus, Target } from '../data/planSchema';
import { COMPARATORS, UNITS, textIn } from '../data/planVocabulary';
import type { RegionData } from '../data/regions';
import type { RenderingLookup } from '../data/quoteRendering';
import type { Lang } from '../i18n/strings';
import { matchFilter } from '../filter/matchFilter';
import { isEarlierPlan, regionCoverage } from '../plans/shapeCoverage';
import { derivePath } from '../charts/shapeTargets';
import { toCsv, type CsvValue } from './csv';
import type { Observation } from '../progress/observation';

export type RowKind = 'target' | 'baseline' | 'rate' | 'derived' | 'element' | 'member' | 'actual';

export interface FigureRow {
  kind: RowKind;
  /** what the figure is, e.g. "Output of strategic emerging industries" */
  label: string;
  value: number | null;
  unit: string;
  comparator: string;
  year: number | null;
  regionCode: string;
  regionName: string;
  planId: string;
  plan: string;
  /** a plan fact's source status, or `user` for an actual figure the user supplied */
  status: SourceStatus | 'user';
  quote: string;
  /** the app's own translation of the quote into the document's other language (empty when there is none) */
  rendering: string;
  doc: string;
  /** formula of a derived figure, reason of an interpretation */
  note: string;
}

export interface PlanData {
  index: PlanIndex;
  plans: Plan[];
}

/** The CSV's columns, in order; headers come from the string table (export.col.*). */
export const COLUMNS = [
  'kind',
  'label',
  'value',
  'unit',
  'comparator',
  'year',
  'regionCode',
  'regionName',
  'plan',
  'status',
  'quote',
  'rendering',
  'doc',
  'note',
] as const satisfies readonly (keyof FigureRow)[];
export type Column = (typeof COLUMNS)[number];

export const rowValues = (row: FigureRow): CsvValue[] => COLUMNS.map((c) => row[c]);

function regionName(regions: RegionData, code: string, lang: Lang): string {
  return (regions.regions.get(code) ?? regions.context.get(code))?.name[lang] ?? '';
}

/** No renderings known: the rendering column stays empty. */
const noRenderings: RenderingLookup = () => undefined;

function sourceFields(s: Source, lang: Lang, renderings: RenderingLookup) {
  const note = s.formula ?? s.reason;
  return {
    status: s.status,
    quote: s.quote,
    rendering: renderings(s.doc, s.quote)?.text ?? '',
    doc: s.doc,
    note: note ? textIn(note, lang) : '',
  };
}

/** Every figure of one target: itself, its baseline and rate when stated, its derived path. */
export function targetRows(
  target: Target,
  plan: Plan,
  regions: RegionData,
  lang: Lang,
  renderings: RenderingLookup = noRenderings,
): FigureRow[] {
  const common = {
    regionCode: target.regionCode,
    regionName: regionName(regions, target.regionCode, lang),
    planId: plan.id,
    plan: plan.title[lang],
  };
  const label = target.label[lang];
  const rows: FigureRow[] = [
    {
      kind: 'target',
      label,
      value: target.value,
      unit: UNITS[target.unit][lang],
      comparator: COMPARATORS[target.comparator][lang],
      year: target.year,
      ...common,
      ...sourceFields(target.source, lang, renderings),
      // A target's own note (e.g. how a figure is to be read) is worth keeping beside it.
      note: sourceFields(target.source, lang, renderings).note || (target.note ? textIn(target.note, lang) : ''),
    },
  ];
  const b = target.baseline;
  if (b)
    rows.push({
      kind: 'baseline',
      label,
      value: b.value,
      unit: UNITS[b.unit][lang],
      comparator: '',
      year: b.year,
      ...common,
      ...sourceFields(b.source, lang, renderings),
    });
  const r = target.rate;
  if (r)
    rows.push({
      kind: 'rate',
      label,
      value: r.value,
      unit: `${UNITS[r.unit][lang]}/${lang === 'zh' ? '年' : 'year'}`,
      comparator: '',
      year: null,
      ...common,
      ...sourceFields(r.source, lang, renderings),
    });
  const path = derivePath(target, plan.period);
  for (const p of path?.points ?? []) {
    if (p.stated) continue; // the stated anchor is already a row (the baseline or the target)
    rows.push({
      kind: 'derived',
      label,
      value: p.value,
      unit: UNITS[target.unit][lang],
      comparator: '',
      year: p.year,
      ...common,
      ...sourceFields(path!.source, lang, renderings),
    });
  }
  return rows;
}

/** Every figure of the plans that cover a region (its own, or an ancestor's), current plans first. */
export function regionRows(
  code: string,
  data: PlanData,
  regions: RegionData,
  lang: Lang,
  renderings: RenderingLookup = noRenderings,
): FigureRow[] {
  const coverage = regionCoverage(data.index, regions, code);
  const byId = new Map(data.plans.map((p) => [p.id, p]));
  const covering = coverage.covering
    .map((c) => byId.get(c.planId))
    .filter((p): p is Plan => !!p)
    .sort((a, b) => Number(isEarlierPlan(a.period)) - Number(isEarlierPlan(b.period)));
  return covering.flatMap((plan) => plan.targets.flatMap((t) => targetRows(t, plan, regions, lang, renderings)));
}

/**
 * A layout element: the element itself (its quote), each member with its status, and the
 * plan's figures for the element's industries.
 */
export function elementRows(
  planId: string,
  elementId: string,
  data: PlanData,
  regions: RegionData,
  lang: Lang,
  renderings: RenderingLookup = noRenderings,
): FigureRow[] {
  const plan = data.plans.find((p) => p.id === planId);
  const element = plan?.layout.find((e) => e.id === elementId);
  if (!plan || !element) return [];
  const common = { value: null, unit: '', comparator: '', year: null, planId: plan.id, plan: plan.title[lang] };
  const name = element.name[lang];
  const rows: FigureRow[] = [
    { kind: 'element', label: name, regionCode: '', regionName: '', ...common, ...sourceFields(element.source, lang, renderings) },
    ...element.members.map((m) => ({
      kind: 'member' as const,
      label: name,
      regionCode: m.code,
      regionName: regionName(regions, m.code, lang),
      ...common,
      ...sourceFields(m.source, lang, renderings),
      status: m.status,
      note: m.reason ? textIn(m.reason, lang) : sourceFields(m.source, lang, renderings).note,
    })),
  ];
  const industries = new Set(element.industries);
  for (const t of plan.targets) {
    if (t.industries?.some((id) => industries.has(id))) rows.push(...targetRows(t, plan, regions, lang, renderings));
  }
  return rows;
}

/**
 * Everything relevant to the regions the industry filter lights up: the figures of every plan
 * covering a matched region, once each. A figure tied to particular industries is kept only
 * when one of them is of a selected kind; plan-wide figures are kept. With no filter, every
 * figure of every plan.
 */
export function selectionRows(
  filter: readonly string[],
  data: PlanData,
  regions: RegionData,
  lang: Lang,
  renderings: RenderingLookup = noRenderings,
): FigureRow[] {
  if (filter.length === 0) {
    const ordered = [...data.plans].sort((a, b) => Number(isEarlierPlan(a.period)) - Number(isEarlierPlan(b.period)));
    return ordered.flatMap((plan) => plan.targets.flatMap((t) => targetRows(t, plan, regions, lang, renderings)));
  }
  const wanted = new Set(filter);
  const match = matchFilter(filter, data.index, data.plans, regions);
  const planIds = new Set<string>();
  for (const code of match.regions.keys()) for (const c of regionCoverage(data.index, regions, code).covering) planIds.add(c.planId);
  const rows: FigureRow[] = [];
  const plans = data.plans
    .filter((p) => planIds.has(p.id))
    .sort((a, b) => Number(isEarlierPlan(a.period)) - Number(isEarlierPlan(b.period)));
  for (const plan of plans) {
    const kinds = new Map(plan.industries.map((i) => [i.id, i.taxonomy]));
    for (const t of plan.targets) {
      const relevant = !t.industries?.length || t.industries.some((id) => (kinds.get(id) ?? []).some((k) => wanted.has(k)));
      if (relevant) rows.push(...targetRows(t, plan, regions, lang, renderings));
    }
  }
  return rows;
}

/** The rows as a CSV file's text, headers and kinds in the current language. */
export function figuresCsv(rows: readonly FigureRow[], t: (key: `export.col.${Column}` | `export.kind.${RowKind}`) => string): string {
  return toCsv(
    COLUMNS.map((c) => t(`export.col.${c}`)),
    rows.map((r) => rowValues({ ...r, kind: t(`export.kind.${r.kind}`) as RowKind })),
  );
}

/**
 * The user's actual figures for the plans among `rows`, one row each, after them: marked `user`, with their
 * own source, data date and responsible unit in the note column (never in the quote column of plan facts).
 */
export function actualRows(
  rows: readonly FigureRow[],
  observations: readonly Observation[],
  all: PlanData,
  regions: RegionData,
  lang: Lang,
  describe: (o: Observation) => string,
): FigureRow[] {
  const planIds = new Set(rows.map((r) => r.planId));
  return observations
    .filter((o) => planIds.has(o.planId))
    .flatMap((o) => {
      const plan = all.plans.find((p) => p.id === o.planId);
      const target = plan?.targets.find((t) => t.id === o.targetId);
      if (!plan || !target) return [];
      return [
        {
          kind: 'actual' as const,
          label: target.label[lang],
          value: o.value,
          unit: UNITS[o.unit][lang],
          comparator: '',
          year: o.year,
          regionCode: o.regionCode,
          regionName: regionName(regions, o.regionCode, lang),
          planId: plan.id,
          plan: plan.title[lang],
          status: 'user' as const,
          quote: '',
          rendering: '',
          doc: '',
          note: describe(o),
        },
      ];
    });
}
