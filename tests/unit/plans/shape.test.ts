import { describe, expect, it } from 'vitest';
import { regionCoverage, ancestry, isEarlierPlan } from '../../../src/plans/shapeCoverage';
import { derivePath, shapePlanTargets, shapeTargetCharts, splitByMagnitude } from '../../../src/charts/shapeTargets';
import { clusterStructures, industriesByRole, industriesByTier, matchingIndustries } from '../../../src/charts/shapeIndustries';
import { axisScale } from '../../../src/charts/TargetBarChart';
import { formatTargetShort } from '../../../src/ui/formatValue';
import { textWidthEm, wrapParts, wrapText } from '../../../src/charts/wrapText';
import { index, plan, regions, taxonomy } from './planFixtures';

describe('coverage', () => {
  it('a Jilin county gets the Jilin provincial plans, marked as not its own', () => {
    expect(ancestry(regions, '220112')).toEqual(['220112', '220100', '220000']);
    const c = regionCoverage(index, regions, '220112');
    expect(c.covering.map((p) => p.planId).sort()).toEqual(['jilin-clusters-2013', 'jilin-industry-14fyp', 'jilin-sei-2022']);
    expect(c.covering.every((p) => !p.own && p.viaCode === '220000' && p.viaLevel === 'province')).toBe(true);
    expect(c.appearances).toEqual([]);
  });
  it('Changchun is covered through the province and appears in layout elements itself', () => {
    const c = regionCoverage(index, regions, '220100');
    expect(c.covering.every((p) => p.viaCode === '220000')).toBe(true);
    const els = c.appearances.find((a) => a.planId === 'jilin-clusters-2013')!.elements;
    expect(els).toContain('j13-core-changchun');
  });
  it('a Lishui county gets the Lishui city plan, marked city-level', () => {
    const c = regionCoverage(index, regions, '331181');
    expect(c.covering).toEqual([{ planId: 'lishui-clusters-2022', viaCode: '331100', own: false, viaLevel: 'prefecture' }]);
    expect(c.appearances).toEqual([{ planId: 'lishui-clusters-2022', elements: [], industries: ['ls-c-auto-ac-parts'] }]);
  });
  it('Lishui city and Jilin province are covered by their own plans', () => {
    expect(regionCoverage(index, regions, '331100').covering[0]).toMatchObject({ own: true, viaCode: '331100' });
    expect(regionCoverage(index, regions, '220000').covering).toHaveLength(3);
  });
  it('2013–2017 is the earlier plan', () => {
    expect(isEarlierPlan(plan('jilin-clusters-2013').period)).toBe(true);
    expect(isEarlierPlan(plan('lishui-clusters-2022').period)).toBe(false);
  });
});

describe('target charts', () => {
  it('Lishui money targets go in one chart in yuan, shown in 亿元 / billion yuan', () => {
    const charts = shapeTargetCharts(plan('lishui-clusters-2022').targets);
    const money = charts.find((c) => c.key === 'money')!;
    expect(money.bars.map((b) => b.target.id)).toEqual(['ls-t01', 'ls-t05']);
    expect(money.bars.map((b) => b.base)).toEqual([73e9, 250e9]);
    const zh = axisScale('money', 'zh');
    const en = axisScale('money', 'en');
    expect(money.bars.map((b) => b.base / zh.divisor)).toEqual([730, 2500]);
    expect(money.bars.map((b) => b.base / en.divisor)).toEqual([73, 250]);
    expect(formatTargetShort(money.bars[1].target, 'zh')).toBe('>2,500亿元 · 2026年');
    expect(formatTargetShort(money.bars[1].target, 'en')).toBe('> 250 billion yuan · by 2026');
  });
  it('Lishui shares, intensity, multiples and counts are separate charts; structure counts are not goals', () => {
    const shaped = shapePlanTargets(plan('lishui-clusters-2022'));
    expect(shaped.charts.map((c) => c.key)).toEqual([
      'money',
      'intensity',
      'share',
      'count:industry',
      'count:industrial-chain',
      'multiple',
    ]);
    expect(shaped.charts.find((c) => c.key === 'share')!.bars.map((b) => b.target.value)).toEqual([70]);
    expect(shaped.charts.find((c) => c.key === 'count:industry')!.bars.map((b) => b.target.value)).toEqual([1, 3]);
    expect(shaped.structure.map((t) => t.id)).toEqual(['ls-t10', 'ls-t11', 'ls-t12', 'ls-t13', 'ls-t14', 'ls-t15', 'ls-t16']);
    expect(shaped.charts.flatMap((c) => c.bars).every((b) => b.target.kind === 'goal')).toBe(true);
  });
  it('Jilin 2021 counts are split by what they count and by magnitude; a lone figure is a chart of one (shown as a card)', () => {
    const charts = shapeTargetCharts(plan('jilin-industry-14fyp').targets);
    // 18,000 enterprises would flatten 1,000 and 100 on one axis: they get their own.
    expect(charts.find((c) => c.key === 'count:enterprise')!.bars.map((b) => b.target.value)).toEqual([18000]);
    expect(charts.find((c) => c.key === 'count:enterprise:2')!.bars.map((b) => b.target.value)).toEqual([1000, 100]);
    expect(charts.find((c) => c.key === 'count:centre')!.bars.map((b) => b.target.id)).toEqual(['jind-t05']);
    expect(charts.find((c) => c.key === 'count:base')!.bars.map((b) => b.target.id)).toEqual(['jind-t06']);
    // Every chart counts one thing; the axis unit is its count word, the same as in its values.
    expect(charts.filter((c) => c.group === 'count').every((c) => c.countOf && c.bars.every((b) => b.target.countOf === c.countOf))).toBe(
      true,
    );
    expect(axisScale('count', 'zh', 'enterprise').unit).toBe('家');
    expect(axisScale('count', 'en', 'enterprise').unit).toBe('enterprises');
    expect(charts.find((c) => c.key === 'money')!.bars[0].base).toBe(1.7e12);
  });
  it('splits bars more than ten times apart into charts of one magnitude each', () => {
    const bars = [1000, 100, 18000, 5, 9].map((base) => ({ base }));
    expect(splitByMagnitude(bars).map((c) => c.map((b) => b.base))).toEqual([[18000], [1000, 100], [5, 9]]);
    expect(splitByMagnitude([{ base: 73 }, { base: 250 }]).map((c) => c.map((b) => b.base))).toEqual([[73, 250]]);
  });
  it('names intensity on the axis in the words of its values', () => {
    expect(axisScale('intensity', 'en')).toEqual({ unit: 'yuan per mu', divisor: 1 });
    expect(axisScale('intensity', 'zh')).toEqual({ unit: '万元/亩', divisor: 1e4 });
  });
  it('Jilin 2013 cluster parts stay out of the goal charts', () => {
    const charts = shapeTargetCharts(plan('jilin-clusters-2013').targets);
    const ids = charts.flatMap((c) => c.bars.map((b) => b.target.id));
    expect(ids).toContain('j13-t-total');
    expect(ids.some((id) => id.startsWith('j13-t-size') || id.startsWith('j13-t-ind'))).toBe(false);
  });
  it('Hebei has only plan-structure counts', () => {
    const shaped = shapePlanTargets(plan('hebei-manufacturing-14fyp'));
    expect(shaped.charts).toEqual([]);
    expect(shaped.structure).toHaveLength(12);
  });
});

describe('derived path', () => {
  it('Jilin SEI share 18.7% by 2025 at +1 point a year: 14.7 … 18.7, labelled derived', () => {
    const p = plan('jilin-sei-2022');
    const path = derivePath(
      p.targets.find((t) => t.id === 'jsei-t03')!,
      p.period,
    )!;
    expect(path.points.map((x) => x.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(path.points.map((x) => x.value)).toEqual([14.7, 15.7, 16.7, 17.7, 18.7]);
    expect(path.points.map((x) => x.stated)).toEqual([false, false, false, false, true]);
    expect(path.source.status).toBe('derived');
    expect(path.source.formula).toBe('18.7 − 1 × (2025 − year)');
    expect(shapePlanTargets(p).paths).toHaveLength(1);
  });
  it('is skipped without a rate', () => {
    const p = plan('lishui-clusters-2022');
    expect(
      derivePath(
        p.targets.find((t) => t.id === 'ls-t06')!,
        p.period,
      ),
    ).toBeNull();
    expect(shapePlanTargets(plan('jilin-clusters-2013')).paths).toEqual([]);
  });
});

describe('industries', () => {
  it('Jilin 2021 by tier: one trillion-level, six 100-billion, one 50-billion, coloured by taxonomy', () => {
    const tiers = industriesByTier(plan('jilin-industry-14fyp'), taxonomy);
    expect(tiers.map((g) => [g.tier, g.industries.length])).toEqual([
      ['trillion', 1],
      ['100-billion', 6],
      ['50-billion', 1],
      ['untiered', 2],
    ]);
    expect(tiers[0].industries[0].industry.id).toBe('jind-auto');
    expect(tiers[0].industries[0].color).toBe('#d62728');
  });
  it('Lishui characteristic industries are 10-billion-level (interpretation)', () => {
    const tiers = industriesByTier(plan('lishui-clusters-2022'), taxonomy);
    const ten = tiers.find((g) => g.tier === '10-billion')!;
    expect(ten.industries).toHaveLength(16);
    expect(ten.industries.every((s) => s.industry.tier!.source.status === 'interpretation')).toBe(true);
  });
  it('by role, with filter matches', () => {
    const roles = industriesByRole(plan('hebei-manufacturing-14fyp'), taxonomy, ['equipment']);
    expect(roles.map((r) => r.role)).toEqual(['traditional-advantage', 'strategic-emerging', 'high-potential', 'future']);
    const equipment = roles[0].industries.find((s) => s.industry.id === 'hb-equipment')!;
    expect(equipment.matches).toEqual(['equipment']);
    expect(matchingIndustries(plan('hebei-manufacturing-14fyp'), ['equipment']).map((i) => i.id)).toEqual([
      'hb-equipment',
      'hb-emergency',
      'hb-rehab-equipment',
    ]);
    expect(matchingIndustries(plan('hebei-manufacturing-14fyp'), [])).toEqual([]);
  });
});

describe('cluster structure', () => {
  it('Jilin 2013: 162 stated, 162 by size, 160 by industry, with the discrepancy', () => {
    const [s] = clusterStructures(plan('jilin-clusters-2013'));
    expect(s.total.value).toBe(162);
    expect(s.breakdowns.map((b) => [b.by, b.parts.length, b.sum])).toEqual([
      ['size', 4, 162],
      ['industry', 13, 160],
    ]);
    expect(s.discrepancies.map((d) => d.id)).toEqual(['j13-d1']);
    expect(s.discrepancies[0].figures.map((f) => f.value)).toEqual([162, 160, 162]);
  });
  it('plans without parts have none', () => {
    expect(clusterStructures(plan('lishui-clusters-2022'))).toEqual([]);
  });
});

describe('wrapText', () => {
  it('wraps English at spaces and Chinese anywhere', () => {
    expect(wrapText('Added value of industry above designated size', 20)).toEqual(['Added value of', 'industry above', 'designated size']);
    expect(wrapText('五大主导产业集群总产值', 5)).toEqual(['五大主导产', '业集群总产', '值']);
    expect(wrapText('a b c d e f g h', 1, 2)).toEqual(['a', '…']);
    expect(wrapText('Hundred-billion-yuan-level strategic emerging industries', 22)).toEqual([
      'Hundred-billion-yuan-',
      'level strategic',
      'emerging industries',
    ]);
    expect(wrapText('an Abcdefghijklmnopqrstuvwxyz', 10)).toEqual(['an', 'Abcdefghij', 'klmnopqrst', 'uvwxyz']);
  });
});

describe('wrapParts', () => {
  it('measures Chinese characters as one em and others as about 0.65', () => {
    expect(textWidthEm('亿元')).toBe(2);
    expect(textWidthEm('by 2026')).toBeCloseTo(4.55);
  });

  it('keeps a bar value on one line when it fits, and splits it at the dot when it does not', () => {
    expect(wrapParts(['> 250 billion yuan', 'by 2026'], 12)).toEqual(['> 250 billion yuan', 'by 2026']);
    expect(wrapParts(['≥ 30%', '2025'], 12)).toEqual(['≥ 30% · 2025']);
    expect(wrapParts(['>2,500亿元', '2026年'], 12)).toEqual(['>2,500亿元 · 2026年']);
    expect(wrapParts(['一个很长很长很长很长很长的数值'], 12)).toEqual(['一个很长很长很长很长很长', '的数值']);
    expect(wrapParts(['> 300,000 yuan per mu', 'by 2026'], 12)).toEqual(['> 300,000 yuan per', 'mu', 'by 2026']);
  });
});
