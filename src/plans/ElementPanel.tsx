import { useId } from 'react';
import type { RegionData } from '../data/regions';
import type { Member } from '../data/planSchema';
import { textIn } from '../data/planVocabulary';
import { usePlan, useTaxonomy } from '../data/usePlanData';
import { useT } from '../ui/useT';
import { IndustryChip } from '../charts/IndustryChip';
import { shapeIndustry } from '../charts/shapeIndustries';
import { SourceNote } from '../sources/SourceNote';
import { QuoteText } from '../sources/QuoteText';
import { MemberStatus } from './MemberStatus';
import { isEarlierPlan } from './shapeCoverage';
import { OpenSourceButton } from '../sources/SourceLinks';
import './plans.css';
import { ClosePanelButton } from '../ui/ClosePanelButton';
import { PanelSection, PanelToc, type SectionEntry } from './PanelSection';
import { atStart } from '../i18n/atStart';

/** Lists of up to this many entries start open in an element's panel. */
const SHORT_LIST = 8;

interface Props {
  planId: string;
  elementId: string;
  regions: RegionData;
  onSelectRegion: (code: string) => void;
  onClose: () => void;
}

/** The side panel for one layout element: what it is, in which plan, which industries and places. */
export function ElementPanel({ planId, elementId, regions, onSelectRegion, onClose }: Props) {
  const { lang, t } = useT();
  const plan = usePlan(planId);
  const taxonomy = useTaxonomy();
  const titleId = useId();
  const element = plan.data?.layout.find((e) => e.id === elementId);
  const regionName = (code: string) => (regions.regions.get(code) ?? regions.context.get(code))?.name[lang] ?? code;

  const close = <ClosePanelButton onClose={onClose} />;
  if (!element || !plan.data) {
    const message = plan.isError ? t('plans.loadFailed') : plan.data ? t('plans.element.notFound') : t('plans.loading');
    return (
      <aside className="panel" aria-labelledby={titleId} data-map-overlay>
        <header className="panel-header">
          <h2 id={titleId}>{message}</h2>
          {close}
        </header>
      </aside>
    );
  }
  const p = plan.data;
  const vars = { start: String(p.period.start), end: String(p.period.end) };
  const industries = element.industries.map((id) => p.industries.find((i) => i.id === id)).filter((i) => i !== undefined);
  // Short lists start open (a click costs more than a few lines); long ones closed, one click away.
  const sections: SectionEntry[] = [
    { id: 'element-industries', title: t('plans.element.industries'), open: industries.length <= SHORT_LIST },
    { id: 'element-members', title: t('plans.element.members'), open: element.members.length <= SHORT_LIST },
  ];
  const sharedReason = sameReason(element.members);
  return (
    <aside className="panel" aria-labelledby={titleId} data-map-overlay>
      <header className="panel-header">
        <div>
          <h2 id={titleId}>{element.name[lang]}</h2>
          {/* The Chinese name under the English one helps match the Chinese documents; in Chinese mode no English is shown. */}
          {lang === 'en' && (
            <p className="panel-subtitle" lang="zh-CN">
              {element.name.zh}
            </p>
          )}
        </div>
        {close}
      </header>
      <dl className="element-facts">
        <dt>{t('plans.element.kind')}</dt>
        <dd>{atStart(t(`plans.kind.${element.kind}`))}</dd>
        <dt>{t('plans.element.plan')}</dt>
        <dd>
          {p.title[lang]} <span className="period-badge">{t('plans.period', vars)}</span>
          {isEarlierPlan(p.period) && <p className="earlier-label">{t('plans.earlier', vars)}</p>}
        </dd>
        {element.theme && (
          <>
            <dt>{t('plans.element.theme')}</dt>
            <dd>{element.theme[lang]}</dd>
          </>
        )}
        {/* What the plan says about it, on the first screen. */}
        <dt>{t('plans.source.quote')}</dt>
        <dd>
          <QuoteText source={element.source} /> <SourceNote source={element.source} planTitle={p.title} label={element.name[lang]} />
          <OpenSourceButton file={element.source.doc} quote={element.source.quote} label={element.name[lang]} short />
        </dd>
        {element.note && (
          <>
            <dt>{t('plans.element.note')}</dt>
            <dd>{textIn(element.note, lang)}</dd>
          </>
        )}
      </dl>
      <div className="plans element-sections">
        <PanelToc sections={sections} />
        <PanelSection entry={sections[0]}>
          {industries.length === 0 ? (
            <p className="muted">{t('plans.element.noIndustries')}</p>
          ) : (
            <ul className="industry-list">
              {industries.map((ind) => (
                <li key={ind.id}>
                  <IndustryChip shaped={shapeIndustry(ind, taxonomy.data)} taxonomy={taxonomy.data} planTitle={p.title} />
                </li>
              ))}
            </ul>
          )}
        </PanelSection>
        <PanelSection entry={sections[1]}>
          {element.members.length === 0 ? (
            <p className="muted">{t('plans.element.noMembers')}</p>
          ) : (
            <>
              {sharedReason && (
                <p className="muted small">
                  {t('plans.source.reason')}: <span>{textIn(sharedReason, lang)}</span>
                </p>
              )}
              <ul className="member-list">
                {element.members.map((m) => (
                  <li key={m.code}>
                    {regions.regions.has(m.code) ? (
                      <button type="button" className="link-button" onClick={() => onSelectRegion(m.code)}>
                        {regionName(m.code)}
                      </button>
                    ) : (
                      regionName(m.code)
                    )}{' '}
                    <MemberStatus member={m} plan={p} label={regionName(m.code)} showStated showReason={!sharedReason} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </PanelSection>
      </div>
    </aside>
  );
}

/** The reason every member shares (a zone's members by one reading of the text), said once; else null. */
function sameReason(members: readonly Member[]): Member['reason'] | null {
  const first = members[0]?.reason;
  if (members.length < 2 || !first) return null;
  const key = (r: Member['reason']) => JSON.stringify(r);
  return members.every((m) => key(m.reason) === key(first)) ? first : null;
}
