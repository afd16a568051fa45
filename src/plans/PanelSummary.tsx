import { useId, type ReactNode } from 'react';
import type { Plan } from '../data/planSchema';
import { panelString } from '../i18n/panelStrings';
import { useT } from '../ui/useT';
import { atStart } from '../i18n/atStart';
import { HeadlineFigures } from './HeadlineFigures';
import { headlineTargets } from './headlineTargets';
import { PlanHeadlines } from './PlanHeadlines';
import type { CoveredPlan } from './PlanBlock';
import { isEarlierPlan, type RegionAppearance } from './shapeCoverage';

interface Props {
  coveringPlans: CoveredPlan[];
  appearances: RegionAppearance[];
  byId: Map<string, Plan>;
  /** "provincial figures" / "city-level figures" for a plan that covers the region through an ancestor */
  figuresKind: (viaCode: string) => string;
  onSelectElement: (planId: string, elementId: string) => void;
}

/**
 * The first screen of a region's panel: what the plans say about this place. The headline figures
 * (a few targets as cards, each with its source; an ancestor's marked as such) and the place's role:
 * the plans it is the subject of with their headline concepts, the layout elements it belongs to and
 * the industries it hosts. The rest of the panel is one collapsible section at a time.
 */
export function PanelSummary({ coveringPlans, appearances, byId, figuresKind, onSelectElement }: Props) {
  const { lang } = useT();
  const headingId = useId();
  const own = coveringPlans.filter((x) => x.c.own).map((x) => x.plan);
  const ownFigures = headlineTargets(own);
  const figures = ownFigures.length ? ownFigures : headlineTargets(coveringPlans.map((x) => x.plan));
  const via = ownFigures.length ? undefined : coveringPlans.find((x) => x.plan.id === figures[0]?.plan.id)?.c.viaCode;
  const badge = via ? <p className="figures-badge headline-figures-badge">{figuresKind(via)}</p> : undefined;
  return (
    <section className="panel-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>{panelString(lang, 'summary.heading')}</h3>
      <HeadlineFigures figures={figures} badge={badge} />
      <PlaceRole own={own} appearances={appearances} byId={byId} onSelectElement={onSelectElement} />
      <PlanHeadlines plans={own} onSelectElement={onSelectElement} />
    </section>
  );
}

function PlaceRole({
  own,
  appearances,
  byId,
  onSelectElement,
}: {
  own: Plan[];
  appearances: RegionAppearance[];
  byId: Map<string, Plan>;
  onSelectElement: (planId: string, elementId: string) => void;
}) {
  const { lang, t } = useT();
  const sep = lang === 'zh' ? '、' : ', ';
  const items: ReactNode[] = [];
  if (own.length)
    items.push(
      <li key="subject">
        {panelString(lang, 'summary.subjectOf', {
          // The earlier (2013–2017) plan with its period, as everywhere it is shown.
          plans: own
            .map((p) => {
              if (!isEarlierPlan(p.period)) return p.title[lang];
              const period = t('plans.period', { start: String(p.period.start), end: String(p.period.end) });
              return lang === 'zh' ? `${p.title.zh}（${period}）` : `${p.title.en} (${period})`;
            })
            .join(sep),
        })}
      </li>,
    );
  for (const a of appearances) {
    const plan = byId.get(a.planId);
    if (!plan || own.includes(plan)) continue;
    const elements = a.elements.map((id) => plan.layout.find((e) => e.id === id)).filter((e) => e !== undefined);
    const industries = a.industries.map((id) => plan.industries.find((i) => i.id === id)).filter((i) => i !== undefined);
    const earlier = isEarlierPlan(plan.period);
    const period = earlier ? (
      <span className="period-badge">{t('plans.period', { start: String(plan.period.start), end: String(plan.period.end) })}</span>
    ) : null;
    for (const el of elements)
      items.push(
        <li key={`${plan.id}/${el.id}`}>
          <button type="button" className="link-button" data-plan={plan.id} onClick={() => onSelectElement(plan.id, el.id)}>
            {t('plans.layout.inElement', { kind: atStart(t(`plans.kind.${el.kind}`)), name: el.name[lang] })}
          </button>
          {period}
        </li>,
      );
    if (industries.length)
      items.push(
        <li key={`${plan.id}/industries`}>
          {panelString(lang, 'summary.hosts', { industries: industries.map((i) => i.name[lang]).join(sep) })}
          {period}
        </li>,
      );
  }
  if (items.length === 0) return null;
  return (
    <div className="place-role">
      <h4>{panelString(lang, 'summary.role')}</h4>
      <ul>{items}</ul>
    </div>
  );
}
