/** The comparison's closing step (see comparison.ts). */
import type { BriefingStep } from '../../briefings/briefingSchema';
import type { Text } from './input';
import { regionName } from './planData';
import { join, list, names, text, unique } from './text';
import { shortTitle, type Comparison } from './comparison';

/**
 * The closing step: the kinds of industry only one region plans, lit on the map (what the plans
 * state, with the plans named in the notes), and what "planned" and "not" rest on. Not generated
 * when every kind is shared by two regions or more: a closing slide of the map alone reads as empty.
 */
export function summaryStep({
  regions,
  codes,
  camera,
  categories,
  common,
  catName,
  earlierOf,
  docsOn,
  whoPlans,
}: Comparison): BriefingStep[] {
  const single = categories.filter((c) => c.regions.length === 1);
  if (single.length === 0) return [];
  const where = unique(single.map((c) => c.regions[0]));
  const only: Text =
    where.length === 1
      ? text(`只有${regionName(regions, where[0]).zh}规划的产业类别`, `kinds of industry only ${regionName(regions, where[0]).en} plans`)
      : text('只有一地规划的产业类别', 'kinds of industry only one region plans');
  return [
    {
      id: 'summary',
      title: text(`小结：${only.zh}`, `Summary: ${only.en}`),
      notes: join([
        text(
          `地图上点亮的是规划中有这些类别产业的地区：${names(single.map(catName)).zh}。`,
          `Lit on the map: the regions whose plans include these kinds of industry: ${names(single.map(catName)).en}.`,
        ),
        text(
          `三地规划均有的产业类别：${names(common.map(catName)).zh}。`,
          `Planned in all three regions: ${names(common.map(catName)).en}.`,
        ),
        single.length > 0 &&
          join(
            single.map((c) => {
              const r = regionName(regions, c.regions[0]);
              const who = whoPlans(c.id, c.regions[0]);
              return c.earlierOnly.length > 0
                ? text(
                    `${c.name.zh}只见于${r.zh}较早的${earlierOf(c.regions[0])
                      .map((p) => `${shortTitle(p).zh}（目标年${p.period.end}年）`)
                      .join('、')}，关于现行规划的文件都未提及（${who.map((e) => e.zh).join('；')}）。`,
                    `${c.name.en} rests on ${r.en}’s earlier ${earlierOf(c.regions[0])
                      .map((p) => `${shortTitle(p).en} (targets for ${p.period.end})`)
                      .join(' and ')} alone, and no document on a current plan names it (${who.map((e) => e.en).join('; ')}).`,
                  )
                : text(
                    `只有${r.zh}有：${c.name.zh}（${who.map((e) => e.zh).join('；')}）。`,
                    `Only in ${r.en}: ${c.name.en} (${who.map((e) => e.en).join('; ')}).`,
                  );
            }),
          ),
        text(
          `“有”指关于该规划的文件列出了该类产业，不代表规模相当：规模等级和目标见各规划的简报。“没有”只是说这些文件未提及：${codes.map((code) => docsOn(code).zh).join('、')}都不是规划全文。每一项都可在面板中查看原文引文。`,
          `“Planned” means the document on the plan lists such an industry, not that the scale is comparable: tiers and targets are in each plan’s own briefing. “Not” means only that the document does not name one: ${list(
            codes.map((code) => docsOn(code).en),
            'en',
          )} are not the plans’ full texts. Every item shows its quote in the panel.`,
        ),
      ]),
      camera,
      filter: single.map((c) => c.id),
    },
  ];
}
