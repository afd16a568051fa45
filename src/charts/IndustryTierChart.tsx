import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import type { Bilingual, Taxonomy } from '../data/planSchema';
import { TIERS } from '../data/planVocabulary';
import { useT } from '../ui/useT';
import type { TierGroup, TierKey } from './shapeIndustries';
import { IndustryChip } from './IndustryChip';
import { ChartFrame } from './ChartFrame';
import { chartMotion } from './motion';

interface Props {
  groups: TierGroup[];
  taxonomy: Taxonomy | undefined;
  planTitle: Bilingual;
  title: string;
}

/** Number of industries per tier, stacked by taxonomy category, plus the named list. */
export function IndustryTierChart({ groups, taxonomy, planTitle, title }: Props) {
  const { lang, t } = useT();
  const tierName = (tier: TierKey) => (tier === 'untiered' ? t('plans.tier.untiered') : TIERS[tier][lang]);
  const categories = [...new Set(groups.flatMap((g) => g.industries.map((i) => i.category)))];
  const data = groups.map((g) => {
    const row: Record<string, string | number> = { tier: tierName(g.tier) };
    for (const c of categories) row[c] = g.industries.filter((i) => i.category === c).length;
    return row;
  });
  const catName = (id: string) => taxonomy?.categories.find((c) => c.id === id)?.name[lang] ?? id;
  return (
    <ChartFrame
      title={title}
      chart={
        <BarChart
          accessibilityLayer={false}
          layout="vertical"
          width={340}
          height={groups.length * 36 + 40}
          data={data}
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        >
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 14, fill: '#1b1b1b' }} />
          <YAxis type="category" dataKey="tier" width={150} interval={0} tick={{ fontSize: 14, fill: '#1b1b1b' }} />
          {categories.map((c) => (
            <Bar
              key={c}
              dataKey={c}
              name={catName(c)}
              stackId="tier"
              fill={taxonomy?.categories.find((x) => x.id === c)?.color ?? '#999'}
              {...chartMotion}
            />
          ))}
        </BarChart>
      }
      columns={[{ header: t('plans.col.tier') }, { header: t('plans.col.count'), numeric: true }, { header: t('plans.col.industries') }]}
      rows={groups.map((g) => ({
        key: g.tier,
        cells: [
          tierName(g.tier),
          String(g.industries.length),
          g.industries.map((i) => i.industry.name[lang]).join(lang === 'zh' ? '、' : '; '),
        ],
      }))}
      footer={groups.map((g) => (
        <div key={g.tier}>
          <h5>
            {tierName(g.tier)} ({g.industries.length})
          </h5>
          <ul className="industry-list">
            {g.industries.map((s) => (
              <li key={s.industry.id}>
                <IndustryChip
                  shaped={s}
                  taxonomy={taxonomy}
                  planTitle={planTitle}
                  source={g.tier === 'untiered' ? s.industry.source : (s.industry.tier?.source ?? s.industry.source)}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
    />
  );
}
