/** The comparison of the three regions through the industry filter: one step per category they share or one lacks. */
import type { Industry, Plan } from '../../data/planSchema';
import { matchFilter } from '../../filter/matchFilter';
import type { Briefing, BriefingStep } from '../../briefings/briefingSchema';
import type { BriefingInput, Text } from './input';
import { isEarlier, regionName } from './planData';
import { capital, join, names, text, tierName, unique } from './text';
import { summaryStep } from './summaryStep';

export const COMPARISON_ID = 'three-regions';

/**
 * Short names for the comparison's lists, where the full titles would drown the industries;
 * naming only, no figures. A plan not listed (e.g. from a data pack) goes by its title.
 */
const SHORT_TITLES: Record<string, Text> = {
  'jilin-sei-2022': text('战略性新兴产业“十四五”规划', 'strategic emerging industries plan (14th FYP)'),
  'jilin-industry-14fyp': text('工业发展“十四五”规划', 'industrial development plan (14th FYP)'),
  'jilin-clusters-2013': text('2013年开发区产业集群意见', '2013 development-zone cluster opinion'),
  'hebei-manufacturing-14fyp': text('制造业高质量发展“十四五”规划', 'manufacturing plan (14th FYP)'),
  'lishui-clusters-2022': text('五大主导产业集群行动方案', 'five leading clusters action plan'),
};
export const shortTitle = (p: Plan): Text => SHORT_TITLES[p.id] ?? text(p.title.zh, p.title.en);

/** What every step of the comparison draws on: the regions, the categories each plans, and how to name them. */
function comparisonContext(input: BriefingInput) {
  const { plans, index, taxonomy, regions } = input;
  const codes = unique(plans.map((p) => p.region.code));
  const regionNames = codes.map((c) => regionName(regions, c));
  const all = names(regionNames);
  const camera = { fit: codes };
  const earlier = plans.filter((p) => isEarlier(p, plans));

  /** Where each category is planned (the regions it lights in their own right), and the regions where only
   *  an earlier plan names it: there the category rests on that plan alone, and the notes say so. */
  const plannedIn = (category: string) => {
    const match = matchFilter([category], index, [...plans], regions);
    const inCodes = codes.filter((c) => match.regions.get(c)?.strength === 2);
    const ownPlans = (c: string) =>
      unique(
        match.regions
          .get(c)!
          .reasons.filter((r) => r.from === c)
          .map((r) => r.plan),
      );
    const earlierOnly = inCodes.filter((c) => ownPlans(c).every((id) => earlier.some((p) => p.id === id)));
    return { regions: inCodes, earlierOnly };
  };
  const categories = taxonomy.categories.map((c) => ({ ...c, ...plannedIn(c.id) }));
  const common = categories.filter((c) => c.regions.length === codes.length);
  /** A category's name, saying where it rests on an earlier plan alone. */
  const catName = (c: (typeof categories)[number]): Text =>
    c.earlierOnly.length === 0
      ? c.name
      : text(
          `${c.name.zh}（${c.earlierOnly
            .map(
              (code) =>
                `${regionName(regions, code).zh}：仅见于${earlierOf(code)
                  .map((p) => `${shortTitle(p).zh}，目标年${p.period.end}年`)
                  .join('、')}`,
            )
            .join('；')}）`,
          `${c.name.en} (${c.earlierOnly
            .map(
              (code) =>
                `${regionName(regions, code).en}: in the ${earlierOf(code)
                  .map((p) => `${shortTitle(p).en}, targets for ${p.period.end},`)
                  .join(' and ')} alone`,
            )
            .join('; ')})`,
        );
  const earlierOf = (code: string) => earlier.filter((p) => p.region.code === code);
  /** The documents the data has on a region's plans, named by kind: the press report on Hebei's plan. */
  const docsOn = (code: string): Text => {
    const r = regionName(regions, code);
    const kinds = unique(plans.filter((p) => p.region.code === code).map((p) => p.docKind));
    const several = plans.filter((p) => p.region.code === code).length > 1;
    if (kinds.length > 1) return text(`${r.zh}各规划的文件`, `the documents on ${r.en}’s plans`);
    return kinds[0] === 'press-report'
      ? text(`${r.zh}规划的新闻报道`, several ? `the reports on ${r.en}’s plans` : `the report on ${r.en}’s plan`)
      : text(
          `${r.zh}规划的政策解读`,
          several ? `the policy interpretations of ${r.en}’s plans` : `the policy interpretation of ${r.en}’s plan`,
        );
  };

  /** Per region, the plans and their industries of a category (an industry whose parent is of the same category is left out). */
  const whoPlans = (category: string, code: string): Text[] =>
    plans
      .filter((p) => p.region.code === code)
      .flatMap((p) => {
        const of = p.industries.filter((i) => i.taxonomy.includes(category));
        const shown = of.filter((i) => !of.some((o) => o.id === i.parent));
        if (shown.length === 0) return [];
        const label = (i: Industry): Text =>
          i.tier
            ? text(
                `${i.name.zh}（${tierName(i.tier.level).zh}${i.tier.source.status === 'interpretation' ? '，解读' : ''}）`,
                `${i.name.en} (${tierName(i.tier.level).en}${i.tier.source.status === 'interpretation' ? ', an interpretation' : ''})`,
              )
            : i.name;
        const when = earlier.includes(p) ? text(`（目标年${p.period.end}年）`, ` (targets for ${p.period.end})`) : text('', '');
        return [
          text(
            `${shortTitle(p).zh}${when.zh}：${names(shown.map(label)).zh}`,
            `${shortTitle(p).en}${when.en}: ${names(shown.map(label)).en}`,
          ),
        ];
      });

  const perRegion = (category: string, inCodes: string[]): Text =>
    join(
      inCodes.map((code) => {
        const entries = whoPlans(category, code);
        const r = regionName(regions, code);
        return text(`${r.zh}——${entries.map((e) => e.zh).join('；')}。`, `${r.en} — ${entries.map((e) => e.en).join('; ')}.`);
      }),
    );

  /** The drawn layout elements (those with member regions) a filter lights, by plan. */
  const litElements = (filter: string[]): Text => {
    const match = matchFilter(filter, index, [...plans], regions);
    const byPlan = plans.flatMap((p) => {
      const els = p.layout.filter((e) => e.members.length > 0 && match.elements.has(`${p.id}/${e.id}`));
      return els.length
        ? [text(`${shortTitle(p).zh}的${names(els.map((e) => e.name)).zh}`, `${names(els.map((e) => e.name)).en} (${shortTitle(p).en})`)]
        : [];
    });
    return byPlan.length
      ? text(
          `地图上点亮的布局要素：${byPlan.map((t) => t.zh).join('；')}。`,
          `Layout elements lit on the map: ${byPlan.map((t) => t.en).join('; ')}.`,
        )
      : text('地图上没有此类的布局要素，点亮的只是地区。', 'No layout element of this kind is drawn on the map; only regions light up.');
  };

  return { plans, regions, codes, all, camera, earlier, categories, common, catName, earlierOf, docsOn, whoPlans, perRegion, litElements };
}

export type Comparison = ReturnType<typeof comparisonContext>;

export function comparisonBriefing(input: BriefingInput): Briefing {
  const c = comparisonContext(input);
  const steps: BriefingStep[] = [overviewStep(c), ...commonSteps(c), ...gapSteps(c), ...summaryStep(c)];
  const { plans, all } = c;
  return {
    version: 1,
    id: COMPARISON_ID,
    title: text(`三地对比：${all.zh}`, `Three regions compared: ${all.en}`),
    summary: text(
      '哪些产业类别在三地的规划中都有，哪些只在部分地区有。',
      'Which kinds of industry all three regions plan, and which only some do.',
    ),
    plans: plans.map((p) => p.id),
    steps,
  };
}

function overviewStep({ plans, regions, codes, all, camera, earlier, categories, common, catName, docsOn }: Comparison): BriefingStep {
  return {
    id: 'overview',
    title: text(`三地对比：${all.zh}规划的产业`, `Three regions compared: industries planned in ${all.en}`),
    notes: join([
      ...codes.map((code) => {
        const ps = plans.filter((p) => p.region.code === code);
        const r = regionName(regions, code);
        return text(
          `${r.zh}：${ps.map((p) => `《${p.title.zh}》（${p.period.start}—${p.period.end}年，下称${shortTitle(p).zh}）`).join('、')}。`,
          `${r.en}: ${ps.map((p) => `${p.title.en} (${p.period.start}–${p.period.end}; below: ${shortTitle(p).en})`).join('; ')}.`,
        );
      }),
      ...earlier.map((p) =>
        text(
          `${shortTitle(p).zh}是较早的规划（目标年${p.period.end}年）：下文凡取自它的产业都注明目标年，只见于它的类别也会注明。`,
          `The ${shortTitle(p).en} is an earlier plan (targets for ${p.period.end}): every industry taken from it is marked with that year, and a category that rests on it alone says so.`,
        ),
      ),
      text(
        `接下来的每一步打开一个产业类别的筛选：点亮的地区和布局要素在所覆盖的规划中有该类产业，其余变暗。共同的产业类别有${common.length}个：${names(common.map(catName)).zh}。`,
        `Each following step switches on the industry filter for one category: regions and layout elements that light up have that kind of industry in a plan covering them; the rest dim. Categories planned in all three regions: ${common.length} — ${names(common.map(catName)).en}.`,
      ),
      ...codes.map((missing) => {
        const cats = categories.filter((c) => c.regions.length === codes.length - 1 && !c.regions.includes(missing));
        return (
          cats.length > 0 &&
          text(
            `另两地都有、${docsOn(missing).zh}中未提及的：${names(cats.map(catName)).zh}。`,
            `Planned in the other two regions but not named in ${docsOn(missing).en}: ${names(cats.map(catName)).en}.`,
          )
        );
      }),
      text(
        '产业类别是本应用的统一分类；把各规划的产业归入类别是数据的归类，不是文件原话。',
        'The categories are this app’s common taxonomy; sorting each plan’s industries into them is the data’s classification, not the documents’ words.',
      ),
    ]),
    camera,
  };
}

function commonSteps({ codes, camera, common, catName, perRegion, litElements }: Comparison): BriefingStep[] {
  const steps: BriefingStep[] = [];
  for (const c of common) {
    steps.push({
      id: `all-${c.id}`,
      title: text(`${catName(c).zh}：三地规划均有`, `${catName(c).en}: planned in all three regions`),
      notes: join([
        text(
          '点亮的是规划中有此类产业的地区和布局要素。',
          'Lit: the regions and layout elements whose plans include this kind of industry.',
        ),
        perRegion(c.id, codes),
        litElements([c.id]),
      ]),
      camera,
      filter: [c.id],
    });
  }
  return steps;
}

/** Categories planned in all but one region, one step per region that lacks them, so the map shows the gap. */
function gapSteps({ plans, regions, codes, camera, categories, catName, docsOn, perRegion, litElements }: Comparison): BriefingStep[] {
  const steps: BriefingStep[] = [];
  for (const missing of codes) {
    const cats = categories.filter((c) => c.regions.length === codes.length - 1 && !c.regions.includes(missing));
    if (cats.length === 0) continue;
    const others = codes.filter((x) => x !== missing);
    const lacking = regionName(regions, missing);
    const missingPlans = plans.filter((p) => p.region.code === missing);
    steps.push({
      id: `not-in-${missing}`,
      title: text(
        `${others.map((x) => regionName(regions, x).zh).join('和')}有，${docsOn(missing).zh}中未提及：${names(cats.map(catName)).zh}`,
        `In ${names(others.map((x) => regionName(regions, x))).en}, not named in ${docsOn(missing).en}: ${names(cats.map(catName)).en}`,
      ),
      notes: join([
        text(
          `${docsOn(missing).zh}（${missingPlans.map((p) => shortTitle(p).zh).join('、')}）未提及属于这些类别的产业，所以地图上${lacking.zh}变暗；它不是规划全文，规划本身可能有更多内容。`,
          `${capital(docsOn(missing).en)} (${missingPlans.map((p) => shortTitle(p).en).join('; ')}) names no industry in these categories, so ${lacking.en} stays dim; it is not the plan’s full text, and the plan itself may say more.`,
        ),
        ...cats.map((c) => join([text(`${catName(c).zh}：`, `${catName(c).en}:`), perRegion(c.id, c.regions)])),
        litElements(cats.map((c) => c.id)),
      ]),
      camera,
      filter: cats.map((c) => c.id),
    });
  }
  return steps;
}
