import type { Plan, UnitGroup } from '../../data/planSchema';
import { formatValue } from '../../ui/formatValue';
import { COUNTS } from '../../data/planVocabulary';
import type { BriefingStep } from '../../briefings/briefingSchema';
import type { Text } from './input';
import { chunks, headlineTargets, targetRef } from './planData';
import { capital, cite, discrepancySentence, DOC_KIND, join, list, names, structureSentence, targetSentence, text, unique } from './text';

const GROUP_NAMES: Record<UnitGroup, Text> = {
  money: text('总量', 'totals'),
  share: text('比重', 'shares'),
  multiple: text('倍数', 'multiples'),
  intensity: text('亩均效益', 'yield per mu'),
  count: text('数量', 'counts'),
};
/** Headline order of the target steps: totals first, counts last. */
const GROUP_ORDER: UnitGroup[] = ['money', 'share', 'multiple', 'intensity', 'count'];

/** "目标体系：15项指标、4个方面（文中未给数值）" from the structure counts the text states about its targets. */
function statedStructureTitle(stated: Plan['targets']): Text {
  const zh = (t: Plan['targets'][number]) => {
    const c = t.countOf ? COUNTS[t.countOf] : null;
    const value = formatValue(t.value, t.unit, 'zh', t.countOf);
    return c && !('withNoun' in c) ? `${value}${c.zh}` : value;
  };
  return text(
    `目标体系：${stated.map(zh).join('、')}（文中未给数值）`,
    `Target system: ${stated.map((t) => formatValue(t.value, t.unit, 'en', t.countOf)).join(', ')} (no values in the text)`,
  );
}

export function targetSteps(plan: Plan, code: string): BriefingStep[] {
  const base = { region: code, panel: 'targets' as const, camera: { fit: [code] }, layouts: [plan.id] };
  const goals = headlineTargets(plan);
  const indicators = plan.targets.filter((t) => t.kind === 'structure' && t.countOf === 'indicator');
  const discrepanciesOf = (ids: string[]) => plan.discrepancies.filter((d) => d.refs.some((r) => ids.includes(r)));
  const intro = indicators.map((t) =>
    goals.length === 0
      ? structureSentence(t)
      : text(
          `${t.label.zh}：${t.value}（${cite(t.source, 'zh')}）；文中给出数值的目标有${goals.length}个。`,
          `${t.label.en}: ${t.value} — ${cite(t.source, 'en')}; the text gives values for ${goals.length} targets.`,
        ),
  );

  // A plan that states nothing about its targets gets no target step (it would be an empty slide).
  if (goals.length === 0 && indicators.length === 0) return [];
  if (goals.length === 0) {
    const shown = unique([
      ...indicators,
      ...plan.targets.filter((t) => discrepanciesOf(indicators.map((i) => i.id)).some((d) => d.refs.includes(t.id))),
    ]);
    return [
      {
        id: 'targets',
        // What the text does state: how many targets, in how many aspects (a title of "no values" read as an empty slide).
        title: statedStructureTitle(shown),
        notes: join([
          text(
            `${DOC_KIND[plan.docKind].zh}没有给出任何目标的数值，只说明了目标的结构。`,
            `${capital(DOC_KIND[plan.docKind].en)} gives no target values, only how the targets are organised.`,
          ),
          ...intro,
          ...shown.filter((t) => !indicators.includes(t)).map(structureSentence),
          ...discrepanciesOf(shown.map((t) => t.id)).map(discrepancySentence),
          text(
            '卡片上的是计数，不是目标值；不要据此推断目标水平。',
            'The cards are counts, not target values; do not read a target level into them.',
          ),
        ]),
        figures: shown.slice(0, 4).map((t) => targetRef(plan, t)),
        ...base,
      },
    ];
  }

  const ordered = GROUP_ORDER.flatMap((g) => goals.filter((t) => t.group === g));
  const steps: BriefingStep[] = chunks(ordered, 4).map((group, i) => {
    const years = unique(group.map((t) => t.year));
    const groups = names(unique(group.map((t) => t.group)).map((g) => GROUP_NAMES[g]));
    const yearText = years.every((y) => y !== null)
      ? text(`${years.join('、')}年目标`, `Targets for ${list(years.map(String), 'en')}`)
      : text('目标', 'Targets');
    const unnamedTiers = group.filter(
      (t) => t.countOf === 'industry' && !plan.industries.some((ind) => ind.tier && ind.tier.source.quote === t.source.quote),
    );
    return {
      id: `targets-${i + 1}`,
      title: text(`${yearText.zh}：${groups.zh}`, `${yearText.en}: ${groups.en}`),
      notes: join([
        i === 0 && intro.length > 0 && join(intro),
        text('指着数字卡片讲：', 'Point at the figure cards:'),
        ...group.map(targetSentence),
        ...group.flatMap((t) =>
          t.rate
            ? [
                text(
                  `${t.label.zh}另有年增幅：每年${formatValue(t.rate.value, t.rate.unit, 'zh')}（${cite(t.rate.source, 'zh')}），面板中按此推算的路径标为“推算”。`,
                  `${t.label.en} also has a yearly rate: ${formatValue(t.rate.value, t.rate.unit, 'en')} per year — ${cite(t.rate.source, 'en')}; the panel’s path from it is marked derived.`,
                ),
              ]
            : [],
        ),
        unnamedTiers.length > 0 &&
          text(
            `${names(unnamedTiers.map((t) => t.label)).zh}：文中没有说明是哪些产业，数据中也没有产业被标为该等级。`,
            `${names(unnamedTiers.map((t) => t.label)).en}: the text does not say which industries these are, and no industry in the data carries that level.`,
          ),
        ...discrepanciesOf(group.map((t) => t.id)).map(discrepancySentence),
      ]),
      figures: group.map((t) => targetRef(plan, t)),
      ...base,
    };
  });

  // Breakdowns of a headline count (clusters by output size, by industry).
  for (const total of goals) {
    for (const by of ['size', 'industry'] as const) {
      const parts = plan.targets.filter((t) => t.partOf?.target === total.id && t.partOf.by === by);
      if (parts.length === 0) continue;
      const largest = [...parts].sort((a, b) => b.value - a.value).slice(0, 4);
      steps.push({
        id: `${total.id}-by-${by}`,
        title:
          by === 'size'
            ? text(`${total.label.zh}：按产值规模`, `${total.label.en}: by output size`)
            : text(`${total.label.zh}：按产业类别`, `${total.label.en}: by industry category`),
        notes: join([
          by === 'industry' &&
            parts.length > 4 &&
            text(
              '卡片显示数量最多的四类；其余见面板的产业集群结构图。',
              'The cards show the four largest categories; the panel’s cluster-structure chart shows all of them.',
            ),
          text(
            `${parts.map((t) => `${t.label.zh}${formatValue(t.value, t.unit, 'zh', t.countOf)}`).join('，')}（${cite(parts[0].source, 'zh')}）。`,
            `${parts.map((t) => `${t.label.en} ${t.value}`).join('; ')} — ${cite(parts[0].source, 'en')}.`,
          ),
          ...discrepanciesOf([total.id, ...parts.map((t) => t.id)]).map(discrepancySentence),
        ]),
        figures: (by === 'size' ? parts.slice(0, 4) : largest).map((t) => targetRef(plan, t)),
        ...base,
        panel: 'clusters',
      });
    }
  }
  return steps;
}
