/**
 * Presentation mode's runtime, put together from one hook per concern: the link's presentation
 * (usePresentLink), the briefing and its checks (useBriefingRun), applying a step to the view and
 * the camera (useStepApplication), the clicker's keys and full screen (useClickerKeys), the
 * unattended loop (useLoop), the presenter view's channel (usePresenterChannel) and the room
 * look (useRoomLook). Here: moving between steps, blanking, leaving and starting. The Dashboard
 * calls this once (through PresentationLayer).
 */
import { useCallback, useMemo, useState } from 'react';
import type { Briefing, BriefingStep } from '../briefings/briefingSchema';
import type { RegionData } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import { useUi } from '../state/store';
import type { ParsedView } from '../state/url';
import { startPresentation } from './startPresentation';
import { leaveFullscreen } from './fullscreen';
import type { PresentAction } from './keys';
import type { MapCamera } from '../mapModel';
import { clampStep } from './stepView';
import { useBriefingRun, type PlanSet } from './useBriefingRun';
import { useClickerKeys } from './useClickerKeys';
import { useLoop } from './useLoop';
import { usePresentLink } from './usePresentLink';
import { usePresenterChannel } from './usePresenterChannel';
import { useRoomLook } from './useRoomLook';
import { useStepApplication } from './useStepApplication';

export interface PresentationArgs {
  /** The view the address held when the app started. */
  link: ParsedView;
  data: RegionData;
  plans: PlanSet | undefined;
  layouts: LayoutCollections | undefined;
  /** Whichever map is drawn: the WebGL map's controller, or the SVG map's handle. */
  camera: () => MapCamera | null;
}

export interface Presentation {
  active: boolean;
  briefing: Briefing | undefined;
  step: number;
  total: number;
  current: BriefingStep | undefined;
  onScript: boolean;
  blank: boolean;
  /** The step number whose view is fully applied (panel section scrolled), for tests and the benchmark. */
  readyStep: number;
  act: (action: PresentAction) => void;
  go: (step: number) => void;
  openPresenterView: () => void;
}

export function usePresentation({ link, data, plans, layouts, camera }: PresentationArgs): Presentation {
  const present = useUi((s) => s.present);
  const [blank, setBlank] = useState(false);
  const { briefing, index } = useBriefingRun(present, plans, data);
  usePresentLink(link, briefing);
  const planIds = useMemo(() => plans?.plans.map((p) => p.id) ?? [], [plans]);
  const { step, total, current, onScript, readyStep, returnToStep, forgetApplied } = useStepApplication({
    briefing,
    data,
    planIds,
    layouts,
    camera,
  });

  const go = useCallback(
    (n: number) => {
      const { present: id, setStep } = useUi.getState();
      if (id && total > 0) setStep(clampStep(n, total));
    },
    [total],
  );
  const exit = useCallback(() => {
    useUi.getState().setPresent(null);
    setBlank(false);
    leaveFullscreen();
  }, []);
  const act = useCallback(
    (action: PresentAction) => {
      const now = useUi.getState().step;
      if (action === 'next') go(now + 1);
      else if (action === 'prev') go(now - 1);
      else if (action === 'first') go(1);
      else if (action === 'last') go(total);
      else if (action === 'blank') setBlank((b) => !b);
      else if (action === 'exit') exit();
      else if (action === 'return') returnToStep();
    },
    [go, total, exit, returnToStep],
  );
  const firstBriefing = index?.briefings[0]?.id;
  const startFirst = useMemo(
    () =>
      firstBriefing
        ? () => {
            setBlank(false);
            forgetApplied();
            startPresentation(firstBriefing);
          }
        : null,
    [firstBriefing, forgetApplied],
  );
  const unblank = useCallback(() => setBlank(false), []);
  useClickerKeys({ blank, unblank, act, startFirst, onFullscreenLeft: exit });
  useLoop(link.view.loop, total);
  const openPresenterView = usePresenterChannel(go);
  useRoomLook(camera);

  return { active: !!present, briefing, step, total, current, onScript, blank, readyStep, act, go, openPresenterView };
}
