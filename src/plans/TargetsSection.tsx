import type { ReactNode } from 'react';
import type { Plan } from '../data/planSchema';
import { textIn } from '../data/planVocabulary';
import { useT } from '../ui/useT';
import { TargetBarChart } from '../charts/TargetBarChart';
import { PathChart } from '../charts/PathChart';
import { formatTargetShort } from '../ui/formatValue';
import { shapePlanTargets } from '../charts/shapeTargets';
import { SourceNote } from '../sources/SourceNote';
import type { CoveringPlan } from './shapeCoverage';
import { PlanBlock, type CoveredPlan } from './PlanBlock';
import { PlanProgress } from '../progress/PlanProgress';
import { PanelSection, type SectionEntry } from './PanelSection';

interface Props {
  coveringPlans: CoveredPlan[];
  badge: (c: CoveringPlan) => ReactNode;
  entry: SectionEntry;
}

/** Whether any of these plans gives figures the targets section draws (else it starts closed). */
export const hasTargetFigures = (coveringPlans: readonly CoveredPlan[]) =>
  coveringPlans.some(({ plan }) => {
    const s = shapePlanTargets(plan);
    return s.charts.length + s.paths.length > 0;
  });

export function TargetsSection({ coveringPlans, badge, entry }: Props) {
  return (
    <PanelSection entry={entry}>
      {coveringPlans.map(({ c, plan }) => (
        <PlanBlock key={plan.id} plan={plan} extra={badge(c)}>
          <PlanTargets plan={plan} />
        </PlanBlock>
      ))}
    </PanelSection>
  );
}

function PlanTargets({ plan }: { plan: Plan }) {
  const { lang, t } = useT();
  const shaped = shapePlanTargets(plan);
  return (
    <>
      {shaped.charts.length === 0 && <p className="muted">{t('plans.noTargets')}</p>}
      {shaped.charts.map((chart) => (
        <TargetBarChart key={chart.key} chart={chart} planTitle={plan.title} />
      ))}
      <PlanProgress plan={plan} />
      {shaped.paths.map((p) => (
        <PathChart key={p.target.id} path={p} planTitle={plan.title} />
      ))}
      {shaped.structure.length > 0 && (
        <details>
          <summary>
            {t('plans.structure')} ({shaped.structure.length})
          </summary>
          <ul className="figure-list">
            {shaped.structure.map((s) => (
              <li key={s.id} data-target={s.id}>
                <span>{s.label[lang]}:</span> <strong>{formatTargetShort(s, lang)}</strong>
                <SourceNote source={s.source} planTitle={plan.title} label={s.label[lang]} />
              </li>
            ))}
          </ul>
          {plan.discrepancies
            .filter((d) => d.refs.some((r) => shaped.structure.some((s) => s.id === r)))
            .map((d) => (
              <div key={d.id} className="discrepancy" role="note">
                <strong>{t('plans.discrepancy')}</strong>
                <p>{textIn(d.what, lang)}</p>
              </div>
            ))}
        </details>
      )}
    </>
  );
}
