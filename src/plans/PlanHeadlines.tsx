import { Fragment, useId } from 'react';
import type { Plan } from '../data/planSchema';
import { panelString } from '../i18n/panelStrings';
import { useT } from '../ui/useT';
import { isEarlierPlan } from './shapeCoverage';
import { SourceNote } from '../sources/SourceNote';
import './plans.css';

export interface Headline {
  plan: Plan;
  /** the industrial systems named by the plan (e.g. “4+4+3+N”), each with its groups */
  systems: { name: Plan['industryGroups'][number]['system']; groups: Plan['industryGroups'] }[];
  /** the plan's development patterns (layout elements of kind `pattern`, e.g. “one core, two poles …”) */
  patterns: Plan['layout'];
}

/**
 * A plan's headline concepts: its industrial systems (the industryGroups' `system`) and its
 * development patterns (layout `pattern`). Plans with neither have none; so has the earlier
 * (2013–2017) plan, whose figures stay apart, further down the panel.
 */
export function planHeadline(plan: Plan): Headline | null {
  if (isEarlierPlan(plan.period)) return null;
  const systems: Headline['systems'] = [];
  for (const g of plan.industryGroups) {
    const system = systems.find((s) => s.name.en === g.system.en);
    if (system) system.groups.push(g);
    else systems.push({ name: g.system, groups: [g] });
  }
  const patterns = plan.layout.filter((e) => e.kind === 'pattern');
  return systems.length || patterns.length ? { plan, systems, patterns } : null;
}

/**
 * The headline concepts of the plans a region is the subject of, at the top of its panel, so that
 * a person opening Hebei sees “4+4+3+N” and “one core, two poles, four zones, multiple clusters”
 * without opening anything. Each concept carries its source; a pattern opens its layout element.
 */
export function PlanHeadlines({
  plans,
  onSelectElement,
}: {
  plans: readonly Plan[];
  onSelectElement: (planId: string, elementId: string) => void;
}) {
  const { lang, t } = useT();
  const headingId = useId();
  const headlines = plans.map(planHeadline).filter((h): h is Headline => !!h);
  if (headlines.length === 0) return null;
  // Where several plans cover the region, each concept says whose it is.
  const several = plans.length > 1;
  return (
    <section className="plan-headlines" aria-labelledby={headingId}>
      <h3 id={headingId}>{panelString(lang, 'headlines.heading')}</h3>
      {headlines.map(({ plan, systems, patterns }) => (
        <div key={plan.id} className="plan-headline" data-plan={plan.id}>
          {several && <p className="plan-headline-plan muted">{plan.title[lang]}</p>}
          <ul>
            {systems.map((s) => {
              // A system of one group with the system's own name (Jilin's modern industrial system) is said once.
              const alone = s.groups.length === 1 && s.groups[0].name.en === s.name.en;
              return (
                <li key={s.name.en}>
                  <strong className="headline-concept">{s.name[lang]}</strong>
                  {alone ? (
                    <SourceNote source={s.groups[0].source} planTitle={plan.title} label={s.name[lang]} />
                  ) : (
                    <>
                      {lang === 'zh' ? '：' : ': '}
                      {s.groups.map((g, i) => {
                        const last = i === s.groups.length - 1;
                        // One unit: a group's name, its source and the separator after it (a line may break after it).
                        return (
                          <Fragment key={g.id}>
                            <span className="headline-group">
                              {g.count === null
                                ? g.name[lang]
                                : panelString(lang, 'headlines.count', { name: g.name[lang], count: String(g.count) })}
                              <SourceNote source={g.source} planTitle={plan.title} label={g.name[lang]} />
                              {!last && (lang === 'zh' ? '、' : ',')}
                            </span>
                            {!last && lang === 'en' && ' '}
                          </Fragment>
                        );
                      })}
                    </>
                  )}
                </li>
              );
            })}
            {patterns.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="link-button headline-concept"
                  onClick={() => onSelectElement(plan.id, e.id)}
                  aria-label={t('plans.layout.open', { name: e.name[lang] })}
                >
                  {e.name[lang]}
                </button>{' '}
                <span className="muted">{lang === 'zh' ? `（${t('plans.kind.pattern')}）` : `(${t('plans.kind.pattern')})`}</span>
                <SourceNote source={e.source} planTitle={plan.title} label={e.name[lang]} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
