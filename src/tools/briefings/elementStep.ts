import type { Industry, LayoutElement, Plan } from '../../data/planSchema';
import type { RegionData } from '../../data/regions';
import { lineMembers } from '../../layouts/layoutFeatures';
import { KIND_STYLE } from '../../layouts/symbols';
import type { BriefingStep } from '../../briefings/briefingSchema';
import type { Text } from './input';
import { regionName } from './planData';
import { capital, citeAll, join, kindName, local, names, roleName, text, unique } from './text';

export function elementStep(plan: Plan, element: LayoutElement, regions: RegionData): BriefingStep {
  const members = element.members.map((m) => ({ ...m, name: regionName(regions, m.code) }));
  const memberNames = names(unique(members.map((m) => m.code)).map((c) => regionName(regions, c)));
  const style = KIND_STYLE[element.kind];
  const onLine = lineMembers(members);
  const lineNames = names(unique(onLine.map((m) => m.code)).map((c) => regionName(regions, c)));
  const offLine = unique(members.filter((m) => !onLine.includes(m)).map((m) => m.code)).map((c) => regionName(regions, c));
  const drawn: Text =
    style.geometry === 'line'
      ? text(
          `地图上以${style.dashed ? '虚' : '实'}线依次连接${lineNames.zh}${offLine.length > 0 ? `；${names(offLine).zh}只着色，不在线上` : ''}。`,
          `On the map: a ${style.dashed ? 'dashed' : 'solid'} line through ${lineNames.en}, in that order${offLine.length > 0 ? `; ${names(offLine).en} ${offLine.length > 1 ? 'are' : 'is'} tinted but off the line` : ''}.`,
        )
      : style.geometry === 'area'
        ? text(`地图上以斜线填充覆盖${memberNames.zh}。`, `On the map: a hatched area over ${memberNames.en}.`)
        : text(`地图上以符号标在${memberNames.zh}。`, `On the map: its symbol on ${memberNames.en}.`);
  const interpreted = members.filter((m) => m.status === 'interpretation');
  const byReason = new Map<string, typeof interpreted>();
  for (const m of interpreted) {
    const reason = local(m.reason ?? m.source.reason, 'en');
    byReason.set(reason, [...(byReason.get(reason) ?? []), m]);
  }
  const industries = element.industries.map((id) => plan.industries.find((i) => i.id === id)).filter((i): i is Industry => !!i);
  const beltRoles = unique(plan.industries.flatMap((i) => i.roles.filter((r) => r.context === element.id).map((r) => r.role)));
  /** The one role the text gives every assigned industry here, if so (Jilin 2013 belts). */
  const oneRole =
    beltRoles.length === 1 && industries.every((i) => i.roles.some((r) => r.context === element.id && r.role === beltRoles[0]))
      ? beltRoles[0]
      : null;
  const groupIds = new Set(industries.flatMap((i) => i.groups.map((g) => g.group)));
  const placedByUs = plan.industries.filter(
    (i) => !element.industries.includes(i.id) && i.groups.some((g) => groupIds.has(g.group) && g.status === 'interpretation'),
  );
  const hosted = placedByUs.filter((i) => i.hostRegions?.length);
  const kind = kindName(element.kind);
  return {
    id: `element-${element.id}`,
    title: text(`${kind.zh}：${element.name.zh}`, `${capital(kind.en)}: ${element.name.en}`),
    notes: join([
      drawn,
      interpreted.length > 0 &&
        text(
          `${names(interpreted.map((m) => m.name)).zh}是解读，非原文表述（虚线轮廓，名称后标“解读”），理由见要素面板。`,
          `${interpreted.length === members.length ? 'The membership is an interpretation' : interpreted.length > 1 ? `${names(interpreted.map((m) => m.name)).en} as members are interpretations` : `${names(interpreted.map((m) => m.name)).en} as a member is an interpretation`}, not the document’s word (dashed outline, “(interpretation)” in the name): ${[...byReason].map(([reason, ms]) => (byReason.size > 1 ? `${names(ms.map((m) => m.name)).en} — ${reason}` : reason)).join(' ')}`,
        ),
      element.theme && text(`定位：${element.theme.zh}。`, `Its function in the text: ${element.theme.en}.`),
      industries.length > 0 &&
        (oneRole
          ? text(
              `布局产业（文中称为${roleName(oneRole).zh}）：${names(industries.map((i) => i.name)).zh}。`,
              `Industries assigned, which the text calls its ${roleName(oneRole).en} industries: ${names(industries.map((i) => i.name)).en}.`,
            )
          : text(
              `布局产业：${names(industries.map((i) => i.name)).zh}。`,
              `Industries assigned: ${names(industries.map((i) => i.name)).en}.`,
            )),
      ...(oneRole ? [] : beltRoles).map((role) => {
        const named = industries.filter((i) => i.roles.some((r) => r.context === element.id && r.role === role));
        return text(
          `文中称${names(named.map((i) => i.name)).zh}为此处的${roleName(role).zh}。`,
          `The text calls ${names(named.map((i) => i.name)).en} its ${roleName(role).en} industries.`,
        );
      }),
      placedByUs.length > 0 &&
        text(
          `按产品相近归入此处的特色产业（解读，文中未说明归属）：${names(placedByUs.map((i) => i.name)).zh}。`,
          `Characteristic industries placed here by product affinity — an interpretation, the text does not say which belongs where: ${names(placedByUs.map((i) => i.name)).en}.`,
        ),
      ...hosted.map((i) =>
        text(
          `${i.name.zh}标在${names(i.hostRegions!.map((h) => regionName(regions, h.code))).zh}，为解读。`,
          `${i.name.en} is placed in ${names(i.hostRegions!.map((h) => regionName(regions, h.code))).en} — an interpretation: ${i.hostRegions!.map((h) => local(h.reason ?? h.source.reason, 'en')).join(' ')}`,
        ),
      ),
      text(citeAll([element.source], 'zh'), citeAll([element.source], 'en')),
    ]),
    camera: { fit: unique(members.map((m) => m.code)) },
    layouts: [plan.id],
    element: `${plan.id}/${element.id}`,
  };
}
