import { useMemo } from 'react';
import type { BriefingStep } from '../briefings/briefingSchema';
import type { Plan } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import { useT } from '../ui/useT';
import { formatTargetShort } from '../ui/formatValue';
import { miniMap, stepContext, stepFocus } from './miniMap';

/** The plans a step's picture needs: those of its figure cards and of its layout element. */
export const picturePlans = (step: BriefingStep | undefined): string[] =>
  step ? [...new Set([...(step.figures ?? []), ...(step.element ? [step.element] : [])].map((ref) => ref.split('/')[0]))] : [];

/**
 * A step as a small static picture for the presenter: its title, its figure cards (value and label)
 * and a miniature map of the region it is about (./miniMap.ts). Drawn from data, not from the
 * audience window, so the next step — not drawn anywhere yet — has one too; no WebGL, no map.
 */
export function StepPicture({
  step,
  regions,
  plans,
  kind,
}: {
  step: BriefingStep;
  regions: RegionData | undefined;
  plans: readonly Plan[];
  kind: 'current' | 'next';
}) {
  const { lang, t } = useT();
  const members = useMemo(() => {
    if (!step.element) return [];
    const [planId, elementId] = step.element.split('/');
    return (
      plans
        .find((p) => p.id === planId)
        ?.layout.find((e) => e.id === elementId)
        ?.members.map((m) => m.code) ?? []
    );
  }, [step.element, plans]);
  const map = useMemo(() => {
    if (!regions) return null;
    const focus = stepFocus(step, members);
    // Room for the title above and, on the current step's picture, the cards below.
    const cardsShown = kind === 'current' && (step.figures?.length ?? 0) > 0;
    return miniMap(regions, focus, stepContext(regions, step, focus), { top: 0.17, bottom: cardsShown ? 0.26 : 0.04 });
  }, [regions, step, members, kind]);
  const cards = (step.figures ?? []).flatMap((ref) => {
    const [planId, targetId] = ref.split('/');
    const target = plans.find((p) => p.id === planId)?.targets.find((x) => x.id === targetId);
    return target ? [{ ref, target }] : [];
  });
  const title = step.title[lang] || step.title[lang === 'zh' ? 'en' : 'zh'];
  return (
    <figure className={`step-picture step-picture-${kind}`} data-step={step.id} aria-label={t('present.picture', { title })}>
      {map && (
        <svg className="step-picture-map" viewBox={`0 0 ${map.width} ${map.height}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
          {map.context.map((s) => (
            <path key={s.code} d={s.d} className="step-picture-context" />
          ))}
          {map.focus.map((s) => (
            <path key={s.code} d={s.d} className="step-picture-focus" />
          ))}
          {/* The subdivisions' lines over the focus too (a province's prefectures inside it). */}
          {map.context.map((s) => (
            <path key={s.code} d={s.d} className="step-picture-lines" />
          ))}
        </svg>
      )}
      <figcaption className="step-picture-title">{title}</figcaption>
      {cards.length > 0 && (
        <ul className="step-picture-cards">
          {cards.map(({ ref, target }) => (
            <li key={ref}>
              <span className="step-picture-value">{formatTargetShort(target, lang)}</span>
              <span className="step-picture-label">{target.label[lang]}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
