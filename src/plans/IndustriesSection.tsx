import type { ReactNode } from 'react';
import type { Taxonomy } from '../data/planSchema';
import { ROLES } from '../data/planVocabulary';
import { useT } from '../ui/useT';
import { IndustryTierChart } from '../charts/IndustryTierChart';
import { ClusterChart } from '../charts/ClusterChart';
import { clusterStructures, industriesByRole, industriesByTier } from '../charts/shapeIndustries';
import { IndustryChip } from '../charts/IndustryChip';
import type { CoveringPlan } from './shapeCoverage';
import { PlanBlock, type CoveredPlan } from './PlanBlock';
import { atStart } from '../i18n/atStart';

interface Props {
  coveringPlans: CoveredPlan[];
  taxonomy: Taxonomy | undefined;
  highlight: string[];
  badge: (c: CoveringPlan) => ReactNode;
}

export function IndustriesSection({ coveringPlans, taxonomy, highlight, badge }: Props) {
  const { lang, t } = useT();
  return (
    <>
      <h3 data-section="industries">{t('plans.industries')}</h3>
      {coveringPlans.map(({ c, plan }) => {
        const roles = industriesByRole(plan, taxonomy, highlight);
        return (
          <PlanBlock key={plan.id} plan={plan} extra={badge(c)}>
            <IndustryTierChart
              groups={industriesByTier(plan, taxonomy, highlight)}
              taxonomy={taxonomy}
              planTitle={plan.title}
              title={t('plans.industries')}
            />
            {roles.length > 0 && <h5>{t('plans.byRole')}</h5>}
            {roles.map((g) => (
              <div key={g.role}>
                <h5>{atStart(ROLES[g.role][lang])}</h5>
                <ul className="industry-list">
                  {g.industries.map((s) => (
                    <li key={s.industry.id}>
                      <IndustryChip
                        shaped={s}
                        taxonomy={taxonomy}
                        planTitle={plan.title}
                        source={s.industry.roles.find((r) => r.role === g.role)?.source}
                      />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </PlanBlock>
        );
      })}
    </>
  );
}

export function ClustersSection({ coveringPlans, taxonomy, badge }: Omit<Props, 'highlight'>) {
  const { t } = useT();
  const withClusters = coveringPlans.map((x) => ({ ...x, structures: clusterStructures(x.plan) })).filter((x) => x.structures.length);
  return (
    <>
      {withClusters.length > 0 && <h3 data-section="clusters">{t('plans.clusters')}</h3>}
      {withClusters.map(({ c, plan, structures }) => (
        <PlanBlock key={plan.id} plan={plan} extra={badge(c)}>
          {structures.map((s) => (
            <ClusterChart key={s.total.id} structure={s} plan={plan} taxonomy={taxonomy} />
          ))}
        </PlanBlock>
      ))}
    </>
  );
}
