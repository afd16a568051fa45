import { useCallback, useEffect, useRef } from 'react';
import { useUi } from '../state/store';
import { hrefWith } from '../state/link';
import { viewParams } from '../state/url';
import { openChannel, react, stepMessage, type Channel } from './channel';

/**
 * Keeping a presenter view in step (src/present/PresenterView.tsx): whoever changes the step says
 * so; a step heard from the other window is not echoed back. Returns what opens that window.
 */
export function usePresenterChannel(go: (step: number) => void) {
  const present = useUi((s) => s.present);
  const step = useUi((s) => s.step);
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

  return useCallback(() => {
    // The same view with `presenter=1`: that window reads the briefing and step from it.
    const opened = window.open(
      // In the audience window's language, named even when it is the default (the other window may store another).
      hrefWith({ ...viewParams({ presenter: true }, ['presenter']), lang: useUi.getState().lang }),
      'plan-map-presenter',
      'popup,width=1200,height=800',
    );
    if (!opened) useUi.getState().notify({ id: 'presenter-blocked', key: 'present.presenterBlocked' });
  }, []);
}
