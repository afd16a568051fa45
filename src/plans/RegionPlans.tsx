import { useId, useMemo, type ReactNode } from 'react';
import type { Plan, Taxonomy } from '../data/planSchema';
import { ROLES, textIn } from '../data/planVocabulary';
import type { RegionData } from '../data/regions';
import { usePlanIndex, usePlans, useTaxonomy } from '../data/usePlanData';
import { useRenderingsOf } from '../data/useRenderings';
import { useT } from '../ui/useT';
import { TargetBarChart } from '../charts/TargetBarChart';
import { PathChart } from '../charts/PathChart';
import { IndustryTierChart } from '../charts/IndustryTierChart';
import { ClusterChart } from '../charts/ClusterChart';
import { formatTargetShort } from '../ui/formatValue';
import { isEarlierPlan, regionCoverage, type CoveringPlan, type RegionAppearance } from './shapeCoverage';
import { shapePlanTargets } from '../charts/shapeTargets';
import { clusterStructures, industriesByRole, industriesByTier, matchingIndustries, shapeIndustry } from '../charts/shapeIndustries';
import { SourceNote } from '../sources/SourceNote';
import { IndustryChip } from '../charts/IndustryChip';
import { MemberStatus } from './MemberStatus';
import { SourceDocEntry } from '../sources/SourceLinks';
import { PlanHeadlines } from './PlanHeadlines';
import './plans.css';

interface Props {
  code: string;
  regions: RegionData;
  /** taxonomy ids of the industry filter */
  highlightCategories?: string[];
  onSelectRegion: (code: string) => void;
  onSelectElement: (planId: string, elementId: string) => void;
}

/** The plan sections of a region's panel: targets, industries, clusters, layout roles, sources. */
export function RegionPlans({ code, regions, highlightCategories = [], onSelectRegion, onSelectElement }: Props) {
  const { t } = useT();
  const index = usePlanIndex();
  const taxonomy = useTaxonomy();
  const coverage = useMemo(() => (index.data ? regionCoverage(index.data, regions, code) : undefined), [index.data, regions, code]);
  const plans = usePlans(coverage?.planIds ?? []);
  useRenderingsOf(plans.data?.map((p) => p.doc) ?? []);
  const headingId = useId();

  let body: ReactNode;
  if (index.isError || plans.isError) {
    body = (
      <p role="alert">
        {t('plans.loadFailed')}
        {(index.error ?? plans.error)?.message ? <small className="muted"> ({(index.error ?? plans.error)?.message})</small> : null}
      </p>
    );
  } else if (!coverage || (coverage.planIds.length > 0 && !plans.data)) {
    body = <p className="muted" role="status">{t('plans.loading')}</p>;
  } else if (coverage.planIds.length === 0) {
    body = <p className="muted">{t('plans.none')}</p>;
  } else {
    body = (
      <PlanSections
        code={code}
        regions={regions}
        covering={coverage.covering}
        appearances={coverage.appearances}
        plans={plans.data!}
        taxonomy={taxonomy.data}
        highlight={highlightCategories}
        onSelectRegion={onSelectRegion}
        onSelectElement={onSelectElement}
      />
    );
  }
  return (
    <section className="plans" aria-labelledby={headingId}>
      <h3 id={headingId} className="visually-hidden">
        {t('plans.heading')}
      </h3>
      {body}
    </section>
  );
}

interface SectionsProps {
  code: string;
  regions: RegionData;
  covering: CoveringPlan[];
  appearances: RegionAppearance[];
  plans: Plan[];
  taxonomy: Taxonomy | undefined;
  highlight: string[];
  onSelectRegion: (code: string) => void;
  onSelectElement: (planId: string, elementId: string) => void;
}

function PlanSections({ code, regions, covering, appearances, plans, taxonomy, highlight, onSelectRegion, onSelectElement }: SectionsProps) {
  const { lang, t } = useT();
  const byId = new Map(plans.map((p) => [p.id, p]));
  const regionName = (c: string) => (regions.regions.get(c) ?? regions.context.get(c))?.name[lang] ?? c;
  // Current plans first, the earlier (2013–2017) plan last and apart.
  const coveringPlans = covering
    .map((c) => ({ c, plan: byId.get(c.planId)! }))
    .filter((x) => x.plan)
    .sort((a, b) => Number(isEarlierPlan(a.plan.period)) - Number(isEarlierPlan(b.plan.period)));
  const ancestors = [...new Set(covering.filter((c) => !c.own).map((c) => c.viaCode))];
  const figuresKind = (via: string) =>
    covering.find((c) => c.viaCode === via)?.viaLevel === 'province' ? t('plans.provincialFigures') : t('plans.cityFigures');

  const notes = ancestors.map((via) => (
    <p key={via} className="figures-note" role="note">
      <span className="figures-badge">{figuresKind(via)}</span>:{' '}
      {t('plans.viaAncestor', { region: regionName(code), via: regionName(via), kind: figuresKind(via) })}{' '}
      {regions.regions.has(via) && (
        <button type="button" className="link-button" onClick={() => onSelectRegion(via)}>
          {regionName(via)} ▸
        </button>
      )}
    </p>
  ));
  const badge = (c: CoveringPlan) => (c.own ? null : <span className="figures-badge period-badge">{figuresKind(c.viaCode)}</span>);

  const docs = [...new Set(plans.map((p) => p.id))].map((id) => byId.get(id)!);
  const withClusters = coveringPlans.map((x) => ({ ...x, structures: clusterStructures(x.plan) })).filter((x) => x.structures.length);
  const matches = coveringPlans
    .map((x) => ({ plan: x.plan, industries: matchingIndustries(x.plan, highlight) }))
    .filter((m) => m.industries.length);

  return (
    <>
      {notes}
      <PlanHeadlines plans={coveringPlans.filter((x) => x.c.own).map((x) => x.plan)} onSelectElement={onSelectElement} />
      {highlight.length > 0 && (
        <div className="filter-matches" role="status">
          {matches.length === 0 ? (
            <p className="muted">{t('plans.noMatch')}</p>
          ) : (
            <ul className="match-list">
              {matches.flatMap(({ plan, industries }) =>
                highlight
                  .filter((cat) => industries.some((i) => i.taxonomy.includes(cat)))
                  .map((cat) => (
                    <li key={`${plan.id}:${cat}`}>
                      {t('plans.match', {
                        category: taxonomy?.categories.find((c) => c.id === cat)?.name[lang] ?? cat,
                        plan: plan.title[lang],
                      })}
                      :{' '}
                      {industries
                        .filter((i) => i.taxonomy.includes(cat))
                        .map((i) => i.name[lang])
                        .join(lang === 'zh' ? '、' : ', ')}
                    </li>
                  )),
              )}
            </ul>
          )}
        </div>
      )}

      <h3 data-section="targets">{t('plans.targets')}</h3>
      {coveringPlans.map(({ c, plan }) => {
        const shaped = shapePlanTargets(plan);
        return (
          <PlanBlock key={plan.id} plan={plan} extra={badge(c)}>
            {shaped.charts.length === 0 && <p className="muted">{t('plans.noTargets')}</p>}
            {shaped.charts.map((chart) => (
              <TargetBarChart key={chart.key} chart={chart} planTitle={plan.title} />
            ))}
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
          </PlanBlock>
        );
      })}

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
                <h5>{ROLES[g.role][lang]}</h5>
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

      {withClusters.length > 0 && <h3>{t('plans.clusters')}</h3>}
      {withClusters.map(({ c, plan, structures }) => (
        <PlanBlock key={plan.id} plan={plan} extra={badge(c)}>
          {structures.map((s) => (
            <ClusterChart key={s.total.id} structure={s} plan={plan} taxonomy={taxonomy} />
          ))}
        </PlanBlock>
      ))}

      <h3 data-section="layout">{t('plans.layoutRoles')}</h3>
      {appearances.length === 0 ? (
        <p className="muted">{t('plans.layout.none')}</p>
      ) : (
        appearances.map((a) => {
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
                      <button type="button" className="link-button" onClick={() => onSelectElement(plan.id, el.id)} aria-label={t('plans.layout.open', { name })}>
                        {t('plans.layout.inElement', { kind: t(`plans.kind.${el.kind}`), name })}
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
                      <IndustryChip shaped={shapeIndustry(ind, taxonomy, highlight)} taxonomy={taxonomy} planTitle={plan.title} source={member?.source} />
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

      <h3 data-section="sources">{t('plans.sources')}</h3>
      <ul className="source-docs">
        {docs.map((p) => (
          <li key={p.id} data-doc-plan={p.id}>
            <cite>{p.title[lang]}</cite> ({t('plans.period', { start: String(p.period.start), end: String(p.period.end) })}) — {p.issuer[lang]}, {p.date.label[lang]};{' '}
            <SourceDocEntry file={p.doc} fallback={t(`plans.docKind.${p.docKind}`)} />
          </li>
        ))}
      </ul>
    </>
  );
}

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
