/**
 * How far along a target is: the progress method, pure (README, "Tracking progress").
 *
 * Two methods, both from published practice:
 * - `schedule` (时序进度 / 序时进度): the share of the way from baseline to target that the latest actual
 *   has covered, against the share of the plan's time that has passed. Behind by less than `yellow`
 *   percentage points = on track; `yellow` to `red` points = behind; more than `red` = far behind.
 *   Defaults 10 and 30 (Yinchuan development and reform commission, 2025).
 * - `growth` (Statistics Canada / Open SDG progress methodology): R = the observed compound growth rate since
 *   the baseline ÷ the rate needed to reach the target by its year. On track at R ≥ 0.95, acceleration
 *   needed 0.6–0.95, limited progress 0–0.6, deterioration below 0.
 *
 * A target already met by its comparator is `achieved` (no baseline needed for that). Otherwise a status
 * needs a baseline (never guessed: "baseline needed"), a number to reach and a year to reach it by.
 */

/** The plans' comparators, plus `at-most` for reduction targets a template may declare. */
export type ProgressComparator = 'at-least' | 'more-than' | 'reach' | 'about' | 'at-most';

export type StatusId =
  'achieved' | 'on-track' | 'behind' | 'far-behind' | 'acceleration-needed' | 'limited' | 'deterioration' | 'cannot-assess';

/** Why a target cannot be assessed (each has a sentence in both languages). */
export type CannotAssess =
  'no-target-value' | 'no-target-year' | 'no-actual' | 'baseline-needed' | 'baseline-after-actual' | 'growth-needs-positive';

export type Method = 'schedule' | 'growth';

export interface Thresholds {
  /** schedule: points behind at which a target turns "behind" (yellow) */
  yellow: number;
  /** schedule: points behind beyond which it is "far behind" (red) */
  red: number;
  /** growth: ratios at or above which a target is on track / needs acceleration (below: limited, below 0: deterioration) */
  onTrackRatio: number;
  accelerationRatio: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { yellow: 10, red: 30, onTrackRatio: 0.95, accelerationRatio: 0.6 };

export interface TargetForProgress {
  /** null: the plan gives no number for it */
  value: number | null;
  comparator: ProgressComparator;
  /** the year to reach it by; null: the plan gives none */
  year: number | null;
}

/** One figure for a year, already in the target's unit. */
export interface YearFigure {
  year: number;
  value: number;
  /** ISO date the figure was published or taken (yyyy-mm-dd), decides between figures of one year */
  dataDate: string;
}

export interface Assessment {
  status: StatusId;
  reason?: CannotAssess;
  /** the figure the status rests on (the latest actual up to the assessment year) */
  latest?: YearFigure;
  baseline?: YearFigure;
  /** the expected value in the latest actual's year on a straight line from baseline to target */
  scheduleValue?: number;
  /** share of the way covered and of the time passed, in percent (schedule method) */
  progressPct?: number;
  schedulePct?: number;
  /** schedule % − progress %: points behind (negative = ahead) */
  gapPoints?: number;
  /** observed ÷ needed growth rate (growth method) */
  ratio?: number;
}

/** A reduction target: "at most", or a number to reach below the baseline. */
export function isDecrease(target: TargetForProgress, baseline: number | undefined): boolean {
  if (target.comparator === 'at-most') return true;
  if (target.comparator === 'reach' || target.comparator === 'about')
    return baseline !== undefined && target.value !== null && target.value < baseline;
  return false;
}

/** Whether a value meets the target as its comparator reads. */
export function meets(target: TargetForProgress, value: number, baseline: number | undefined): boolean {
  const goal = target.value;
  if (goal === null) return false;
  switch (target.comparator) {
    case 'more-than':
      return value > goal;
    case 'at-most':
      return value <= goal;
    case 'at-least':
      return value >= goal;
    case 'reach':
    case 'about':
      return isDecrease(target, baseline) ? value <= goal : value >= goal;
  }
}

/**
 * The figure that counts for each year: when a year has several, the one with the latest data date
 * (a later bulletin revises an earlier one); on equal dates the later one in the list.
 */
export function latestPerYear(figures: readonly YearFigure[]): YearFigure[] {
  const byYear = new Map<number, YearFigure>();
  for (const f of figures) {
    const held = byYear.get(f.year);
    if (!held || f.dataDate >= held.dataDate) byYear.set(f.year, f);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The schedule in percent of the way for a year: 0 at the base year, 100 at the target year. */
export function schedulePercent(baseYear: number, targetYear: number, year: number): number {
  if (targetYear <= baseYear) return 100;
  return Math.min(100, Math.max(0, ((year - baseYear) / (targetYear - baseYear)) * 100));
}

/** The value the schedule expects in `year`: a straight line from baseline to target. */
export function scheduleValue(baseline: number, baseYear: number, goal: number, targetYear: number, year: number): number {
  return baseline + ((goal - baseline) * schedulePercent(baseYear, targetYear, year)) / 100;
}

export interface AssessInput {
  target: TargetForProgress;
  /** figures of the target (baseline year included); those after `asOfYear` are left out */
  figures: readonly YearFigure[];
  /** the base year: the year before the plan period starts */
  baseYear: number;
  asOfYear: number;
  method: Method;
  thresholds?: Thresholds;
}

export function assess({ target, figures, baseYear, asOfYear, method, thresholds = DEFAULT_THRESHOLDS }: AssessInput): Assessment {
  const perYear = latestPerYear(figures.filter((f) => f.year <= asOfYear));
  const baseline = perYear.find((f) => f.year === baseYear);
  const actuals = perYear.filter((f) => f.year > baseYear);
  const latest = actuals.at(-1);
  const known = { latest, baseline };
  if (target.value === null) return { status: 'cannot-assess', reason: 'no-target-value', ...known };
  if (!latest) return { status: 'cannot-assess', reason: baseline ? 'no-actual' : 'baseline-needed', ...known };
  if (meets(target, latest.value, baseline?.value)) return { status: 'achieved', ...known };
  if (!baseline) return { status: 'cannot-assess', reason: 'baseline-needed', ...known };
  if (target.year === null) return { status: 'cannot-assess', reason: 'no-target-year', ...known };
  const goal = target.value;
  const expected = scheduleValue(baseline.value, baseYear, goal, target.year, latest.year);
  const schedulePct = schedulePercent(baseYear, target.year, latest.year);
  const way = goal - baseline.value;
  // A target equal to its baseline and not met (e.g. "more than" the baseline): no way covered yet.
  const progressPct = way === 0 ? 0 : ((latest.value - baseline.value) / way) * 100;
  const gapPoints = schedulePct - progressPct;
  const shared = { ...known, scheduleValue: expected, schedulePct, progressPct, gapPoints };
  if (method === 'schedule') {
    const status: StatusId = gapPoints < thresholds.yellow ? 'on-track' : gapPoints <= thresholds.red ? 'behind' : 'far-behind';
    return { status, ...shared };
  }
  const ratio = growthRatio(baseline, latest, goal, target.year);
  if (ratio === null) return { status: 'cannot-assess', reason: 'growth-needs-positive', ...shared };
  const status: StatusId =
    ratio >= thresholds.onTrackRatio
      ? 'on-track'
      : ratio >= thresholds.accelerationRatio
        ? 'acceleration-needed'
        : ratio >= 0
          ? 'limited'
          : 'deterioration';
  return { status, ratio, ...shared };
}

/**
 * Observed compound annual growth since the baseline ÷ the rate needed from the baseline to the target.
 * Both rates are negative for a reduction target, so the ratio reads the same way. Null when a value is
 * not positive (no compound rate) or no change is needed.
 */
export function growthRatio(baseline: YearFigure, latest: YearFigure, goal: number, targetYear: number): number | null {
  if (baseline.value <= 0 || latest.value <= 0 || goal <= 0) return null;
  const years = latest.year - baseline.year;
  const span = targetYear - baseline.year;
  if (years <= 0 || span <= 0) return null;
  const observed = Math.pow(latest.value / baseline.value, 1 / years) - 1;
  const needed = Math.pow(goal / baseline.value, 1 / span) - 1;
  if (needed === 0) return null;
  return observed / needed;
}

/** Worst first, for sorting regions and picking a region's colour. */
export const STATUS_ORDER: readonly StatusId[] = [
  'far-behind',
  'deterioration',
  'behind',
  'limited',
  'acceleration-needed',
  'on-track',
  'achieved',
  'cannot-assess',
];

/** The statuses a method can give, in legend order. */
export function statusesOf(method: Method): StatusId[] {
  return method === 'schedule'
    ? ['achieved', 'on-track', 'behind', 'far-behind', 'cannot-assess']
    : ['achieved', 'on-track', 'acceleration-needed', 'limited', 'deterioration', 'cannot-assess'];
}

/** A region's status: its worst assessed target; "cannot assess" only when nothing could be assessed. */
export function worstStatus(statuses: readonly StatusId[]): StatusId | null {
  if (statuses.length === 0) return null;
  return [...statuses].sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b))[0];
}

/** Symbols, so a status never rests on colour alone. */
export const STATUS_SYMBOL: Record<StatusId, string> = {
  achieved: '✔',
  'on-track': '●',
  behind: '▲',
  'far-behind': '✖',
  'acceleration-needed': '▲',
  limited: '◆',
  deterioration: '✖',
  'cannot-assess': '?',
};
