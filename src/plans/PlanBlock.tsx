import type { ReactNode } from 'react';
import type { Plan } from '../data/planSchema';
import { useT } from '../ui/useT';
import { isEarlierPlan, type CoveringPlan } from './shapeCoverage';

/** A plan's sub-block with its title and period; the earlier (2013–2017) plan is set apart. */
export function PlanBlock({ plan, extra, children }: { plan: Plan; extra?: ReactNode; children: ReactNode }) {
  const { lang, t } = useT();
  const earlier = isEarlierPlan(plan.period);
  const vars = { start: String(plan.period.start), end: String(plan.period.end) };
  return (
    <div className={`plan-block${earlier ? ' earlier' : ''}`} data-plan={plan.id}>
      <h4>
        {plan.title[lang]} <span className="period-badge">{t('plans.period', vars)}</span>
        {extra}
      </h4>
      {earlier && <p className="earlier-label">{t('plans.earlier', vars)}</p>}
      {children}
    </div>
  );
}

export interface CoveredPlan {
  c: CoveringPlan;
  plan: Plan;
}
