import type { Industry, Plan } from '../../data/planSchema';
import { TIERS, type Tier } from '../../data/planVocabulary';
import type { BriefingStep } from '../../briefings/briefingSchema';
import type { Text } from './input';
import { isTopLevel, targetRef, targetsQuoting } from './planData';
import { capital, citeAll, discrepancySentence, join, local, names, roleName, structureSentence, text, tierName, unique } from './text';

export function industrySteps(plan: Plan, code: string): BriefingStep[] {
  const base = { region: code, panel: 'industries' as const, camera: { fit: [code] }, layouts: [plan.id] };
  const top = plan.industries.filter(isTopLevel(plan));
  const fields = (i: Industry) => plan.industries.filter((c) => c.parent === i.id);
  const withFields = (i: Industry): Text => {
    const f = fields(i);
    return f.length === 0
      ? i.name
      : text(`${i.name.zh}（${names(f.map((c) => c.name)).zh}）`, `${i.name.en} (${names(f.map((c) => c.name)).en})`);
  };
  const steps: BriefingStep[] = [];

  for (const tier of Object.keys(TIERS) as Tier[]) {
    const at = plan.industries.filter((i) => i.tier?.level === tier);
    if (at.length === 0) continue;
    const interpreted = at.filter((i) => i.tier!.source.status === 'interpretation');
    const reasons = unique(interpreted.map((i) => local(i.tier!.source.reason, 'en')));
    const counts = targetsQuoting(
      plan,
      at.map((i) => i.tier!.source),
    );
    steps.push({
      id: `industries-${tier}`,
      title: text(`${tierName(tier).zh}产业`, `Industries at the ${tierName(tier).en}`),
      notes: join([
        interpreted.length === at.length
          ? text(
              `数据中列为${tierName(tier).zh}的产业（解读）：${names(at.map(withFields)).zh}。`,
              `Industries the data places at the ${tierName(tier).en} (an interpretation): ${names(at.map(withFields)).en}.`,
            )
          : text(
              `按规划规模列为${tierName(tier).zh}的产业：${names(at.map(withFields)).zh}。`,
              `Industries the plan puts at the ${tierName(tier).en}: ${names(at.map(withFields)).en}.`,
            ),
        text(
          citeAll(
            at.map((i) => i.tier!.source),
            'zh',
          ),
          citeAll(
            at.map((i) => i.tier!.source),
            'en',
          ),
        ),
        interpreted.length > 0 &&
          text(
            `${interpreted.length === at.length ? '这些产业的' : `${names(interpreted.map((i) => i.name)).zh}的`}规模等级是解读（非原文表述），面板中标为“解读”。`,
            `The tier of ${interpreted.length === at.length ? 'these industries' : names(interpreted.map((i) => i.name)).en} is an interpretation (marked so in the panel): ${reasons.join(' ')}`,
          ),
        ...plan.discrepancies
          .filter((d) => d.refs.some((r) => counts.some((t) => t.id === r) || at.some((i) => i.id === r)))
          .map(discrepancySentence),
      ]),
      ...(counts.length > 0 ? { figures: counts.slice(0, 4).map((t) => targetRef(plan, t)) } : {}),
      ...base,
    });
  }

  // Industries without a tier, by the role the plan gives them plan-wide.
  const untiered = top.filter((i) => !i.tier);
  const planWide = (i: Industry) => i.roles.filter((r) => !r.context);
  const roles = unique(untiered.flatMap((i) => planWide(i).map((r) => r.role)));
  if (roles.length > 0) {
    const groups = roles.map((role) => ({ role, industries: untiered.filter((i) => planWide(i).some((r) => r.role === role)) }));
    const sources = groups.flatMap((g) =>
      g.industries.flatMap((i) =>
        planWide(i)
          .filter((r) => r.role === g.role)
          .map((r) => r.source),
      ),
    );
    const counts = targetsQuoting(plan, sources);
    const unroled = untiered.filter((i) => planWide(i).length === 0);
    const systems = [...new Map(plan.industryGroups.map((g) => [g.system.en, g.system])).values()];
    steps.push({
      id: 'industries-by-role',
      title: steps.length > 0 ? text('其他产业：按产业定位', 'Other industries, by role') : text('产业：按产业定位', 'Industries by role'),
      notes: join([
        steps.length > 0
          ? text(
              '以下产业文中没有规模等级，按其定位列出。',
              'These industries have no stated tier; they are listed by the role the plan gives them.',
            )
          : text(
              '文中没有给出产业的规模等级，按其定位列出。',
              'The text gives no scale tiers for industries; they are listed by the role the plan gives them.',
            ),
        systems.length > 0 &&
          text(`产业体系：${systems.map((s) => s.zh).join('、')}。`, `Industrial system: ${systems.map((s) => s.en).join(', ')}.`),
        ...groups.map((g) =>
          text(
            `${roleName(g.role).zh}：${names(g.industries.map(withFields)).zh}。`,
            `${capital(roleName(g.role).en)}: ${names(g.industries.map(withFields)).en}.`,
          ),
        ),
        unroled.length > 0 &&
          text(
            `文中还提到（无定位、无等级）：${names(unroled.map((i) => i.name)).zh}。`,
            `Also named, with no role or tier: ${names(unroled.map((i) => i.name)).en}.`,
          ),
        ...counts.map(structureSentence),
      ]),
      ...(counts.length > 0 ? { figures: counts.slice(0, 4).map((t) => targetRef(plan, t)) } : {}),
      ...base,
    });
  }
  return steps;
}
