/**
 * The keys a presentation clicker sends (most send PageUp/PageDown, some arrows, "B" or "."
 * to blank), mapped to what the presentation does. Pure, so the mapping is unit-tested.
 */
export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'blank' | 'exit' | 'return';

interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const ACTIONS: Record<string, PresentAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'exit',
  r: 'return',
  R: 'return',
  Backspace: 'return',
};

/** The action of a key in presentation mode, or null (browser shortcuts with Ctrl/⌘/Alt are left alone). */
export function keyAction(e: KeyLike): PresentAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return ACTIONS[e.key] ?? null;
}

/** The key that enters presentation mode from the dashboard. */
export const isEnterKey = (e: KeyLike) => !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === 'p' || e.key === 'P');

/** Keys typed into a field belong to the field, not to the presentation. */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  const field = el.closest('input, textarea, select');
  if (!field) return false;
  // Checkboxes and buttons take no text: arrows and Space there are still the clicker's.
  return !(field instanceof HTMLInputElement) || !['checkbox', 'radio', 'button', 'submit', 'range'].includes(field.type);
}
