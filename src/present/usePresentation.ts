/**
 * Presentation mode: which briefing and step is shown (in the store and the link), applying a
 * step to the view, the clicker's keys, blanking, leaving and returning to the script, the
 * unattended loop, and keeping a presenter view in step. The Dashboard calls this once.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import type { Briefing, BriefingStep } from '../briefings/briefingSchema';
import type { Plan, Taxonomy } from '../data/planSchema';
import { unionBbox, type Bbox, type RegionData } from '../data/regions';
import { useBriefing, useBriefingIndex } from '../briefings/useBriefings';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import type { MapController } from '../map/MapController';
import { translate } from '../i18n/strings';
import { useUi } from '../state/store';
import { naturalScope } from '../state/drill';
import { parseLoopParam, parsePresentParam, parseStepParam, parseThemeParam, withParams } from '../state/url';
import { checkBriefingRefs } from '../briefings/validateBriefing';
import { withoutUnknownRefs, type KnownIds } from './briefingRefs';
import { startPresentation } from './startPresentation';
import { openChannel, react, stepMessage, type Channel } from './channel';
import { isEnterKey, isTyping, keyAction, type PresentAction } from './keys';
import { clampStep, isOnScript, stepCamera, stepView, type StepView } from './stepView';
import { PANEL_SECTION_HEADINGS, scrollPanelTo } from './panelSection';

export interface PresentationArgs {
  data: RegionData;
  plans: { plans: Plan[]; taxonomy: Taxonomy } | undefined;
  layouts: LayoutCollections | undefined;
  controllerRef: MutableRefObject<MapController | null>;
  /** Whichever map is drawn: the WebGL map's controller, or the SVG fallback's handle (frame only). */
  camera: () => MapCamera | null;
}

export type MapCamera = Pick<MapController, 'frame'> & Partial<Pick<MapController, 'goTo' | 'resize'>>;

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

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const replaceUrl = (params: Record<string, string | null>) =>
  window.history.replaceState(window.history.state, '', withParams(window.location.href, params));
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

function leaveFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => {});
}

/** Room on the right for the panel (present.css: min(26rem, 42% of the stage)) and below for the figure cards. */
function framePadding(panelOpen: boolean, figures: boolean) {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const stage = document.querySelector('.stage');
  const width = stage?.clientWidth ?? window.innerWidth;
  const height = stage?.clientHeight ?? window.innerHeight;
  return {
    rightPadding: panelOpen ? Math.min(26 * rem, 0.42 * width) + rem : 0,
    bottomPadding: figures ? Math.min(6.5 * rem, 0.3 * height) : 0,
  };
}

export function usePresentation({ data, plans, layouts, controllerRef, camera: mapCamera }: PresentationArgs): Presentation {
  const present = useUi((s) => s.present);
  const step = useUi((s) => s.step);
  const notify = useUi((s) => s.notify);
  const index = useBriefingIndex({ enabled: !!plans || !!present });
  const loaded = useBriefing(present);
  const [blank, setBlank] = useState(false);
  const [readyStep, setReadyStep] = useState(0);
  const initialSearch = useRef(window.location.search);
  const linkStep = useRef<{ raw: string; value: number } | null>(null);

  // The link's presentation, read once: bad values are reported and dropped, the rest applies.
  useEffect(() => {
    const search = initialSearch.current;
    const { setPresent, setTheme } = useUi.getState();
    const theme = parseThemeParam(search);
    if (theme.kind === 'valid') setTheme(theme.value);
    else if (theme.kind === 'invalid') {
      notify({ id: 'bad-theme', key: 'present.badTheme', vars: { value: clip(theme.raw, 20) } });
      replaceUrl({ theme: null });
    }
    const loop = parseLoopParam(search);
    if (loop.kind === 'invalid') notify({ id: 'bad-loop', key: 'present.badLoop', vars: { value: clip(loop.raw, 20) } });
    const id = parsePresentParam(search);
    const stepParam = parseStepParam(search);
    if (id.kind === 'invalid') {
      notify({ id: 'bad-present', key: 'present.badId', vars: { id: clip(id.raw, 40) } });
      replaceUrl({ present: null, step: null });
      return;
    }
    if (id.kind !== 'valid') return;
    if (stepParam.kind === 'invalid') {
      linkStep.current = { raw: stepParam.raw, value: 0 };
      replaceUrl({ step: null });
    }
    else if (stepParam.kind === 'valid') linkStep.current = { raw: String(stepParam.value), value: stepParam.value };
    setPresent(id.value, stepParam.kind === 'valid' ? stepParam.value : 1);
  }, [notify]);

  const known = useMemo<KnownIds | undefined>(
    () =>
      plans && {
        regions: new Set(data.regions.keys()),
        plans: new Set(plans.plans.map((p) => p.id)),
        elements: new Set(plans.plans.flatMap((p) => p.layout.map((e) => `${p.id}/${e.id}`))),
        categories: new Set(plans.taxonomy.categories.map((c) => c.id)),
        targets: new Set(plans.plans.flatMap((p) => p.targets.map((t) => `${p.id}/${t.id}`))),
      },
    [plans, data],
  );

  // A briefing that fails to load or validate: its messages in a notice, and the app carries on.
  useEffect(() => {
    if (!present || !loaded.isError) return;
    notify({ id: 'present-failed', key: 'present.failed', vars: { message: clip(loaded.error.message, 600) } });
    useUi.getState().setPresent(null);
    leaveFullscreen();
  }, [present, loaded.isError, loaded.error, notify]);

  const briefing = useMemo(() => {
    if (!loaded.data || !known || loaded.data.id !== present) return undefined;
    return withoutUnknownRefs(loaded.data, known);
  }, [loaded.data, known, present]);

  useEffect(() => {
    if (!loaded.data || !known || !plans) return;
    const file = index.data?.briefings.find((b) => b.id === loaded.data.id)?.file ?? loaded.data.id;
    const errors = checkBriefingRefs(file, loaded.data, { plans: plans.plans, regionCodes: known.regions, categoryIds: known.categories });
    if (errors.length) notify({ id: `present-refs-${loaded.data.id}`, key: 'present.badRefs', vars: { message: clip(errors.join('; '), 600) } });
  }, [loaded.data, known, plans, index.data, notify]);

  const total = briefing?.steps.length ?? 0;

  // A step out of range (link, or a briefing that got shorter) is brought into range, once reported.
  useEffect(() => {
    if (!briefing) return;
    const { step: now, setStep } = useUi.getState();
    const fromLink = linkStep.current;
    linkStep.current = null;
    const wanted = fromLink && fromLink.value === 0 ? 1 : now;
    const clamped = clampStep(wanted, briefing.steps.length);
    if (fromLink && (fromLink.value === 0 || fromLink.value !== clamped)) {
      notify({ id: 'bad-step', key: 'present.badStep', vars: { value: clip(fromLink.raw, 20), n: String(clamped) } });
    }
    if (clamped !== now) setStep(clamped);
  }, [briefing, notify]);

  const current = briefing?.steps[clampStep(step, total) - 1];
  const planIds = useMemo(() => plans?.plans.map((p) => p.id) ?? [], [plans]);
  const expected = useMemo(
    () => current && stepView(current, planIds, (code) => naturalScope(data, code)),
    [current, planIds, data],
  );

  const moveCamera = useCallback(
    (target: BriefingStep, panelOpen: boolean, animate: boolean) => {
      const controller = mapCamera();
      if (!controller) return;
      controller.resize?.();
      const camera = stepCamera(target);
      if (camera.kind === 'center' && controller.goTo) return void controller.goTo(camera.center, camera.zoom, { animate });
      let bbox: Bbox | undefined = data.bbox;
      if (camera.kind === 'element') bbox = layouts?.bboxes.get(camera.key) ?? data.bbox;
      if (camera.kind === 'regions') {
        const boxes = camera.codes.map((c) => data.regions.get(c)?.bbox).filter((b): b is Bbox => !!b);
        if (boxes.length) bbox = unionBbox(boxes);
      }
      void controller.frame(bbox, { animate, ...framePadding(panelOpen, (target.figures?.length ?? 0) > 0) });
    },
    [mapCamera, data, layouts],
  );

  const applyStep = useCallback(
    (target: BriefingStep, view: StepView, stepNumber: number) => {
      useUi.setState(view);
      setReadyStep(0);
      const panelOpen = !!(view.selected || view.selectedElement);
      // After the layout has switched to the presentation's (no sidebar, step bar), so the fit is for the real stage.
      requestAnimationFrame(() => moveCamera(target, panelOpen, !reducedMotion()));
      const heading = target.panel && target.panel !== 'overview' ? translate(useUi.getState().lang, PANEL_SECTION_HEADINGS[target.panel]) : null;
      void scrollPanelTo(panelOpen ? heading : null).then(() => {
        if (useUi.getState().step === stepNumber) setReadyStep(stepNumber);
      });
    },
    [moveCamera],
  );

  // Apply a step when it changes (keys, arrows, link, presenter view), not on every render.
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

  const selected = useUi((s) => s.selected);
  const selectedElement = useUi((s) => s.selectedElement);
  const scope = useUi((s) => s.scope);
  const filter = useUi((s) => s.filter);
  const hiddenPlans = useUi((s) => s.hiddenPlans);
  const onScript = !expected || isOnScript(expected, { selected, selectedElement, scope, filter, hiddenPlans });

  // A new screen size (entering full screen, a projector plugged in) frames the step again, unless the presenter has left it.
  const reframe = useRef<() => void>(() => {});
  reframe.current = () => {
    if (present && current && expected && onScript) moveCamera(current, !!(expected.selected || expected.selectedElement), false);
  };
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

  const go = useCallback((n: number) => {
    const { present: id, setStep } = useUi.getState();
    if (!id || total === 0) return;
    setStep(clampStep(n, total));
  }, [total]);

  const exit = useCallback(() => {
    useUi.getState().setPresent(null);
    setBlank(false);
    leaveFullscreen();
  }, []);

  const start = useCallback((briefingId: string) => {
    setBlank(false);
    applied.current = null;
    startPresentation(briefingId);
  }, []);

  const returnToStep = useCallback(() => {
    if (current && expected) applyStep(current, expected, useUi.getState().step);
  }, [current, expected, applyStep]);

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

  // The clicker's keys. Capture phase, so the map's own arrow-key panning never sees them.
  const blankRef = useRef(blank);
  blankRef.current = blank;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Keys typed into a field, or read in the source reader (scrolling, Esc to close it), are not the clicker's.
      if (isTyping(e.target) || useUi.getState().source) return;
      const { present: id } = useUi.getState();
      if (!id) {
        if (isEnterKey(e) && index.data) {
          e.preventDefault();
          start(index.data.briefings[0].id);
        }
        return;
      }
      if (blankRef.current) {
        if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
        // Any key shows the screen again (and does nothing else).
        e.preventDefault();
        e.stopPropagation();
        setBlank(false);
        return;
      }
      const action = keyAction(e);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      act(action);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [act, start, index.data]);

  // Leaving the browser's full screen (its own Esc) leaves the presentation too.
  useEffect(() => {
    let wasFull = false;
    const onChange = () => {
      if (document.fullscreenElement) wasFull = true;
      else if (wasFull && useUi.getState().present) exit();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [exit]);

  // Unattended loop (kiosk): `loop=<seconds>` advances, and wraps to the first step at the end.
  useEffect(() => {
    const loop = parseLoopParam(initialSearch.current);
    if (!present || total === 0 || loop.kind !== 'valid') return;
    const timer = window.setInterval(() => {
      const now = useUi.getState().step;
      useUi.getState().setStep(now >= total ? 1 : now + 1);
    }, loop.value * 1000);
    return () => window.clearInterval(timer);
  }, [present, total]);

  // The presenter view: whoever changes the step says so; a step heard from the other window is not echoed.
  const channel = useRef<Channel | null>(null);
  const heard = useRef<string | null>(null);
  useEffect(() => {
    const ch = openChannel((message) => {
      const local = { briefing: useUi.getState().present, step: useUi.getState().step };
      const reaction = react(message, local);
      if (reaction.reply) ch.post(reaction.reply);
      if (reaction.go && reaction.go.briefing === local.briefing) {
        heard.current = `${reaction.go.briefing}:${reaction.go.step}`;
        go(reaction.go.step);
      }
    });
    channel.current = ch;
    return () => ch.close();
  }, [go]);
  const wasPresenting = useRef(false);
  useEffect(() => {
    const message = stepMessage({ briefing: present, step });
    if (message && heard.current !== `${present}:${step}`) channel.current?.post(message);
    heard.current = null;
    if (!present && wasPresenting.current) channel.current?.post({ type: 'exit' });
    wasPresenting.current = !!present;
  }, [present, step]);

  // The room look: root attributes for the CSS (type size, theme colours), and the map's own.
  const theme = useUi((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    const apply = () => {
      const fontPx = parseFloat(getComputedStyle(root).fontSize) || 16;
      // Map type, symbols and lines grow with the room's type size (about 1.5× at 1920×1080).
      void controllerRef.current?.setLook({ theme: present ? theme : 'default', scale: present ? Math.max(1, fontPx / 16) : 1 });
    };
    if (present) {
      root.dataset.present = '';
      root.dataset.theme = theme;
    } else {
      delete root.dataset.present;
      delete root.dataset.theme;
    }
    apply();
    if (!present) return;
    window.addEventListener('resize', apply);
    return () => window.removeEventListener('resize', apply);
  }, [present, theme, controllerRef]);

  const openPresenterView = useCallback(() => {
    const url = withParams(window.location.href, { presenter: '1' });
    const opened = window.open(url, 'plan-map-presenter', 'popup,width=1200,height=800');
    if (!opened) notify({ id: 'presenter-blocked', key: 'present.presenterBlocked' });
  }, [notify]);

  return {
    active: !!present,
    briefing,
    step: clampStep(step, total),
    total,
    current,
    onScript,
    blank,
    readyStep,
    act,
    go,
    openPresenterView,
  };
}
