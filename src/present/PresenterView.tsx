/**
 * The presenter's second window (`?presenter=1&present=<briefing>&step=<n>`): current and next
 * step, speaker notes in large type, step n/N, a clock and the time since it opened, and
 * buttons (and the clicker's keys) that drive the audience window over the channel.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useBriefing } from '../briefings/useBriefings';
import type { BriefingStep } from '../briefings/briefingSchema';
import { useT } from '../ui/useT';
import { clampStep } from './stepView';
import { openChannel, react, type Channel } from './channel';
import { isTyping, keyAction } from './keys';
import { replaceParams } from '../state/link';
import { viewParams, type ParsedView } from '../state/url';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { useUi } from '../state/store';
import { useRegionData } from '../data/useRegionData';
import { usePlans } from '../data/usePlanData';
import { picturePlans, StepPicture } from './StepPicture';
import './present.css';
import './presenter.css';

const two = (n: number) => String(n).padStart(2, '0');
const hms = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
};

/** `link`: the view the address held when the window opened (src/state/link.ts). */
export function PresenterView({ link }: { link: ParsedView }) {
  const { lang, t } = useT();
  const [state, setState] = useState(() => ({ briefing: link.view.present, step: link.view.step }));
  // The language the link names (the audience window's), before anything is shown.
  useLayoutEffect(() => {
    if (link.view.lang) useUi.getState().setLang(link.view.lang);
  }, [link]);
  const [now, setNow] = useState(() => Date.now());
  const [openedAt] = useState(() => Date.now());
  const loaded = useBriefing(state.briefing);
  const total = loaded.data?.steps.length ?? 0;
  const step = total ? clampStep(state.step, total) : state.step;
  const channel = useRef<Channel | null>(null);
  const stateRef = useRef(state);
  // Current for the channel's messages; written after each commit, not during render.
  useLayoutEffect(() => {
    stateRef.current = state;
  });

  useEffect(() => {
    const ch = openChannel((message) => {
      const reaction = react(message, stateRef.current);
      if (reaction.go) setState(reaction.go);
      if (reaction.exit) setState((s) => ({ ...s, briefing: null }));
    });
    channel.current = ch;
    // Ask the audience window where it is; it answers with its step.
    ch.post({ type: 'hello' });
    return () => ch.close();
  }, []);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    replaceParams(viewParams({ present: state.briefing, step: state.step }, ['present', 'step']));
    document.title = `${t('present.presenterView')} · ${t('appTitle')}`;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [state, t, lang]);

  const go = useCallback(
    (n: number) => {
      const { briefing } = stateRef.current;
      if (!briefing || !total) return;
      const next = clampStep(n, total);
      setState({ briefing, step: next });
      channel.current?.post({ type: 'step', briefing, step: next });
    },
    [total],
  );

  useStepKeys(go, total, stateRef);

  const current = loaded.data?.steps[step - 1];
  const next = loaded.data?.steps[step];
  return (
    <div className="presenter-view">
      <header className="presenter-head">
        <h1>{loaded.data?.title[lang] ?? t('present.presenterView')}</h1>
        <LanguageSwitch />
      </header>
      {!state.briefing ? (
        <p className="presenter-waiting" role="status">
          {t('present.waiting')}
        </p>
      ) : loaded.isError ? (
        <p role="alert" className="error-detail">
          {loaded.error.message}
        </p>
      ) : (
        <PresenterSteps current={current} next={next} count={total ? t('present.stepOf', { n: String(step), total: String(total) }) : ''} />
      )}
      <footer className="presenter-foot">
        <button type="button" className="present-arrow" onClick={() => go(step - 1)} disabled={step <= 1} aria-label={t('present.prev')}>
          ←
        </button>
        <span className="presenter-clock">
          {t('present.clock')}{' '}
          <time className="mono">{new Date(now).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false })}</time>
        </span>
        <span className="presenter-clock">
          {t('present.elapsed')}{' '}
          <span className="mono" data-testid="elapsed">
            {hms(now - openedAt)}
          </span>
        </span>
        <button
          type="button"
          className="present-arrow"
          onClick={() => go(step + 1)}
          disabled={!total || step >= total}
          aria-label={t('present.next')}
        >
          →
        </button>
      </footer>
    </div>
  );
}

/** The current step (picture, title, notes) and the next (picture, title, the start of its notes). */
function PresenterSteps({ current, next, count }: { current: BriefingStep | undefined; next: BriefingStep | undefined; count: string }) {
  const { lang, t } = useT();
  // The pictures of the two steps: boundaries and the plans of their cards, read here (no map in this window).
  const regions = useRegionData();
  const plans = usePlans([...new Set([...picturePlans(current), ...picturePlans(next)])]);
  const picture = (s: BriefingStep | undefined, kind: 'current' | 'next') =>
    s && <StepPicture step={s} regions={regions.data} plans={plans.data ?? []} kind={kind} />;
  return (
    <>
      <section className="presenter-now" aria-label={t('present.current')}>
        {picture(current, 'current')}
        <div className="presenter-now-text">
          <p className="presenter-count">{count}</p>
          <h2 className="presenter-current">{current?.title[lang]}</h2>
          <div className="presenter-notes" aria-label={t('present.notes')}>
            <p>{current?.notes[lang]}</p>
          </div>
        </div>
      </section>
      <section className="presenter-next" aria-label={t('present.upNext')}>
        {picture(next, 'next')}
        <div className="presenter-next-text">
          <h3>{t('present.upNext')}</h3>
          <p className="presenter-next-title">{next ? next.title[lang] : t('present.end')}</p>
          {next && <p className="presenter-next-notes">{next.notes[lang]}</p>}
        </div>
      </section>
    </>
  );
}

/** The clicker's keys move the presenter's own step (and through `go`, the audience window's). */
function useStepKeys(go: (n: number) => void, total: number, stateRef: RefObject<{ step: number }>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const action = keyAction(e);
      const s = stateRef.current.step;
      const moves = { next: s + 1, prev: s - 1, first: 1, last: total } as Record<string, number>;
      if (action && action in moves) {
        e.preventDefault();
        go(moves[action]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, total, stateRef]);
}
