/**
 * After the reader leads back to what quotes a passage: bring that item into view in the panel
 * that opened, mark it for a moment and give it the focus. The panel and its plan sections load
 * lazily, so this waits for them: a few frames on a quick PC, many seconds on a slow or busy one (given up after 20 s,
 * as a presentation step's scroll is).
 */
import type { Destination, Reveal } from './provenance';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Selectors for an item in the region panel, the most precise first. */
export function revealSelectors(reveal: Reveal | undefined): string[] {
  if (!reveal) return [];
  const esc = (s: string) => CSS.escape(s);
  switch (reveal.kind) {
    case 'target': {
      const [planId = '', targetId = ''] = reveal.key.split('/');
      return [`.plan-block[data-plan="${esc(planId)}"] [data-target="${esc(targetId)}"]`, `.plan-block[data-plan="${esc(planId)}"]`];
    }
    case 'industry':
      return [`[data-industry="${esc(reveal.id)}"]`];
    case 'plan':
      return [`.plan-block[data-plan="${esc(reveal.planId)}"]`];
    case 'sources':
      return [`[data-doc-plan="${esc(reveal.planId)}"]`];
  }
}

/** Waits for the panel of the destination (titled with its name), then scrolls the item (or the panel's title) into view and focuses it. */
export async function revealInPanel(to: Destination, lang: 'zh' | 'en', timeoutMs = 20_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  const selectors = to.kind === 'region' ? revealSelectors(to.reveal) : [];
  await frame();
  while (performance.now() < until) {
    const panel = document.querySelector<HTMLElement>('aside.panel:not([aria-busy])');
    const title = panel?.querySelector('h2')?.textContent?.trim();
    const ready = panel && title === to.name[lang] && !panel.querySelector('.plans p[role="status"]');
    if (panel && ready) {
      const item = selectors.map((s) => panel.querySelector<HTMLElement>(s)).find((el) => el) ?? panel.querySelector<HTMLElement>('h2')!;
      // An item in a closed section (the plan's structure counts) opens it.
      for (let d = item.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
      if (!item.hasAttribute('tabindex') && !item.matches('button, a[href], input, select, textarea')) item.tabIndex = -1;
      item.scrollIntoView({ block: 'center' });
      item.focus({ preventScroll: true });
      item.classList.add('reveal-flash');
      window.setTimeout(() => item.classList.remove('reveal-flash'), 2500);
      return;
    }
    await frame();
  }
}
