/** Cuts a text to at most `max` characters, with an ellipsis when it was longer. */
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Scrolls the text (only the text: the dialog's header stays put) to show an element in its middle, and focuses it. */
export function showInText(body: HTMLElement | null, el: HTMLElement | null) {
  if (!body || !el) return;
  const box = body.getBoundingClientRect();
  const at = el.getBoundingClientRect();
  body.scrollTop += at.top - box.top - Math.max(0, (box.height - at.height) / 2);
  el.focus({ preventScroll: true });
}
