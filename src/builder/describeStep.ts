/** What a step's view opens, in words (the name of its region or layout element, else all regions): its first title and its line in the list. Pure. */
import type { BriefingStep } from '../briefings/briefingSchema';
import type { Plan } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import type { Lang } from '../i18n/strings';

const ALL: Record<Lang, string> = { zh: '全部地区', en: 'All regions' };

export function describeStep(step: BriefingStep, data: RegionData, plans: readonly Plan[], lang: Lang): string {
  if (step.element) {
    const [planId, elementId] = step.element.split('/');
    const element = plans.find((p) => p.id === planId)?.layout.find((e) => e.id === elementId);
    if (element) return element.name[lang];
  }
  const code = step.region ?? step.scope;
  const region = code ? data.regions.get(code) : undefined;
  return region ? region.name[lang] : ALL[lang];
}
