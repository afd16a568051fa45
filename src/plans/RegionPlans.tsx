import { useId, useMemo, type ReactNode } from 'react';
import type { Plan, Taxonomy } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import { usePlanIndex, usePlans, useTaxonomy } from '../data/usePlanData';
import { useRenderingsOf } from '../data/useRenderings';
import { useT } from '../ui/useT';
import { isEarlierPlan, regionCoverage, type CoveringPlan, type RegionAppearance } from './shapeCoverage';
import { matchingIndustries } from '../charts/shapeIndustries';
import { PanelSummary } from './PanelSummary';
import { PanelToc, type SectionEntry } from './PanelSection';
import { hasTargetFigures, TargetsSection } from './TargetsSection';
import { ClustersSection, hasClusters, IndustriesSection } from './IndustriesSection';
import { LayoutSection } from './LayoutSection';
import { SourcesSection } from './SourcesSection';
import type { CoveredPlan } from './PlanBlock';
import type { StringKey } from '../i18n/strings';
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
    body = (
      <p className="muted" role="status">
        {t('plans.loading')}
      </p>
    );
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

function PlanSections({
  code,
  regions,
  covering,
  appearances,
  plans,
  taxonomy,
  highlight,
  onSelectRegion,
  onSelectElement,
}: SectionsProps) {
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
  const sections = panelSections(coveringPlans, t);
  const entry = (id: string) => sections.find((s) => s.id === id)!;

  const docs = [...new Set(plans.map((p) => p.id))].map((id) => byId.get(id)!);
  const matches = coveringPlans
    .map((x) => ({ plan: x.plan, industries: matchingIndustries(x.plan, highlight) }))
    .filter((m) => m.industries.length);

  return (
    <>
      {notes}
      <PanelSummary
        coveringPlans={coveringPlans}
        appearances={appearances}
        byId={byId}
        figuresKind={figuresKind}
        onSelectElement={onSelectElement}
      />
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

      <PanelToc sections={sections} />
      <TargetsSection coveringPlans={coveringPlans} badge={badge} entry={entry('targets')} />
      <IndustriesSection
        coveringPlans={coveringPlans}
        taxonomy={taxonomy}
        highlight={highlight}
        badge={badge}
        entry={entry('industries')}
      />
      {hasClusters(coveringPlans) && (
        <ClustersSection coveringPlans={coveringPlans} taxonomy={taxonomy} badge={badge} entry={entry('clusters')} />
      )}
      <LayoutSection
        entry={entry('layout')}
        code={code}
        appearances={appearances}
        byId={byId}
        taxonomy={taxonomy}
        highlight={highlight}
        onSelectElement={onSelectElement}
      />
      <SourcesSection docs={docs} entry={entry('sources')} />
    </>
  );
}

/**
 * The panel's sections in order, and which starts open: the first with figures to show — the
 * targets where a plan gives numbers, else the industries (Hebei's plan gives none: its ladder of
 * tiers is its figure) — so a region opens with one chart below its summary, as links and tests
 * expect, and the rest (lists of industries, layout roles, sources) one click away.
 */
function panelSections(coveringPlans: CoveredPlan[], t: (key: StringKey) => string): SectionEntry[] {
  const targetsOpen = hasTargetFigures(coveringPlans);
  const all: (SectionEntry | false)[] = [
    { id: 'targets', title: t('plans.targets'), open: targetsOpen },
    { id: 'industries', title: t('plans.industries'), open: !targetsOpen },
    hasClusters(coveringPlans) && { id: 'clusters', title: t('plans.clusters'), open: false },
    { id: 'layout', title: t('plans.layoutRoles'), open: false },
    { id: 'sources', title: t('plans.sources'), open: false },
  ];
  return all.filter((s): s is SectionEntry => !!s);
}
