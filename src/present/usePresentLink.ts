import { useEffect, useRef } from 'react';
import type { Briefing } from '../briefings/briefingSchema';
import { useUi } from '../state/store';
import { problemText, replaceParams, reportLinkProblem } from '../state/link';
import type { ParsedView } from '../state/url';
import { clampStep } from './stepView';

/**
 * The link's presentation (read once, with the rest of the view, when the app started): theme,
 * briefing and step. Bad values are reported and dropped, the rest applies. A step out of range
 * (in the link, or of a briefing that got shorter) is brought into range once the briefing is in,
 * and a step from the link that had to be changed is reported.
 */
export function usePresentLink(link: ParsedView, briefing: Briefing | undefined) {
  /** The link's step, to check against the briefing once it is loaded (value 0: malformed). */
  const linkStep = useRef<{ raw: string; value: number } | null>(null);
  const linkRead = useRef(false);

  useEffect(() => {
    if (linkRead.current) return;
    linkRead.current = true;
    const { view } = link;
    const { setPresent, setTheme } = useUi.getState();
    const badTheme = problemText(link, 'theme');
    if (badTheme) {
      reportLinkProblem('theme', badTheme);
      replaceParams({ theme: null });
    } else if (view.theme !== 'default') setTheme(view.theme);
    const badLoop = problemText(link, 'loop');
    if (badLoop) reportLinkProblem('loop', badLoop);
    const badPresent = problemText(link, 'present');
    if (badPresent) {
      reportLinkProblem('present', badPresent);
      replaceParams({ present: null, step: null });
      return;
    }
    if (!view.present) return;
    const badStep = problemText(link, 'step');
    if (badStep) {
      linkStep.current = { raw: badStep, value: 0 };
      replaceParams({ step: null });
    } else if (view.step > 1) linkStep.current = { raw: String(view.step), value: view.step };
    setPresent(view.present, view.step);
  }, [link]);

  useEffect(() => {
    if (!briefing) return;
    const { step: now, setStep } = useUi.getState();
    const fromLink = linkStep.current;
    linkStep.current = null;
    const wanted = fromLink && fromLink.value === 0 ? 1 : now;
    const clamped = clampStep(wanted, briefing.steps.length);
    if (fromLink && (fromLink.value === 0 || fromLink.value !== clamped)) {
      reportLinkProblem('step', fromLink.raw, { n: String(clamped) });
    }
    if (clamped !== now) setStep(clamped);
  }, [briefing]);
}
