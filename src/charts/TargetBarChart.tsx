import type { Bilingual } from '../data/planSchema';
import { COUNTS } from '../data/planVocabulary';
import type { Lang } from '../i18n/strings';
import { useT } from '../ui/useT';
import type { TargetChart } from './shapeTargets';
import { SourceNote } from '../sources/SourceNote';
import { OpenSourceButton } from '../sources/SourceLinks';
import { countNoun, formatComparator, formatTargetShort, formatValue, formatYear } from '../ui/formatValue';
import { ChartFrame } from './ChartFrame';
import { HBarChart } from './HBarChart';
import { TargetFigure } from './TargetFigure';

/** Axis unit and divisor from the group's base unit, per language; a count's unit is its count word (家, 条, 个 …). */
export function axisScale(group: TargetChart['group'], lang: Lang, countOf?: TargetChart['countOf']): { unit: string; divisor: number } {
  switch (group) {
    case 'money':
      return lang === 'zh' ? { unit: '亿元', divisor: 1e8 } : { unit: 'billion yuan', divisor: 1e9 };
    case 'intensity':
      // The same words as the values (formatYuanPerMu): 30万元/亩, 300,000 yuan per mu.
      return lang === 'zh' ? { unit: '万元/亩', divisor: 1e4 } : { unit: 'yuan per mu', divisor: 1 };
    case 'share':
      return { unit: '%', divisor: 1 };
    case 'multiple':
      return { unit: lang === 'zh' ? '倍' : 'times', divisor: 1 };
    case 'count':
      if (!countOf) return { unit: lang === 'zh' ? '数量' : 'count', divisor: 1 };
      return { unit: lang === 'zh' ? COUNTS[countOf].measure : COUNTS[countOf].en[1], divisor: 1 };
  }
}

interface Props {
  chart: TargetChart;
  planTitle: Bilingual;
}

/** One chart of comparable targets, with comparator, unit and year on every label; a lone target as a figure card. */
export function TargetBarChart({ chart, planTitle }: Props) {
  const { lang, t } = useT();
  if (chart.bars.length === 1) return <TargetFigure target={chart.bars[0].target} planTitle={planTitle} />;
  const { unit, divisor } = axisScale(chart.group, lang, chart.countOf);
  const title =
    chart.group === 'count'
      ? chart.countOf
        ? t('plans.chart.count', { what: countNoun(chart.countOf, lang) })
        : t('plans.chart.countMixed')
      : t(`plans.chart.${chart.group}`, { unit });
  const rows = chart.bars.map(({ target, base }) => ({
    key: target.id,
    label: target.label[lang],
    valueText: formatTargetShort(target, lang),
    value: Number((base / divisor).toPrecision(12)),
  }));
  return (
    <ChartFrame
      title={title}
      chart={<HBarChart rows={rows} unit={unit} wrap={lang === 'zh' ? 11 : 22} integer={chart.group === 'count'} />}
      columns={[
        { header: t('plans.col.target') },
        { header: t('plans.col.comparator') },
        { header: t('plans.col.value'), numeric: true },
        { header: t('plans.col.year') },
        { header: t('plans.col.source') },
      ]}
      rows={chart.bars.map(({ target }) => ({
        key: target.id,
        cells: [
          target.label[lang],
          formatComparator(target.comparator, lang),
          formatValue(target.value, target.unit, lang, target.countOf),
          target.year === null ? t('plans.noYear') : formatYear(target.year, lang),
          <>
            <SourceNote source={target.source} planTitle={planTitle} label={target.label[lang]} />
            <OpenSourceButton file={target.source.doc} quote={target.source.quote} label={target.label[lang]} short />
          </>,
        ],
      }))}
      footer={
        <ul className="figure-list">
          {chart.bars.map(({ target }) => (
            <li key={target.id} data-target={target.id}>
              <span>{target.label[lang]}:</span> <strong>{formatTargetShort(target, lang)}</strong>
              <SourceNote source={target.source} planTitle={planTitle} label={target.label[lang]} />
            </li>
          ))}
        </ul>
      }
    />
  );
}
