/** One briefing per plan: overview, headline targets, industries, one step per placed layout element, sources and caveats. */
import type { Plan } from '../../data/planSchema';
import { PLAN_KINDS } from '../../data/planVocabulary';
import type { Briefing, BriefingStep } from '../../briefings/briefingSchema';
import { elementStep } from './elementStep';
import { industrySteps } from './industrySteps';
import type { BriefingInput } from './input';
import { isEarlier, memberStatusSentence, regionName, withMembers } from './planData';
import { targetSteps } from './targetSteps';
import { capital, discrepancySentence, DOC_KIND, join, local, names, statusNote, text } from './text';

export function planBriefing(plan: Plan, input: BriefingInput): Briefing {
  const { regions } = input;
  const code = plan.region.code;
  const region = regionName(regions, code);
  const layouts = [plan.id];
  const here = { camera: { fit: [code] }, layouts };
  const steps: BriefingStep[] = [];

  // Overview.
  const placed = withMembers(plan);
  const unplaced = plan.layout.filter((e) => e.members.length === 0);
  steps.push({
    id: 'overview',
    title: text(`概览：${plan.title.zh}`, `Overview: ${plan.title.en}`),
    notes: join([
      text(
        `${PLAN_KINDS[plan.kind.value].zh}，规划期${plan.period.start}—${plan.period.end}年，${plan.issuer.zh}${statusNote(plan.issuer.source)?.zh ?? ''}；${plan.date.label.zh}。`,
        `${capital(PLAN_KINDS[plan.kind.value].en)} for ${plan.period.start}–${plan.period.end}, from the ${plan.issuer.en}${plan.issuer.source.status === 'interpretation' ? ` (the issuer is an interpretation: ${local(plan.issuer.source.reason, 'en')})` : ''}; ${plan.date.label.en}.`,
      ),
      text(
        `数据来源是该规划的${DOC_KIND[plan.docKind].zh}，不是规划全文：只有文中写明的数字才会出现。`,
        `The source is ${DOC_KIND[plan.docKind].en}, not the plan’s full text: only figures the text states are shown.`,
      ),
      isEarlier(plan, input.plans) &&
        text(
          `这是一份较早的规划，目标年份为${plan.period.end}年，早于其他规划的规划期：不要把它的数字与其他规划并列比较。`,
          `This is an earlier plan: its targets are for ${plan.period.end}, before the other plans’ periods begin — do not put its figures beside theirs.`,
        ),
      text(
        `地图框定${region.zh}，只显示本规划的空间布局：图例列出${plan.layout.length}个布局要素，${placed.length === plan.layout.length ? '全部' : `其中${placed.length}个`}标在地图上。`,
        `The map frames ${region.en} and shows only this plan’s layout: the legend lists ${plan.layout.length} layout elements, ${placed.length === plan.layout.length ? 'all' : placed.length} of them drawn on the map.`,
      ),
      unplaced.length > 0 &&
        text(
          `其余要素文中未指明地点，只在图例中列出：${names(unplaced.map((e) => e.name)).zh}。`,
          `The others name no place and are listed in the legend only: ${names(unplaced.map((e) => e.name)).en}.`,
        ),
    ]),
    ...here,
  });

  steps.push(...targetSteps(plan, code));
  steps.push(...industrySteps(plan, code));
  for (const element of placed) steps.push(elementStep(plan, element, regions));

  // Sources and caveats.
  const partly = plan.layout.filter((e) => e.members.some((m) => m.status === 'interpretation'));
  const wholly = partly.filter((e) => e.members.every((m) => m.status === 'interpretation'));
  steps.push({
    id: 'sources',
    title: text('来源与注意事项', 'Sources and caveats'),
    notes: join([
      text(
        `本简报的每个数字都来自该规划的${DOC_KIND[plan.docKind].zh}（${plan.date.label.zh}）；在面板中悬停或聚焦任一数字即可看到原文引文及其状态（原文表述、推算或解读），“在原文中阅读”打开全文并定位到该句。`,
        `Every figure in this briefing comes from ${DOC_KIND[plan.docKind].en} (${plan.date.label.en}); hover or focus any figure in the panel to see its quote and status (stated, derived or interpretation), and “Read it in the document” opens the whole text at that sentence.`,
      ),
      ...plan.discrepancies.map(discrepancySentence),
      wholly.length > 0 &&
        text(
          `${names(wholly.map((e) => e.name)).zh}的成员地区全部是解读（虚线轮廓），理由见各要素的步骤。`,
          `Every member region of ${names(wholly.map((e) => e.name)).en} is an interpretation (dashed outlines); each element’s step gives the reasons.`,
        ),
      ...partly.filter((e) => !wholly.includes(e)).map((e) => memberStatusSentence(e, regions)),
      isEarlier(plan, input.plans) &&
        text(
          `再次提醒：目标年份为${plan.period.end}年，不与其他规划混合比较。`,
          `Once more: targets for ${plan.period.end}; not to be compared with the other plans.`,
        ),
    ]),
    region: code,
    panel: 'sources',
    ...here,
  });

  return {
    version: 1,
    id: plan.id,
    title: text(plan.title.zh, plan.title.en),
    summary: text(
      `${region.zh}：目标、产业、空间布局与来源，均取自规划数据。`,
      `${region.en}: targets, industries, the spatial layout and the sources, all from the plan data.`,
    ),
    plans: [plan.id],
    steps,
  };
}
