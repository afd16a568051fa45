/** The plans' sources as citations (pure): what each supports, its label in both languages, and where the app shows it. */
import { PLAN_KINDS, ROLES, TIERS, textIn } from '../data/planVocabulary';
import type { Bilingual, Plan, Source } from '../data/planSchema';
import { sourceStrings } from '../i18n/sourceStrings';
import type { Citation, Destination, ItemKind, Reveal } from './provenance';

export type RegionNames = (code: string) => Bilingual | undefined;

const kindLabel = (kind: ItemKind): Bilingual => sourceStrings[`sources.item.${kind}`];
const both = (text: { zh: string; en: string }): Bilingual => ({ zh: text.zh, en: text.en });
const join = (a: Bilingual, b: Bilingual, zhSep: string, enSep: string): Bilingual => ({
  zh: `${a.zh}${zhSep}${b.zh}`,
  en: `${a.en}${enSep}${b.en}`,
});
const plain = (text: string): Bilingual => ({ zh: text, en: text });

/**
 * Every source in the plans as a citation: what it supports, its label and where the app shows it.
 * Size: one walk over a plan with one block per sourced part of the plan schema, in planSchema.ts's
 * order, all sharing the `add` closure; cut into pieces it would no longer read against the schema.
 */
export function citationsOf(plans: readonly Plan[], regionName: RegionNames = () => undefined): Citation[] {
  const out: Citation[] = [];
  for (const plan of plans) {
    const planLabel = both(plan.title);
    const home = plan.region.code;
    const placeName = (code: string) => regionName(code) ?? plain(code);
    const region = (code: string, reveal?: Reveal): Destination => ({ kind: 'region', code, name: placeName(code), reveal });
    const add = (source: Source, path: string, item: ItemKind, itemKey: string, name: Bilingual, to: Destination) =>
      out.push({
        planId: plan.id,
        path,
        item,
        itemKey: `${plan.id}/${itemKey}`,
        figure: item === 'target' || item === 'target-rate' || item === 'target-baseline' || item === 'discrepancy',
        label: { plan: planLabel, kind: kindLabel(item), name },
        status: source.status,
        doc: source.doc,
        quote: source.quote,
        to,
      });

    const facts = {
      title: 'plan-title',
      issuer: 'plan-issuer',
      date: 'plan-date',
      period: 'plan-period',
      region: 'plan-region',
      kind: 'plan-kind',
    } as const;
    const factName: Record<keyof typeof facts, Bilingual> = {
      title: planLabel,
      issuer: both(plan.issuer),
      date: both(plan.date.label),
      period: { zh: `${plan.period.start}—${plan.period.end}年`, en: `${plan.period.start}–${plan.period.end}` },
      region: both(plan.region.name),
      kind: both(PLAN_KINDS[plan.kind.value]),
    };
    for (const fact of Object.keys(facts) as (keyof typeof facts)[]) {
      add(plan[fact].source, `${fact}.source`, facts[fact], fact, factName[fact], region(home, { kind: 'sources', planId: plan.id }));
    }

    plan.targets.forEach((t, i) => {
      const to = region(t.regionCode, { kind: 'target', key: `${plan.id}/${t.id}` });
      const key = `targets/${t.id}`;
      add(t.source, `targets[${i}].source`, 'target', key, both(t.label), to);
      if (t.rate) add(t.rate.source, `targets[${i}].rate.source`, 'target-rate', key, both(t.label), to);
      if (t.baseline) add(t.baseline.source, `targets[${i}].baseline.source`, 'target-baseline', key, both(t.label), to);
    });

    plan.industries.forEach((ind, i) => {
      const name = both(ind.name);
      const to = region(home, { kind: 'industry', id: ind.id });
      const key = `industries/${ind.id}`;
      const at = `industries[${i}]`;
      add(ind.source, `${at}.source`, 'industry', key, name, to);
      if (ind.tier) add(ind.tier.source, `${at}.tier.source`, 'industry-tier', key, join(name, TIERS[ind.tier.level], '：', ': '), to);
      ind.roles.forEach((r, k) =>
        add(r.source, `${at}.roles[${k}].source`, 'industry-role', key, join(name, ROLES[r.role], '：', ': '), to),
      );
      ind.groups.forEach((g, k) => {
        const group = plan.industryGroups.find((x) => x.id === g.group);
        add(g.source, `${at}.groups[${k}].source`, 'industry-group', key, group ? join(name, both(group.name), ' → ', ' → ') : name, to);
      });
      ind.hostRegions?.forEach((m, k) =>
        add(
          m.source,
          `${at}.hostRegions[${k}].source`,
          'industry-host',
          `${key}/hosts/${m.code}`,
          join(placeName(m.code), name, '：', ': '),
          region(m.code, { kind: 'industry', id: ind.id }),
        ),
      );
    });

    plan.industryGroups.forEach((g, i) =>
      add(
        g.source,
        `industryGroups[${i}].source`,
        'group',
        `groups/${g.id}`,
        join(both(g.system), both(g.name), '：', ': '),
        region(home, { kind: 'plan', planId: plan.id }),
      ),
    );

    plan.layout.forEach((el, i) => {
      const to: Destination = { kind: 'element', key: `${plan.id}/${el.id}`, name: both(el.name) };
      add(el.source, `layout[${i}].source`, 'element', `layout/${el.id}`, both(el.name), to);
      el.members.forEach((m, k) =>
        add(
          m.source,
          `layout[${i}].members[${k}].source`,
          'member',
          `layout/${el.id}/${m.code}`,
          join(both(el.name), placeName(m.code), '：', ': '),
          to,
        ),
      );
    });

    plan.tasks.forEach((list, i) => {
      const to = region(home, { kind: 'plan', planId: plan.id });
      add(list.source, `tasks[${i}].source`, 'task-list', `tasks/${list.id}`, both(list.name), to);
      list.items.forEach((item, k) =>
        add(
          item.source,
          `tasks[${i}].items[${k}].source`,
          'task',
          `tasks/${list.id}/${item.id}`,
          join(both(list.name), both(item.name), '：', ': '),
          to,
        ),
      );
    });

    plan.discrepancies.forEach((d, i) =>
      d.figures.forEach((f, k) =>
        add(
          f.source,
          `discrepancies[${i}].figures[${k}].source`,
          'discrepancy',
          `discrepancies/${d.id}/${k}`,
          { zh: `${f.value}（${textIn(f.label, 'zh')}）`, en: `${f.value} (${textIn(f.label, 'en')})` },
          region(home, { kind: 'plan', planId: plan.id }),
        ),
      ),
    );
  }
  return out;
}
