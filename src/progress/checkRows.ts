/**
 * Rows of a filled progress table (from .xlsx or CSV) → observations, or every problem found, each
 * naming file, sheet, row and column. Pure; runs in the worker and in node. Rows without an actual
 * value are the template's empty rows and are skipped. Nothing is half-accepted: one problem and the
 * file is refused as a whole.
 */
import { UNITS, type UnitId } from '../data/planVocabulary';
import { PACK_LIMITS } from '../packs/validatePack';
import { convert, observation, yearRange, type Observation, type TargetRef } from './observation';
import { COLUMNS, REQUIRED, columnLetter, columnOfHeader, type ColumnKey } from './table';

export type Cell = string | number | boolean | Date | null;

/** One sheet (null for CSV) as rows of cells; the first row is the header. */
export interface Grid {
  sheet: string | null;
  rows: Cell[][];
}

export const FIGURE_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxRows: 20_000,
  maxCellLength: 1_000,
  maxProblems: PACK_LIMITS.maxProblems,
};

/** A problem as a message key and its values, so it can be said in either language. */
export interface FigureProblem {
  key: string;
  file: string;
  sheet?: string | null;
  row?: number;
  column?: string;
  vars?: Record<string, string>;
}

export type FiguresResult =
  { ok: true; observations: Observation[]; skipped: number } | { ok: false; problems: FigureProblem[]; more: number };

class ProblemList {
  readonly list: FigureProblem[] = [];
  more = 0;
  add(p: FigureProblem) {
    if (this.list.length < FIGURE_LIMITS.maxProblems) this.list.push(p);
    else this.more++;
  }
}

const text = (c: Cell): string => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim());

function toNumber(c: Cell): number | null {
  if (typeof c === 'number') return Number.isFinite(c) ? c : null;
  const t = text(c).replace(/,/g, '');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : null;
}

function toDate(c: Cell): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text(c));
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

export function checkRows(file: string, grid: Grid, targets: readonly TargetRef[]): FiguresResult {
  const problems = new ProblemList();
  const where = { file, sheet: grid.sheet };
  const [header = [], ...body] = grid.rows;
  if (body.length > FIGURE_LIMITS.maxRows)
    return {
      ok: false,
      problems: [{ key: 'tooManyRows', ...where, vars: { rows: String(body.length), max: String(FIGURE_LIMITS.maxRows) } }],
      more: 0,
    };

  const columns = new Map<ColumnKey, number>();
  header.forEach((cell, i) => {
    const name = text(cell);
    if (!name) return;
    const key = columnOfHeader(name);
    if (!key) problems.add({ key: 'unknownColumn', ...where, row: 1, column: columnLetter(i), vars: { value: name.slice(0, 80) } });
    else if (columns.has(key)) problems.add({ key: 'repeatedColumn', ...where, row: 1, column: columnLetter(i), vars: { value: key } });
    else columns.set(key, i);
  });
  for (const key of REQUIRED) if (!columns.has(key)) problems.add({ key: 'missingColumn', ...where, row: 1, vars: { value: key } });
  if (problems.list.length) return { ok: false, problems: problems.list, more: problems.more };

  const byId = new Map(targets.map((t) => [`${t.planId}\u0000${t.targetId}`, t]));
  const plans = new Set(targets.map((t) => t.planId));
  const seen = new Map<string, number>();
  const observations: Observation[] = [];
  let skipped = 0;

  body.forEach((cells, i) => {
    const row = i + 2;
    const cell = (key: ColumnKey) => cells[columns.get(key) ?? -1] ?? null;
    const at = (key: ColumnKey) => ({ ...where, row, column: columnLetter(columns.get(key) ?? 0) });
    const before = problems.list.length + problems.more;
    if (text(cell('actual_value')) === '') {
      skipped++;
      return;
    }
    for (const c of COLUMNS)
      if (columns.has(c.key) && text(cell(c.key)).length > FIGURE_LIMITS.maxCellLength)
        problems.add({ key: 'tooLong', ...at(c.key), vars: { max: String(FIGURE_LIMITS.maxCellLength) } });

    const planId = text(cell('plan_id'));
    const targetId = text(cell('target_id'));
    const target = byId.get(`${planId}\u0000${targetId}`);
    if (!plans.has(planId)) problems.add({ key: 'unknownPlan', ...at('plan_id'), vars: { value: planId.slice(0, 80) } });
    else if (!target) problems.add({ key: 'unknownTarget', ...at('target_id'), vars: { value: targetId.slice(0, 80), plan: planId } });

    const regionCode = text(cell('region_code'));
    if (target && regionCode !== target.regionCode)
      problems.add({ key: 'wrongRegion', ...at('region_code'), vars: { value: regionCode.slice(0, 20), expected: target.regionCode } });

    const year = toNumber(cell('year'));
    if (year === null || !Number.isInteger(year))
      problems.add({ key: 'notYear', ...at('year'), vars: { value: text(cell('year')).slice(0, 40) } });
    else if (target) {
      const [from, to] = yearRange(target);
      if (year < from || year > to)
        problems.add({ key: 'yearOutside', ...at('year'), vars: { value: String(year), from: String(from), to: String(to) } });
    }

    const value = toNumber(cell('actual_value'));
    if (value === null) problems.add({ key: 'notNumber', ...at('actual_value'), vars: { value: text(cell('actual_value')).slice(0, 40) } });

    const unit = text(cell('unit'));
    if (!(unit in UNITS)) problems.add({ key: 'unknownUnit', ...at('unit'), vars: { value: unit.slice(0, 40) } });
    else if (target && convert(1, unit as UnitId, target.unit) === null)
      problems.add({ key: 'wrongUnit', ...at('unit'), vars: { value: unit, expected: target.unit } });

    const source = text(cell('source'));
    if (!source) problems.add({ key: 'sourceNeeded', ...at('source') });
    const dataDate = toDate(cell('data_date'));
    if (!dataDate) problems.add({ key: 'notDate', ...at('data_date'), vars: { value: text(cell('data_date')).slice(0, 40) } });

    if (problems.list.length + problems.more > before) return;
    const key = [planId, targetId, regionCode, year, dataDate].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      problems.add({ key: 'duplicate', ...at('year'), vars: { first: String(first) } });
      return;
    }
    seen.set(key, row);
    const parsed = observation.safeParse({
      planId,
      targetId,
      regionCode,
      year,
      value,
      unit,
      source,
      dataDate,
      responsibleUnit: text(cell('responsible_unit')) || undefined,
      note: text(cell('note')) || undefined,
    });
    if (parsed.success) observations.push(parsed.data);
    else problems.add({ key: 'invalidRow', ...where, row, vars: { value: parsed.error.issues.map((x) => x.path.join('.')).join(', ') } });
  });
  if (problems.list.length) return { ok: false, problems: problems.list, more: problems.more };
  if (observations.length === 0) return { ok: false, problems: [{ key: 'noFigures', ...where }], more: 0 };
  return { ok: true, observations, skipped };
}
