import { describe, expect, it } from 'vitest';
import {
  countNoun,
  formatComparator,
  formatNumber,
  formatTargetShort,
  formatTargetText,
  formatValue,
  formatYear,
} from '../../../src/ui/formatValue';

describe('formatValue: money', () => {
  it('writes billion-yuan as 亿元 in Chinese (1 billion = 10亿元)', () => {
    expect(formatValue(1, 'billion-yuan', 'zh')).toBe('10亿元');
    expect(formatValue(73, 'billion-yuan', 'zh')).toBe('730亿元');
    expect(formatValue(100, 'billion-yuan', 'zh')).toBe('1,000亿元');
    expect(formatValue(250, 'billion-yuan', 'zh')).toBe('2,500亿元');
  });
  it('writes trillions as 万亿元 / trillion yuan', () => {
    expect(formatValue(1.7, 'trillion-yuan', 'zh')).toBe('1.7万亿元');
    expect(formatValue(1.7, 'trillion-yuan', 'en')).toBe('1.7 trillion yuan');
    expect(formatValue(17000, '100m-yuan', 'zh')).toBe('1.7万亿元');
    expect(formatValue(17000, '100m-yuan', 'en')).toBe('1.7 trillion yuan');
    expect(formatValue(1000, 'billion-yuan', 'en')).toBe('1 trillion yuan');
  });
  it('converts 100m-yuan to billion yuan in English (× 0.1)', () => {
    expect(formatValue(730, '100m-yuan', 'en')).toBe('73 billion yuan');
    expect(formatValue(5, '100m-yuan', 'en')).toBe('500 million yuan');
    expect(formatValue(3, '100m-yuan', 'zh')).toBe('3亿元');
    expect(formatValue(73, 'billion-yuan', 'en')).toBe('73 billion yuan');
  });
  it('writes small sums in 万元 / yuan', () => {
    expect(formatValue(5, '10k-yuan', 'zh')).toBe('5万元');
    expect(formatValue(500, 'yuan', 'zh')).toBe('500元');
    expect(formatValue(500, 'yuan', 'en')).toBe('500 yuan');
  });
  it('has no floating-point noise', () => {
    expect(formatValue(0.3, 'billion-yuan', 'zh')).toBe('3亿元');
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.3');
  });
});

describe('formatValue: other units', () => {
  it('per-mu intensity', () => {
    expect(formatValue(300000, 'yuan-per-mu', 'zh')).toBe('30万元/亩');
    expect(formatValue(300000, 'yuan-per-mu', 'en')).toBe('300,000 yuan per mu');
    expect(formatValue(1.5, 'million-yuan-per-mu', 'zh')).toBe('150万元/亩');
    expect(formatValue(1.5, 'million-yuan-per-mu', 'en')).toBe('1.5 million yuan per mu');
  });
  it('percent and percentage points', () => {
    expect(formatValue(18.7, 'percent', 'zh')).toBe('18.7%');
    expect(formatValue(18.7, 'percent', 'en')).toBe('18.7%');
    expect(formatValue(1, 'percentage-point', 'zh')).toBe('1个百分点');
    expect(formatValue(1, 'percentage-point', 'en')).toBe('1 percentage point');
    expect(formatValue(2, 'percentage-point', 'en')).toBe('2 percentage points');
  });
  it('counts with measure words and nouns', () => {
    expect(formatValue(1000, 'count', 'zh', 'enterprise')).toBe('1,000家');
    expect(formatValue(1000, 'count', 'en', 'enterprise')).toBe('1,000 enterprises');
    expect(formatValue(15, 'count', 'zh', 'industrial-chain')).toBe('15条');
    expect(formatValue(1, 'count', 'en', 'industry')).toBe('1 industry');
    expect(formatValue(162, 'count', 'zh', 'cluster')).toBe('162个');
    expect(formatValue(15, 'count', 'zh', 'indicator')).toBe('15项');
    expect(formatValue(7, 'count', 'zh')).toBe('7个');
    expect(formatValue(7, 'count', 'en')).toBe('7');
    expect(countNoun('centre', 'en')).toBe('centres');
    // The count word comes from the thing counted, as the documents write it.
    expect(formatValue(500, 'count', 'zh', 'centre')).toBe('500家');
    expect(formatValue(6, 'count', 'zh', 'chapter')).toBe('6章');
    expect(formatValue(6, 'count', 'en', 'chapter')).toBe('6 chapters');
    expect(formatValue(5, 'count', 'zh', 'aspect')).toBe('5个方面');
    expect(formatValue(6, 'count', 'zh', 'item')).toBe('6个');
    expect(formatValue(6, 'count', 'en', 'strategy')).toBe('6 strategies');
    expect(countNoun('enterprise', 'zh')).toBe('企业');
  });
  it('multiples', () => {
    expect(formatValue(2, 'multiple', 'zh')).toBe('2倍');
    expect(formatValue(2, 'multiple', 'en')).toBe('2 times');
  });
});

describe('comparators, years, targets', () => {
  it('comparator symbols and words', () => {
    expect(formatComparator('at-least', 'zh', 'symbol')).toBe('≥');
    expect(formatComparator('more-than', 'zh', 'symbol')).toBe('>');
    expect(formatComparator('about', 'zh', 'symbol')).toBe('约');
    expect(formatComparator('reach', 'zh', 'symbol')).toBe('');
    expect(formatComparator('at-least', 'en')).toBe('at least');
    expect(formatComparator('more-than', 'en')).toBe('more than');
    expect(formatComparator('reach', 'en')).toBe('reach');
    expect(formatComparator('about', 'en')).toBe('about');
    expect(formatComparator('more-than', 'zh')).toBe('超过');
  });
  it('years', () => {
    expect(formatYear(2025, 'zh')).toBe('2025年');
    expect(formatYear(2025, 'en')).toBe('by 2025');
  });
  it('short and sentence forms', () => {
    const t = { value: 73, unit: 'billion-yuan', comparator: 'more-than', year: 2026 } as const;
    expect(formatTargetShort(t, 'zh')).toBe('>730亿元 · 2026年');
    expect(formatTargetShort(t, 'en')).toBe('> 73 billion yuan · by 2026');
    expect(formatTargetText(t, 'zh')).toBe('到2026年超过730亿元');
    expect(formatTargetText(t, 'en')).toBe('more than 73 billion yuan by 2026');
    const s = { value: 18.7, unit: 'percent', comparator: 'reach', year: 2025 } as const;
    expect(formatTargetShort(s, 'zh')).toBe('18.7% · 2025年');
    expect(formatTargetText(s, 'en')).toBe('reach 18.7% by 2025');
    const n = { value: 100, unit: 'count', comparator: 'about', year: null, countOf: 'development-zone' } as const;
    expect(formatTargetShort(n, 'zh')).toBe('约100个');
    expect(formatTargetText(n, 'en')).toBe('about 100 development zones');
  });
});
