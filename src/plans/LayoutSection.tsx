import type { Plan, Taxonomy } from '../data/planSchema';
import { textIn } from '../data/planVocabulary';
import { useT } from '../ui/useT';
import { shapeIndustry } from '../charts/shapeIndustries';
import { IndustryChip } from '../charts/IndustryChip';
import { MemberStatus } from './MemberStatus';
import type { RegionAppearance } from './shapeCoverage';
import { PlanBlock } from './PlanBlock';
import { atStart } from '../i18n/atStart';

interface Props {
  code: string;
  appearances: RegionAppearance[];
  byId: Map<string, Plan>;
  taxonomy: Taxonomy | undefined;
  highlight: string[];
  onSelectElement: (planId: string, elementId: string) => void;
}

export function LayoutSection({ code, appearances, byId, taxonomy, highlight, onSelectElement }: Props) {
  const { lang, t } = useT();
  // The plans of this very region (Hebei's, Jilin's, Lishui's) set out its whole layout: listed first.
  const own = [...byId.values()].filter((p) => p.region.code === code && p.layout.some((e) => e.kind !== 'pattern'));
  return (
    <>
      <h3 data-section="layout">{t('plans.layoutRoles')}</h3>
      {own.map((plan) => (
        <PlanBlock key={plan.id} plan={plan}>
          <p>{t('plans.layout.whole')}</p>
          <ul className="layout-roles">
            {plan.layout
              .filter((e) => e.kind !== 'pattern')
              .map((el) => (
                <li key={el.id}>
                  <button type="button" className="link-button" onClick={() => onSelectElement(plan.id, el.id)}>
                    {t('plans.layout.inElement', { kind: atStart(t(`plans.kind.${el.kind}`)), name: el.name[lang] })}
                  </button>
                </li>
              ))}
          </ul>
        </PlanBlock>
      ))}
      {appearances.length === 0 && own.length === 0 ? (
        <p className="muted">{t('plans.layout.none')}</p>
      ) : (
        appearances
          .filter((a) => !own.some((p) => p.id === a.planId))
          .map((a) => {
            const plan = byId.get(a.planId);
            if (!plan) return null;
            return (
              <PlanBlock key={plan.id} plan={plan}>
                <ul className="layout-roles">
                  {a.elements.map((id) => {
                    const el = plan.layout.find((e) => e.id === id);
                    if (!el) return null;
                    const member = el.members.find((m) => m.code === code);
                    const name = el.name[lang];
                    return (
                      <li key={id}>
                        <button type="button" className="link-button" onClick={() => onSelectElement(plan.id, el.id)}>
                          {t('plans.layout.inElement', { kind: atStart(t(`plans.kind.${el.kind}`)), name })}
                        </button>{' '}
                        {member && <MemberStatus member={member} plan={plan} label={name} />}
                      </li>
                    );
                  })}
                  {a.industries.map((id) => {
                    const ind = plan.industries.find((i) => i.id === id);
                    if (!ind) return null;
                    const member = ind.hostRegions?.find((m) => m.code === code);
                    return (
                      <li key={id}>
                        {t('plans.layout.hosts')}:{' '}
                        <IndustryChip
                          shaped={shapeIndustry(ind, taxonomy, highlight)}
                          taxonomy={taxonomy}
                          planTitle={plan.title}
                          source={member?.source}
                        />
                        {member?.reason && (
                          <small className="muted">
                            {' '}
                            — {t('plans.source.reason')}: <span>{textIn(member.reason, lang)}</span>
                          </small>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </PlanBlock>
            );
          })
      )}
    </>
  );
}
