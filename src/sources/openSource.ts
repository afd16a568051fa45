/**
 * Opening the source reader (the store's `source`, which the link holds). Light: the panels
 * import it; the reader itself loads when it opens. The element that opened the reader gets the
 * focus back when it closes (Esc or ×), unless the reader led somewhere else.
 */
import { useUi, type SourceView } from '../state/store';

let opener: HTMLElement | null = null;
let returnTo: HTMLElement | null = null;

/** The document's name in a link: its file name without `.txt`. */
export const docStem = (file: string) => file.replace(/\.txt$/, '');
export const docFile = (stem: string) => `${stem}.txt`;

/** Opens a document at a quote (found by the reader), or at its start without one. */
export function openSource(file: string, quote?: string, from?: HTMLElement | null) {
  opener = from ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  useUi.getState().openSource({ doc: docStem(file), ...(quote ? { quote } : {}) });
}

/** Closes the reader; `returnFocus: false` when it led to a panel, which takes the focus instead. */
export function closeSource({ returnFocus = true }: { returnFocus?: boolean } = {}) {
  returnTo = returnFocus ? opener : null;
  opener = null;
  useUi.getState().openSource(null);
}

/** The reader calls this once its dialog is gone (while it is open, the page behind it takes no focus). */
export function focusOpener() {
  const back = returnTo;
  returnTo = null;
  if (back?.isConnected) back.focus();
}

export type { SourceView };
