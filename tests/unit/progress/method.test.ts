import { describe, expect, it } from 'vitest';
import {
  assess,
  growthRatio,
  latestPerYear,
  meets,
  schedulePercent,
  worstStatus,
  type StatusId,
  type YearFigure,
} from '../../../src/progress/method';

const fig = (year: number, value: number, dataDate = `${year + 1}-03-01`): YearFigure => ({ year, value, dataDate });
// A 2021–2025 plan: base year 2020, target year 2025, assessed in 2023 (schedule 60 %).
const base = { baseYear: 2020, asOfYear: 2026, method: 'schedule' as const };

describe('time-proportional schedule', () => {
  it('puts 0 % at the base year and 100 % at the target year, in equal steps', () => {
    expect([2020, 2021, 2022, 2023, 2024, 2025].map((y) => schedulePercent(2020, 2025, y))).toEqual([0, 20, 40, 60, 80, 100]);
    expect(schedulePercent(2020, 2025, 2027)).toBe(100);
  });

  it('is on track, behind (10–30 points) or far behind (> 30 points) by the points behind schedule', () => {
    const target = { value: 200, comparator: 'at-least' as const, year: 2025 };
    // 2023: schedule 60 % of the way from 100 to 200 = 160.
    const at = (v: number) => assess({ ...base, target, figures: [fig(2020, 100), fig(2023, v)] });
    expect(at(160)).toMatchObject({ status: 'on-track', scheduleValue: 160, gapPoints: 0 });
    expect(at(151).status).toBe('on-track'); // 9 points behind
    expect(at(150).status).toBe('behind'); // 10 points
    expect(at(130).status).toBe('behind'); // 30 points
    expect(at(129).status).toBe('far-behind'); // 31 points
    expect(at(90).status).toBe('far-behind'); // below the baseline
  });

  it('takes configured thresholds', () => {
    const target = { value: 200, comparator: 'at-least' as const, year: 2025 };
    const r = assess({
      ...base,
      target,
      figures: [fig(2020, 100), fig(2023, 150)],
      thresholds: { yellow: 5, red: 8, onTrackRatio: 0.95, accelerationRatio: 0.6 },
    });
    expect(r.status).toBe('far-behind');
  });
});

describe('comparators', () => {
  it('reads "at most" and a "reach" below the baseline as reduction targets', () => {
    const atMost = { value: 0.5, comparator: 'at-most' as const, year: 2025 };
    // energy use per unit from 1.0 to 0.5: in 2023 the schedule expects 0.7.
    expect(assess({ ...base, target: atMost, figures: [fig(2020, 1), fig(2023, 0.7)] }).status).toBe('on-track');
    expect(assess({ ...base, target: atMost, figures: [fig(2020, 1), fig(2023, 0.9)] }).status).toBe('far-behind');
    expect(assess({ ...base, target: atMost, figures: [fig(2020, 1), fig(2023, 0.5)] }).status).toBe('achieved');
    const reach = { value: 0.5, comparator: 'reach' as const, year: 2025 };
    expect(assess({ ...base, target: reach, figures: [fig(2020, 1), fig(2023, 0.45)] }).status).toBe('achieved');
    expect(assess({ ...base, target: reach, figures: [fig(2020, 1), fig(2023, 0.8)] }).status).toBe('behind');
  });

  it('needs strictly more for "more than", the value itself for "at least"', () => {
    expect(meets({ value: 70, comparator: 'more-than', year: 2026 }, 70, 60)).toBe(false);
    expect(meets({ value: 70, comparator: 'more-than', year: 2026 }, 70.1, 60)).toBe(true);
    expect(meets({ value: 70, comparator: 'at-least', year: 2026 }, 70, 60)).toBe(true);
  });

  it('treats counts and shares alike: a share in percent gains points of the way', () => {
    const share = { value: 35.4, comparator: 'reach' as const, year: 2017 };
    const r = assess({ target: share, figures: [fig(2012, 30), fig(2015, 33.24)], baseYear: 2012, asOfYear: 2017, method: 'schedule' });
    expect(r.status).toBe('on-track');
    expect(r.progressPct).toBeCloseTo(60);
    const count = { value: 1000, comparator: 'reach' as const, year: 2025 };
    expect(assess({ ...base, target: count, figures: [fig(2020, 600), fig(2022, 700)] }).status).toBe('behind'); // 25 % of the way at 40 %
  });
});

describe('what cannot be assessed is said, never guessed', () => {
  const target = { value: 200, comparator: 'at-least' as const, year: 2025 };

  it('asks for a baseline when there is none', () => {
    expect(assess({ ...base, target, figures: [fig(2023, 150)] })).toMatchObject({ status: 'cannot-assess', reason: 'baseline-needed' });
    expect(assess({ ...base, target, figures: [] })).toMatchObject({ status: 'cannot-assess', reason: 'baseline-needed' });
  });

  it('calls a target already met achieved, even without a baseline', () => {
    expect(assess({ ...base, target, figures: [fig(2022, 205)] }).status).toBe('achieved');
  });

  it('leaves out figures for years after the assessment year', () => {
    const r = assess({ ...base, asOfYear: 2023, target, figures: [fig(2020, 100), fig(2023, 160), fig(2024, 100)] });
    expect(r).toMatchObject({ status: 'on-track', latest: { year: 2023 } });
    expect(assess({ ...base, asOfYear: 2022, target, figures: [fig(2020, 100), fig(2024, 250)] })).toMatchObject({
      status: 'cannot-assess',
      reason: 'no-actual',
    });
  });

  it('cannot assess a target without a number, nor (unless met) one without a year', () => {
    expect(
      assess({ ...base, target: { value: null, comparator: 'reach', year: 2025 }, figures: [fig(2020, 1), fig(2022, 2)] }).reason,
    ).toBe('no-target-value');
    expect(assess({ ...base, target: { ...target, year: null }, figures: [fig(2020, 100), fig(2022, 120)] }).reason).toBe('no-target-year');
  });
});

describe('several figures for one year', () => {
  it('keeps the one with the latest data date (a later bulletin revises an earlier one), whatever their order', () => {
    const early = fig(2023, 120, '2024-02-01');
    const revised = fig(2023, 165, '2024-06-30');
    expect(latestPerYear([revised, early])).toEqual([revised]);
    expect(latestPerYear([early, revised])).toEqual([revised]);
    const target = { value: 200, comparator: 'at-least' as const, year: 2025 };
    expect(assess({ ...base, target, figures: [fig(2020, 100), revised, early] }).status).toBe('on-track');
  });
});

describe('growth-ratio method (Statistics Canada / Open SDG)', () => {
  const target = { value: 200, comparator: 'at-least' as const, year: 2025 };
  const g = (v: number) => assess({ ...base, method: 'growth', target, figures: [fig(2020, 100), fig(2023, v)] });

  it('compares the observed compound growth rate with the needed one', () => {
    const needed = Math.pow(2, 1 / 5) - 1;
    const onPace = 100 * Math.pow(1 + needed, 3);
    expect(growthRatio(fig(2020, 100), fig(2023, onPace), 200, 2025)).toBeCloseTo(1);
    expect(g(onPace).status).toBe('on-track');
    expect(g(130).status).toBe('acceleration-needed'); // ratio about 0.62
    expect(g(110).status).toBe('limited');
    expect(g(95).status).toBe('deterioration');
  });

  it('reads a reduction target the same way (both rates negative)', () => {
    const cut = { value: 50, comparator: 'at-most' as const, year: 2025 };
    expect(assess({ ...base, method: 'growth', target: cut, figures: [fig(2020, 100), fig(2023, 66)] }).status).toBe('on-track');
    expect(assess({ ...base, method: 'growth', target: cut, figures: [fig(2020, 100), fig(2023, 104)] }).status).toBe('deterioration');
  });

  it('cannot assess values that are not positive', () => {
    const r = assess({ ...base, method: 'growth', target, figures: [fig(2020, 0), fig(2023, 50)] });
    expect(r).toMatchObject({ status: 'cannot-assess', reason: 'growth-needs-positive' });
  });
});

describe("a region's status", () => {
  it('is its worst assessed target', () => {
    expect(worstStatus(['achieved', 'behind', 'on-track'])).toBe('behind');
    expect(worstStatus(['achieved', 'cannot-assess'])).toBe('achieved');
    expect(worstStatus(['cannot-assess'])).toBe('cannot-assess');
    expect(worstStatus([])).toBeNull();
  });
});

describe('sorting by status', () => {
  it('puts the worst first, keeps the given order within a status, and the regions without figures last', async () => {
    const { sortByStatus } = await import('../../../src/progress/sortByStatus');
    const status: Record<string, StatusId> = { a: 'on-track', b: 'far-behind', d: 'behind', e: 'on-track' };
    expect(sortByStatus(['a', 'b', 'c', 'd', 'e'], (x) => status[x])).toEqual(['b', 'd', 'a', 'e', 'c']);
  });
});
