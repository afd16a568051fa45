import type { ReactNode } from 'react';
import { useT } from '../ui/useT';
import { panelString } from '../i18n/panelStrings';
import { scrollPanelToElement } from '../ui/panelScroll';

/** A section of a panel a step, the table of contents or a person can open (`data-section`: src/present/stepPlan.ts). */
export interface SectionEntry {
  id: string;
  title: string;
  /** open when the panel opens */
  open: boolean;
}

/**
 * One collapsible section (native `<details>`: Enter or Space on its title opens and closes it).
 * Its heading carries `data-section`, whatever the language; the box `data-panel-section`.
 * Closed sections print and export as their title only; open ones whole.
 */
export function PanelSection({ entry, children }: { entry: SectionEntry; children: ReactNode }) {
  return (
    // `open` is the starting state only: React leaves the attribute alone while the prop stays the same.
    <details className="panel-section" data-panel-section={entry.id} open={entry.open}>
      <summary>
        <h3 data-section={entry.id}>{entry.title}</h3>
      </summary>
      <div className="panel-section-body">{children}</div>
    </details>
  );
}

/** Opens the section in this panel and brings it to the top, with the keyboard focus on its title. */
export function jumpToSection(from: Element, id: string): void {
  const panel = from.closest<HTMLElement>('aside.panel');
  const box = (panel ?? from.ownerDocument).querySelector<HTMLDetailsElement>(`details[data-panel-section="${id}"]`);
  if (!box) return;
  box.open = true;
  if (panel) scrollPanelToElement(panel, box);
  box.querySelector('summary')?.focus({ preventScroll: true });
}

/**
 * The panel's table of contents: one button per section; it opens the section and scrolls to it.
 * Buttons, not links: the address's hash holds the map's camera.
 */
export function PanelToc({ sections }: { sections: readonly SectionEntry[] }) {
  const { lang } = useT();
  if (sections.length < 2) return null;
  return (
    <nav className="panel-toc" aria-label={panelString(lang, 'toc.label')}>
      <span className="panel-toc-title" aria-hidden="true">
        {panelString(lang, 'toc.label')}
      </span>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <button type="button" className="toc-button" data-toc={s.id} onClick={(e) => jumpToSection(e.currentTarget, s.id)}>
              {s.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
