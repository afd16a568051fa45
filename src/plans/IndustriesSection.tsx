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
import { PanelSection, type SectionEntry } from './PanelSection';
import { atStart } from '../i18n/atStart';

interface Props {
  coveringPlans: CoveredPlan[];
  taxonomy: Taxonomy | undefined;
  highlight: string[];
  badge: (c: CoveringPlan) => ReactNode;
  entry: SectionEntry;
}

export function IndustriesSection({ coveringPlans, taxonomy, highlight, badge, entry }: Props) {
  const { lang, t } = useT();
  return (
    <PanelSection entry={entry}>
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
    </PanelSection>
  );
}

/** Whether any of these plans has a cluster structure (else the panel has no clusters section). */
export const hasClusters = (coveringPlans: readonly CoveredPlan[]) => coveringPlans.some((x) => clusterStructures(x.plan).length > 0);

export function ClustersSection({ coveringPlans, taxonomy, badge, entry }: Omit<Props, 'highlight'>) {
  const withClusters = coveringPlans.map((x) => ({ ...x, structures: clusterStructures(x.plan) })).filter((x) => x.structures.length);
  if (withClusters.length === 0) return null;
  return (
    <PanelSection entry={entry}>
      {withClusters.map(({ c, plan, structures }) => (
        <PlanBlock key={plan.id} plan={plan} extra={badge(c)}>
          {structures.map((s) => (
            <ClusterChart key={s.total.id} structure={s} plan={plan} taxonomy={taxonomy} />
          ))}
        </PlanBlock>
      ))}
    </PanelSection>
  );
}
