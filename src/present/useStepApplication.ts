import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Briefing, BriefingStep } from '../briefings/briefingSchema';
import { unionBbox, type Bbox, type RegionData } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import { useUi } from '../state/store';
import { naturalScope } from '../state/drill';
import { elementRefKey } from '../state/elementRef';
import { framePadding } from '../ui/panelGeometry';
import { reducedMotion } from '../ui/motion';
import type { MapCamera } from '../mapModel';
import { scrollPanelTo } from './panelSection';
import { stepPlan } from './stepPlan';
import { clampStep, isOnScript, stepCamera, stepView, type StepView } from './stepView';

interface Args {
  briefing: Briefing | undefined;
  data: RegionData;
  planIds: readonly string[];
  layouts: LayoutCollections | undefined;
  camera: () => MapCamera | null;
}

/** Moves the camera where a step says, leaving room for the panel and the figure cards. */
function useStepCamera(data: RegionData, layouts: LayoutCollections | undefined, mapCamera: () => MapCamera | null) {
  return useCallback(
    (target: BriefingStep, panelOpen: boolean, animate: boolean) => {
      const controller = mapCamera();
      if (!controller) return;
      controller.resize?.();
      const camera = stepCamera(target);
      if (camera.kind === 'center' && controller.goTo) return void controller.goTo(camera.center, camera.zoom, { animate });
      let bbox: Bbox | undefined = data.bbox;
      if (camera.kind === 'element') bbox = layouts?.bboxes.get(elementRefKey(camera.ref)) ?? data.bbox;
      if (camera.kind === 'regions') {
        const boxes = camera.codes.map((c) => data.regions.get(c)?.bbox).filter((b): b is Bbox => !!b);
        if (boxes.length) bbox = unionBbox(boxes);
      }
      const figures = (target.figures?.length ?? 0) > 0;
      void controller.frame(bbox, { animate, ...framePadding({ panelOpen, presenting: true, figures }) });
    },
    [mapCamera, data, layouts],
  );
}

/**
 * The current step applied to the view: its selection, scope, filter and layouts set in the
 * store, the camera moved and the panel scrolled to its section, once per step change (keys,
 * arrows, link, presenter view), not on every render. Says whether the view still is the step's
 * ("on script"), frames the step again on a new screen size while it is, and returns to it.
 */
export function useStepApplication({ briefing, data, planIds, layouts, camera }: Args) {
  const present = useUi((s) => s.present);
  const step = useUi((s) => s.step);
  const [readyStep, setReadyStep] = useState(0);
  const total = briefing?.steps.length ?? 0;
  const current = briefing?.steps[clampStep(step, total) - 1];
  const expected = useMemo(() => current && stepView(current, planIds, (code) => naturalScope(data, code)), [current, planIds, data]);
  const moveCamera = useStepCamera(data, layouts, camera);

  const applyStep = useCallback(
    (target: BriefingStep, view: StepView, stepNumber: number) => {
      useUi.setState(view);
      setReadyStep(0);
      const panelOpen = !!(view.selected || view.selectedElement);
      // After the layout has switched to the presentation's (no sidebar, step bar), so the fit is for the real stage.
      requestAnimationFrame(() => moveCamera(target, panelOpen, !reducedMotion()));
      const section = target.panel && target.panel !== 'overview' ? target.panel : null;
      const plan = briefing ? stepPlan(target, briefing) : null;
      void scrollPanelTo(panelOpen ? section : null, plan).then(() => {
        if (useUi.getState().step === stepNumber) setReadyStep(stepNumber);
      });
    },
    [moveCamera, briefing],
  );

  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (!present || !current || !expected || !layouts) {
      if (!present) applied.current = null;
      return;
    }
    const key = `${present}:${step}`;
    if (applied.current === key) return;
    applied.current = key;
    applyStep(current, expected, step);
  }, [present, step, current, expected, layouts, applyStep]);

  const onScript = useUi((s) => !expected || isOnScript(expected, s));

  // A new screen size (entering full screen, a projector plugged in) frames the step again, unless the presenter has left it.
  const reframe = useRef<() => void>(() => {});
  // Kept current for the resize timer; written after each commit, not during render.
  useLayoutEffect(() => {
    reframe.current = () => {
      if (present && current && expected && onScript) moveCamera(current, !!(expected.selected || expected.selectedElement), false);
    };
  });
  useEffect(() => {
    if (!present) return;
    let timer = 0;
    const onResize = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => reframe.current(), 150);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, [present]);

  const returnToStep = useCallback(() => {
    if (current && expected) applyStep(current, expected, useUi.getState().step);
  }, [current, expected, applyStep]);
  /** Applies the step again even if it is the one last applied (a briefing started anew). */
  const forgetApplied = useCallback(() => {
    applied.current = null;
  }, []);

  return { step: clampStep(step, total), total, current, onScript, readyStep, returnToStep, forgetApplied };
}
