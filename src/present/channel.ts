/**
 * Keeping the audience window and the presenter view in step over a BroadcastChannel. Messages
 * and what a window does on receiving one are pure functions (unit-tested); `openChannel` is the
 * only part that touches the browser. Either window can drive: whoever changes the step says so.
 */
export const CHANNEL_NAME = 'plan-map.present';

export type PresentMessage =
  /** The sender now shows this step of this briefing (1-based). */
  | { type: 'step'; briefing: string; step: number }
  /** A window that just opened asks where the presentation is. */
  | { type: 'hello' }
  /** The presentation was ended. */
  | { type: 'exit' };

export interface LocalState {
  briefing: string | null;
  step: number;
}

/** What to do with a message: move to a step, answer with one's own state, stop, or nothing. */
export type Reaction = { go?: LocalState; reply?: PresentMessage; exit?: true };

/** Anything arriving on the channel is checked before it is believed. */
export function parseMessage(raw: unknown): PresentMessage | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  if (m.type === 'hello' || m.type === 'exit') return { type: m.type };
  if (m.type === 'step' && typeof m.briefing === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(m.briefing)) {
    const step = m.step;
    if (typeof step === 'number' && Number.isInteger(step) && step >= 1 && step <= 10_000)
      return { type: 'step', briefing: m.briefing, step };
  }
  return null;
}

export function react(message: PresentMessage, local: LocalState): Reaction {
  switch (message.type) {
    case 'hello':
      return local.briefing ? { reply: { type: 'step', briefing: local.briefing, step: local.step } } : {};
    case 'exit':
      return local.briefing ? { exit: true } : {};
    case 'step':
      if (message.briefing === local.briefing && message.step === local.step) return {};
      return { go: { briefing: message.briefing, step: message.step } };
  }
}

export const stepMessage = (local: LocalState): PresentMessage | null =>
  local.briefing ? { type: 'step', briefing: local.briefing, step: local.step } : null;

export interface Channel {
  post(message: PresentMessage): void;
  close(): void;
}

/** The channel, or a silent stand-in where BroadcastChannel is missing (the window then works alone). */
export function openChannel(onMessage: (message: PresentMessage) => void): Channel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (e: MessageEvent) => {
    const message = parseMessage(e.data);
    if (message) onMessage(message);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
