import type { Bilingual, Plan, Taxonomy } from '../data/planSchema';
import { textIn } from '../data/planVocabulary';
import { useT } from '../ui/useT';
import { categoryColor, type ClusterStructure } from './shapeIndustries';
import { SourceNote } from '../sources/SourceNote';
import { OpenSourceButton } from '../sources/SourceLinks';
import { formatNumber, formatTargetShort, formatValue } from '../ui/formatValue';
import { ChartFrame } from './ChartFrame';
import { HBarChart } from './HBarChart';

interface Props {
  structure: ClusterStructure;
  plan: Plan;
  taxonomy: Taxonomy | undefined;
}

/** A total broken down by size and by industry, each with its sum against the stated total. */
export function ClusterChart({ structure, plan, taxonomy }: Props) {
  const { lang, t } = useT();
  const planTitle: Bilingual = plan.title;
  const { total } = structure;
  const industryColor = (id: string | undefined) => {
    const ind = plan.industries.find((i) => i.id === id);
    return ind ? categoryColor(taxonomy, ind.taxonomy[0]) : undefined;
  };
  return (
    <div className="cluster-structure">
      <p data-target={total.id}>
        {total.label[lang]}: <strong>{t('plans.cluster.total', { total: formatTargetShort(total, lang) })}</strong>{' '}
        <SourceNote source={total.source} planTitle={planTitle} label={total.label[lang]} />
      </p>
      {structure.breakdowns.map((b) => {
        const mismatch = b.sum !== total.value;
        const rows = b.parts.map((p) => ({
          key: p.id,
          label: p.label[lang],
          valueText: formatValue(p.value, p.unit, lang, p.countOf),
          value: p.value,
          color: b.by === 'industry' ? industryColor(p.partOf?.industry) : '#0b5cad',
        }));
        return (
          <ChartFrame
            key={b.by}
            title={
              <>
                {b.by === 'size' ? t('plans.cluster.bySize') : t('plans.cluster.byIndustry')} —{' '}
                {t('plans.cluster.sum', { sum: formatNumber(b.sum, lang), total: formatNumber(total.value, lang) })}
                {mismatch && <span className="mismatch"> ⚠ {t('plans.cluster.mismatch')}</span>}
              </>
            }
            chart={<HBarChart rows={rows} unit={lang === 'zh' ? '个' : 'clusters'} wrap={lang === 'zh' ? 11 : 22} integer />}
            columns={[{ header: t('plans.col.part') }, { header: t('plans.col.value'), numeric: true }, { header: t('plans.col.source') }]}
            rows={[
              ...b.parts.map((p) => ({
                key: p.id,
                cells: [
                  p.label[lang],
                  formatValue(p.value, p.unit, lang, p.countOf),
                  <>
                    <SourceNote source={p.source} planTitle={planTitle} label={p.label[lang]} />
                    <OpenSourceButton file={p.source.doc} quote={p.source.quote} label={p.label[lang]} short />
                  </>,
                ],
              })),
              {
                key: 'sum',
                cells: [
                  <strong>{t('plans.cluster.sum', { sum: formatNumber(b.sum, lang), total: formatNumber(total.value, lang) })}</strong>,
                  formatNumber(b.sum, lang),
                  '',
                ],
              },
            ]}
            footer={
              <ul className="figure-list">
                {b.parts.map((p) => (
                  <li key={p.id} data-target={p.id}>
                    <span>{p.label[lang]}:</span> <strong>{formatValue(p.value, p.unit, lang, p.countOf)}</strong>
                    <SourceNote source={p.source} planTitle={planTitle} label={p.label[lang]} />
                  </li>
                ))}
              </ul>
            }
          />
        );
      })}
      {structure.discrepancies.map((d) => (
        <div key={d.id} className="discrepancy" role="note">
          <strong>{t('plans.discrepancy')}</strong>
          <p>{textIn(d.what, lang)}</p>
          <ul>
            {d.figures.map((f, i) => (
              <li key={i}>
                <span>{textIn(f.label, lang)}</span>: <strong>{formatNumber(f.value, lang)}</strong>{' '}
                <SourceNote source={f.source} planTitle={planTitle} label={textIn(f.label, lang)} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
