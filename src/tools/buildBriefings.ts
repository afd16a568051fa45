/**
 * The shipped briefings, built from the plan data (pure: plans + index + taxonomy + regions in,
 * Briefing[] out). One briefing per plan document — overview, headline targets, industries by
 * planned scale, one step per layout element placed on the map, sources and caveats — and one
 * comparison of the three regions through the industry filter.
 *
 * Every number written into a title or note is a value the plan data holds (a target as the
 * app formats it, a year, a quote, a count of listed items); tests/data/briefings.test.ts
 * audits that. Text the documents do not say is called an interpretation, as in the data.
 */
import type { Industry, LayoutElement, Plan, PlanIndex, Source, Target, Taxonomy, UnitGroup } from '../data/planSchema';
import { PLAN_KINDS, ROLES, TIERS, textIn, type LocalText, type Role, type Tier } from '../data/planVocabulary';
import type { RegionData } from '../data/regions';
import { glossedQuote, type RenderingLookup } from '../data/quoteRendering';
import { matchFilter } from '../filter/matchFilter';
import { layoutStrings } from '../i18n/layoutStrings';
import { lineMembers } from '../layouts/layoutFeatures';
import { KIND_STYLE } from '../layouts/symbols';
import { formatTargetShort, formatTargetText, formatValue } from '../ui/formatValue';
import type { Briefing, BriefingStep } from '../briefings/briefingSchema';

export interface BriefingInput {
  /** in the index's order */
  plans: readonly Plan[];
  index: PlanIndex;
  taxonomy: Taxonomy;
  regions: RegionData;
  /** the app's renderings of quotes in the other language: speaker notes quote in their own language */
  renderings: RenderingLookup;
}

type Lang = 'zh' | 'en';
type Text = { zh: string; en: string };

export const COMPARISON_ID = 'three-regions';

export function buildBriefings(input: BriefingInput): Briefing[] {
  renderings = input.renderings;
  try {
    return [comparisonBriefing(input), ...input.plans.map((p) => planBriefing(p, input))];
  } finally {
    renderings = noRenderings;
  }
}

// ---------------------------------------------------------------------------
// Text helpers

const text = (zh: string, en: string): Text => ({ zh, en });
/** Sentences joined per language (Chinese without spaces). */
const join = (parts: (Text | null | undefined | false)[]): Text => {
  const kept = parts.filter((p): p is Text => !!p && p.zh !== '' && p.en !== '');
  return { zh: kept.map((p) => p.zh).join(''), en: kept.map((p) => p.en).join(' ') };
};
function list(items: readonly string[], lang: Lang): string {
  if (lang === 'zh') return items.join('、');
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
const names = (items: readonly Text[]): Text => text(list(items.map((i) => i.zh), 'zh'), list(items.map((i) => i.en), 'en'));
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** An explanatory text of the data (reason, formula, note) in one language; a plain string as written. */
const local = (t: LocalText | undefined, lang: Lang) => (t === undefined ? '' : textIn(t, lang));

/** Quote renderings of the run in progress (set by buildBriefings for its duration). */
const noRenderings: RenderingLookup = () => undefined;
let renderings: RenderingLookup = noRenderings;

/**
 * A quote as the notes of `lang` give it: the verbatim (garbled spans glossed in brackets) when the
 * document is in that language, else the app's rendering. A missing rendering stops the build: the
 * shipped renderings cover every quote (tests/data/renderings.test.ts).
 */
function quoted(s: Source, lang: Lang): string {
  const r = renderings(s.doc, s.quote);
  if (s.lang === lang) return `«${glossedQuote(s.quote, r?.glosses, lang)}»`;
  if (!r) throw new Error(`${s.doc}: no rendering of «${s.quote}» into ${lang}: add it to public/data/sources/renderings/${s.doc.replace(/\.txt$/, '.json')}`);
  return `«${r.text}»`;
}
const translated = (s: Source, lang: Lang) => s.lang !== lang;
/** One quote, labelled: 原文：«…» or 译文：«…» in Chinese; «…» or «…» (our translation) in English. */
function cite(s: Source, lang: Lang): string {
  if (lang === 'zh') return `${translated(s, lang) ? '译文' : '原文'}：${quoted(s, lang)}`;
  return translated(s, lang) ? `${quoted(s, lang)} (our translation)` : quoted(s, lang);
}
/** Several quotes (of one document) after one label: 原文：/译文：«…» «…»; Quote: / Quote (our translation): «…» «…». */
function citeAll(sources: readonly Source[], lang: Lang): string {
  const parts = [false, true].flatMap((t) => {
    const these = unique(sources.filter((s) => translated(s, lang) === t).map((s) => quoted(s, lang)));
    if (these.length === 0) return [];
    const label = lang === 'zh' ? (t ? '译文：' : '原文：') : t ? 'Quote (our translation): ' : 'Quote: ';
    return [`${label}${these.join(' ')}`];
  });
  return parts.join(lang === 'zh' ? '' : ' ');
}

function statusNote(s: Source): Text | null {
  if (s.status === 'derived') return text(`（推算：${local(s.formula, 'zh')}）`, `(derived: ${local(s.formula, 'en')})`);
  if (s.status === 'interpretation') return text('（解读，非原文表述）', `(an interpretation, not the document’s word: ${local(s.reason, 'en')})`);
  return null;
}

const DOC_KIND: Record<Plan['docKind'], Text> = {
  'policy-interpretation': text('官方政策解读', 'an official interpretation of the plan'),
  'press-report': text('新闻报道', 'a press report on the plan'),
};

const GROUP_NAMES: Record<UnitGroup, Text> = {
  money: text('总量', 'totals'),
  share: text('比重', 'shares'),
  multiple: text('倍数', 'multiples'),
  intensity: text('亩均效益', 'yield per mu'),
  count: text('数量', 'counts'),
};
/** Headline order of the target steps: totals first, counts last. */
const GROUP_ORDER: UnitGroup[] = ['money', 'share', 'multiple', 'intensity', 'count'];

const kindName = (kind: LayoutElement['kind']): Text => layoutStrings[`layout.kind.${kind}`];
const tierName = (tier: Tier): Text => TIERS[tier];
const roleName = (role: Role): Text => ROLES[role];

function targetSentence(t: Target): Text {
  const value = { ...t, countOf: t.countOf };
  return join([
    text(`${t.label.zh}：${formatTargetText(value, 'zh')}`, `${t.label.en}: ${formatTargetText(value, 'en')}`),
    statusNote(t.source),
    text(`（${cite(t.source, 'zh')}）。`, `— ${cite(t.source, 'en')}.`),
  ]);
}

const DISCREPANCY_ZH: Record<Plan['discrepancies'][number]['kind'], string> = {
  'sum-mismatch': '原文各项之和与所述总数不符，均按原文保留',
  'count-vs-listed': '原文所述数量与列出的项数不符，均按原文保留',
  'ambiguous-count': '原文数量表述有歧义，按原文保留',
};

function discrepancySentence(d: Plan['discrepancies'][number]): Text {
  const figures = d.figures.map((f) => `${f.value}（${cite(f.source, 'zh')}）`).join(' / ');
  // A plain-string description is English only: the Chinese sentence then gives the kind and the figures alone.
  const what = typeof d.what === 'string' ? '' : d.what.zh;
  return text(`${DISCREPANCY_ZH[d.kind]}：${what}${figures}。`, `A discrepancy in the text, figures kept as written: ${local(d.what, 'en')}`);
}

/** A count that describes the plan (not a goal): value without comparator wording. */
function structureSentence(t: Target): Text {
  const value = { ...t, countOf: t.countOf };
  return text(`${t.label.zh}：${formatTargetShort(value, 'zh')}（${cite(t.source, 'zh')}）。`, `${t.label.en}: ${formatTargetShort(value, 'en')} — ${cite(t.source, 'en')}.`);
}

// ---------------------------------------------------------------------------
// Data helpers

function regionName(regions: RegionData, code: string): Text {
  const r = regions.regions.get(code) ?? regions.context.get(code);
  return r ? r.name : text(code, code);
}

/** Region names of an element's members with the given status (each region once, in the element's order). */
function membersWith(element: LayoutElement, regions: RegionData, interpreted: boolean): Text[] {
  const codes = unique(element.members.filter((m) => (m.status === 'interpretation') === interpreted).map((m) => m.code));
  return codes.map((c) => regionName(regions, c));
}

/** For an element only some of whose members are interpretations: exactly which are, and which the text names. */
function memberStatusSentence(element: LayoutElement, regions: RegionData): Text {
  const read = membersWith(element, regions, true);
  const named = membersWith(element, regions, false);
  return text(
    `${element.name.zh}中，${names(read).zh}是解读（虚线轮廓）；${names(named).zh}为原文所列。`,
    `In ${element.name.en}, ${names(read).en} ${read.length > 1 ? 'are interpretations' : 'is an interpretation'} (dashed outlines); ${names(named).en} ${named.length > 1 ? 'are' : 'is'} named in the text.`,
  );
}

const isTopLevel = (plan: Plan) => (i: Industry) => !i.parent || !plan.industries.some((p) => p.id === i.parent);
const withMembers = (plan: Plan) => plan.layout.filter((e) => e.members.length > 0);
const headlineTargets = (plan: Plan) => plan.targets.filter((t) => t.kind === 'goal' && !t.partOf);
const targetRef = (plan: Plan, t: Target) => `${plan.id}/${t.id}`;
const unique = <T,>(items: T[]) => [...new Set(items)];

/** Targets whose quote is the one the given sources quote (a tier's count, a role's list). */
function targetsQuoting(plan: Plan, sources: Source[]): Target[] {
  const quotes = new Set(sources.map((s) => s.quote));
  return plan.targets.filter((t) => quotes.has(t.source.quote));
}

/** Balanced chunks of at most `max`. */
function chunks<T>(items: T[], max: number): T[][] {
  if (items.length === 0) return [];
  const n = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / n);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The plan's earlier than every other plan in the data: its figures must not sit beside theirs. */
const isEarlier = (plan: Plan, all: readonly Plan[]) => all.some((p) => p !== plan) && all.every((p) => p === plan || plan.period.end < p.period.start);

// ---------------------------------------------------------------------------
// One briefing per plan

function planBriefing(plan: Plan, input: BriefingInput): Briefing {
  const { regions } = input;
  const code = plan.region.code;
  const region = regionName(regions, code);
  const layouts = [plan.id];
  const here = { camera: { fit: [code] }, layouts };
  // Several plans cover the region: its panel shows one block per plan.
  const shared = input.plans.filter((p) => p.region.code === code).length > 1;
  const panelBlock = shared
    ? text(`面板中列有覆盖${region.zh}的多个规划，看标题为《${plan.title.zh}》的一栏。`, `The panel lists every plan covering ${region.en}; look for the block headed “${plan.title.en}”.`)
    : null;
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

  steps.push(...targetSteps(plan, code, panelBlock));
  steps.push(...industrySteps(plan, code, panelBlock));
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
        text(`再次提醒：目标年份为${plan.period.end}年，不与其他规划混合比较。`, `Once more: targets for ${plan.period.end}; not to be compared with the other plans.`),
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

function targetSteps(plan: Plan, code: string, panelBlock: Text | null): BriefingStep[] {
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

  if (goals.length === 0) {
    const shown = unique([...indicators, ...plan.targets.filter((t) => discrepanciesOf(indicators.map((i) => i.id)).some((d) => d.refs.includes(t.id)))]);
    return [
      {
        id: 'targets',
        title: text('目标：文中未给出数值', 'Targets: no values in the text'),
        notes: join([
          text(`${DOC_KIND[plan.docKind].zh}没有给出任何目标的数值，只说明了目标的结构。`, `${capital(DOC_KIND[plan.docKind].en)} gives no target values, only how the targets are organised.`),
          ...intro,
          ...shown.filter((t) => !indicators.includes(t)).map(structureSentence),
          ...discrepanciesOf(shown.map((t) => t.id)).map(discrepancySentence),
          text('卡片上的是计数，不是目标值；不要据此推断目标水平。', 'The cards are counts, not target values; do not read a target level into them.'),
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
    const yearText = years.every((y) => y !== null) ? text(`${years.join('、')}年目标`, `Targets for ${list(years.map(String), 'en')}`) : text('目标', 'Targets');
    const unnamedTiers = group.filter((t) => t.countOf === 'industry' && !plan.industries.some((ind) => ind.tier && ind.tier.source.quote === t.source.quote));
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
        i === 0 && panelBlock,
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
          by === 'industry' && parts.length > 4 && text('卡片显示数量最多的四类；其余见面板的产业集群结构图。', 'The cards show the four largest categories; the panel’s cluster-structure chart shows all of them.'),
          text(
            `${parts.map((t) => `${t.label.zh}${formatValue(t.value, t.unit, 'zh', t.countOf)}`).join('，')}（${cite(parts[0].source, 'zh')}）。`,
            `${parts.map((t) => `${t.label.en} ${t.value}`).join('; ')} — ${cite(parts[0].source, 'en')}.`,
          ),
          ...discrepanciesOf([total.id, ...parts.map((t) => t.id)]).map(discrepancySentence),
        ]),
        figures: (by === 'size' ? parts.slice(0, 4) : largest).map((t) => targetRef(plan, t)),
        ...base,
        panel: 'industries',
      });
    }
  }
  return steps;
}

function industrySteps(plan: Plan, code: string, panelBlock: Text | null): BriefingStep[] {
  const base = { region: code, panel: 'industries' as const, camera: { fit: [code] }, layouts: [plan.id] };
  const top = plan.industries.filter(isTopLevel(plan));
  const fields = (i: Industry) => plan.industries.filter((c) => c.parent === i.id);
  const withFields = (i: Industry): Text => {
    const f = fields(i);
    return f.length === 0 ? i.name : text(`${i.name.zh}（${names(f.map((c) => c.name)).zh}）`, `${i.name.en} (${names(f.map((c) => c.name)).en})`);
  };
  const steps: BriefingStep[] = [];

  for (const tier of Object.keys(TIERS) as Tier[]) {
    const at = plan.industries.filter((i) => i.tier?.level === tier);
    if (at.length === 0) continue;
    const interpreted = at.filter((i) => i.tier!.source.status === 'interpretation');
    const reasons = unique(interpreted.map((i) => local(i.tier!.source.reason, 'en')));
    const counts = targetsQuoting(plan, at.map((i) => i.tier!.source));
    steps.push({
      id: `industries-${tier}`,
      title: text(`${tierName(tier).zh}产业`, `Industries at the ${tierName(tier).en}`),
      notes: join([
        interpreted.length === at.length
          ? text(`数据中列为${tierName(tier).zh}的产业（解读）：${names(at.map(withFields)).zh}。`, `Industries the data places at the ${tierName(tier).en} (an interpretation): ${names(at.map(withFields)).en}.`)
          : text(`按规划规模列为${tierName(tier).zh}的产业：${names(at.map(withFields)).zh}。`, `Industries the plan puts at the ${tierName(tier).en}: ${names(at.map(withFields)).en}.`),
        text(citeAll(at.map((i) => i.tier!.source), 'zh'), citeAll(at.map((i) => i.tier!.source), 'en')),
        interpreted.length > 0 &&
          text(
            `${interpreted.length === at.length ? '这些产业的' : `${names(interpreted.map((i) => i.name)).zh}的`}规模等级是解读（非原文表述），面板中标为“解读”。`,
            `The tier of ${interpreted.length === at.length ? 'these industries' : names(interpreted.map((i) => i.name)).en} is an interpretation (marked so in the panel): ${reasons.join(' ')}`,
          ),
        ...plan.discrepancies.filter((d) => d.refs.some((r) => counts.some((t) => t.id === r) || at.some((i) => i.id === r))).map(discrepancySentence),
        steps.length === 0 && panelBlock,
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
    const sources = groups.flatMap((g) => g.industries.flatMap((i) => planWide(i).filter((r) => r.role === g.role).map((r) => r.source)));
    const counts = targetsQuoting(plan, sources);
    const unroled = untiered.filter((i) => planWide(i).length === 0);
    const systems = [...new Map(plan.industryGroups.map((g) => [g.system.en, g.system])).values()];
    steps.push({
      id: 'industries-by-role',
      title: steps.length > 0 ? text('其他产业：按产业定位', 'Other industries, by role') : text('产业：按产业定位', 'Industries by role'),
      notes: join([
        steps.length > 0
          ? text('以下产业文中没有规模等级，按其定位列出。', 'These industries have no stated tier; they are listed by the role the plan gives them.')
          : text('文中没有给出产业的规模等级，按其定位列出。', 'The text gives no scale tiers for industries; they are listed by the role the plan gives them.'),
        systems.length > 0 && text(`产业体系：${systems.map((s) => s.zh).join('、')}。`, `Industrial system: ${systems.map((s) => s.en).join(', ')}.`),
        ...groups.map((g) => text(`${roleName(g.role).zh}：${names(g.industries.map(withFields)).zh}。`, `${capital(roleName(g.role).en)}: ${names(g.industries.map(withFields)).en}.`)),
        unroled.length > 0 && text(`文中还提到（无定位、无等级）：${names(unroled.map((i) => i.name)).zh}。`, `Also named, with no role or tier: ${names(unroled.map((i) => i.name)).en}.`),
        ...counts.map(structureSentence),
        steps.length === 0 && panelBlock,
      ]),
      ...(counts.length > 0 ? { figures: counts.slice(0, 4).map((t) => targetRef(plan, t)) } : {}),
      ...base,
    });
  }
  return steps;
}

function elementStep(plan: Plan, element: LayoutElement, regions: RegionData): BriefingStep {
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
    beltRoles.length === 1 && industries.every((i) => i.roles.some((r) => r.context === element.id && r.role === beltRoles[0])) ? beltRoles[0] : null;
  const groupIds = new Set(industries.flatMap((i) => i.groups.map((g) => g.group)));
  const placedByUs = plan.industries.filter((i) => !element.industries.includes(i.id) && i.groups.some((g) => groupIds.has(g.group) && g.status === 'interpretation'));
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
          ? text(`布局产业（文中称为${roleName(oneRole).zh}）：${names(industries.map((i) => i.name)).zh}。`, `Industries assigned, which the text calls its ${roleName(oneRole).en} industries: ${names(industries.map((i) => i.name)).en}.`)
          : text(`布局产业：${names(industries.map((i) => i.name)).zh}。`, `Industries assigned: ${names(industries.map((i) => i.name)).en}.`)),
      ...(oneRole ? [] : beltRoles).map((role) => {
        const named = industries.filter((i) => i.roles.some((r) => r.context === element.id && r.role === role));
        return text(`文中称${names(named.map((i) => i.name)).zh}为此处的${roleName(role).zh}。`, `The text calls ${names(named.map((i) => i.name)).en} its ${roleName(role).en} industries.`);
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

// ---------------------------------------------------------------------------
// The comparison across the three regions

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
const shortTitle = (p: Plan): Text => SHORT_TITLES[p.id] ?? text(p.title.zh, p.title.en);

function comparisonBriefing(input: BriefingInput): Briefing {
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
    const ownPlans = (c: string) => unique(match.regions.get(c)!.reasons.filter((r) => r.from === c).map((r) => r.plan));
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
          `${c.name.zh}（${c.earlierOnly.map((code) => `${regionName(regions, code).zh}：仅见于${earlierOf(code).map((p) => `${shortTitle(p).zh}，目标年${p.period.end}年`).join('、')}`).join('；')}）`,
          `${c.name.en} (${c.earlierOnly.map((code) => `${regionName(regions, code).en}: in the ${earlierOf(code).map((p) => `${shortTitle(p).en}, targets for ${p.period.end},`).join(' and ')} alone`).join('; ')})`,
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
      : text(`${r.zh}规划的政策解读`, several ? `the policy interpretations of ${r.en}’s plans` : `the policy interpretation of ${r.en}’s plan`);
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
          i.tier ? text(`${i.name.zh}（${tierName(i.tier.level).zh}${i.tier.source.status === 'interpretation' ? '，解读' : ''}）`, `${i.name.en} (${tierName(i.tier.level).en}${i.tier.source.status === 'interpretation' ? ', an interpretation' : ''})`) : i.name;
        const when = earlier.includes(p) ? text(`（目标年${p.period.end}年）`, ` (targets for ${p.period.end})`) : text('', '');
        return [text(`${shortTitle(p).zh}${when.zh}：${names(shown.map(label)).zh}`, `${shortTitle(p).en}${when.en}: ${names(shown.map(label)).en}`)];
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
      return els.length ? [text(`${shortTitle(p).zh}的${names(els.map((e) => e.name)).zh}`, `${names(els.map((e) => e.name)).en} (${shortTitle(p).en})`)] : [];
    });
    return byPlan.length
      ? text(`地图上点亮的布局要素：${byPlan.map((t) => t.zh).join('；')}。`, `Layout elements lit on the map: ${byPlan.map((t) => t.en).join('; ')}.`)
      : text('地图上没有此类的布局要素，点亮的只是地区。', 'No layout element of this kind is drawn on the map; only regions light up.');
  };

  const steps: BriefingStep[] = [];
  steps.push({
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
  });

  for (const c of common) {
    steps.push({
      id: `all-${c.id}`,
      title: text(`${catName(c).zh}：三地规划均有`, `${catName(c).en}: planned in all three regions`),
      notes: join([text('点亮的是规划中有此类产业的地区和布局要素。', 'Lit: the regions and layout elements whose plans include this kind of industry.'), perRegion(c.id, codes), litElements([c.id])]),
      camera,
      filter: [c.id],
    });
  }

  // Categories planned in all but one region, one step per region that lacks them, so the map shows the gap.
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

  const single = categories.filter((c) => c.regions.length === 1);
  steps.push({
    id: 'summary',
    title: text('对比小结与来源', 'What the comparison shows, and its sources'),
    notes: join([
      text(`三地规划均有的产业类别：${names(common.map(catName)).zh}。`, `Planned in all three regions: ${names(common.map(catName)).en}.`),
      single.length > 0 &&
        join(
          single.map((c) => {
            const r = regionName(regions, c.regions[0]);
            const who = whoPlans(c.id, c.regions[0]);
            return c.earlierOnly.length > 0
              ? text(
                  `${c.name.zh}只见于${r.zh}较早的${earlierOf(c.regions[0]).map((p) => `${shortTitle(p).zh}（目标年${p.period.end}年）`).join('、')}，关于现行规划的文件都未提及（${who.map((e) => e.zh).join('；')}）。`,
                  `${c.name.en} rests on ${r.en}’s earlier ${earlierOf(c.regions[0]).map((p) => `${shortTitle(p).en} (targets for ${p.period.end})`).join(' and ')} alone, and no document on a current plan names it (${who.map((e) => e.en).join('; ')}).`,
                )
              : text(`只有${r.zh}有：${c.name.zh}（${who.map((e) => e.zh).join('；')}）。`, `Only in ${r.en}: ${c.name.en} (${who.map((e) => e.en).join('; ')}).`);
          }),
        ),
      text(
        `“有”指关于该规划的文件列出了该类产业，不代表规模相当：规模等级和目标见各规划的简报。“没有”只是说这些文件未提及：${codes.map((code) => docsOn(code).zh).join('、')}都不是规划全文。每一项都可在面板中查看原文引文。`,
        `“Planned” means the document on the plan lists such an industry, not that the scale is comparable: tiers and targets are in each plan’s own briefing. “Not” means only that the document does not name one: ${list(codes.map((code) => docsOn(code).en), 'en')} are not the plans’ full texts. Every item shows its quote in the panel.`,
      ),
    ]),
    camera,
  });

  return {
    version: 1,
    id: COMPARISON_ID,
    title: text(`三地对比：${all.zh}`, `Three regions compared: ${all.en}`),
    summary: text('哪些产业类别在三地的规划中都有，哪些只在部分地区有。', 'Which kinds of industry all three regions plan, and which only some do.'),
    plans: plans.map((p) => p.id),
    steps,
  };
}
