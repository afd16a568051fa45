/**
 * Bringing something inside the side panel into view: every closed section (`<details>`) around it
 * is opened first, then the panel scrolls it to just below the panel's header where that header
 * stays pinned (presentation mode), else to the panel's top. Shared by the panel's table of
 * contents (src/plans) and the presentation's steps (src/present).
 */

/** Opens every `<details>` around `el` (and `el` itself when it is one); true when one was closed. */
export function openAround(el: Element): boolean {
  let opened = false;
  for (let d: HTMLDetailsElement | null = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    if (!d.open) {
      d.open = true;
      opened = true;
    }
  }
  return opened;
}

/** Scrolls the panel so that `target` sits at its top (below a pinned header), opening what hides it. */
export function scrollPanelToElement(panel: HTMLElement, target: HTMLElement): void {
  openAround(target);
  const header = panel.querySelector<HTMLElement>('.panel-header');
  const pinned = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().height : 0;
  panel.scrollTop += target.getBoundingClientRect().top - panel.getBoundingClientRect().top - pinned - 8;
}
