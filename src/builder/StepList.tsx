/**
 * The steps of the briefing being made, in order: each with its number, title and what its view
 * opens, and its actions (edit, move up and down, duplicate, delete, preview, present from here).
 * Reordered by dragging a step onto another's place, or from the keyboard with Alt+↑ / Alt+↓ on
 * a step (or its move buttons); the focus stays with the moved step.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Briefing, BriefingStep } from '../briefings/briefingSchema';
import { shownText } from '../briefings/oneLanguage';
import { useT } from '../ui/useT';

export interface StepActions {
  move: (from: number, to: number) => void;
  duplicate: (index: number) => void;
  remove: (index: number) => void;
  preview: (index: number) => void;
  present: (index: number) => void;
}

interface Props {
  briefing: Briefing;
  actions: StepActions;
  /** what each step's view opens, in words */
  describe: (step: BriefingStep) => string;
  expanded: string | null;
  setExpanded: (stepId: string | null) => void;
  editor: (step: BriefingStep, index: number) => ReactNode;
}

export function StepList({ briefing, actions, describe, expanded, setExpanded, editor }: Props) {
  const { lang, t } = useT();
  const list = useRef<HTMLOListElement>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  // After a keyboard move, the focus follows the step to its new place (same control).
  const refocus = useRef<{ stepId: string; control: string } | null>(null);
  useEffect(() => {
    const want = refocus.current;
    if (!want) return;
    refocus.current = null;
    const item = list.current?.querySelector<HTMLElement>(`[data-step-id="${CSS.escape(want.stepId)}"]`);
    const control = item?.querySelector<HTMLButtonElement>(`[data-control="${want.control}"]`);
    // A move button that became disabled (the step reached an end) hands the focus to the step's first control.
    (control && !control.disabled ? control : item?.querySelector<HTMLElement>('[data-control="edit"]'))?.focus();
  });

  const moveBy = (index: number, by: number, control: string) => {
    const to = index + by;
    if (to < 0 || to >= briefing.steps.length) return;
    refocus.current = { stepId: briefing.steps[index].id, control };
    actions.move(index, to);
  };

  return (
    <ol className="builder-steps" ref={list} aria-label={t('builder.steps')}>
      {briefing.steps.map((step, i) => {
        const n = String(i + 1);
        const title = shownText(step.title, lang) || t('builder.untitled');
        const open = expanded === step.id;
        return (
          <li
            key={step.id}
            data-step-id={step.id}
            className={dragged === i ? 'dragging' : undefined}
            draggable
            onDragStart={(e) => {
              setDragged(i);
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', step.id);
            }}
            onDragEnd={() => setDragged(null)}
            onDragOver={(e) => {
              if (dragged !== null) e.preventDefault();
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged !== null && dragged !== i) actions.move(dragged, i);
              setDragged(null);
            }}
            onKeyDown={(e) => {
              if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
              e.preventDefault();
              const control = (e.target as HTMLElement).dataset.control ?? 'edit';
              moveBy(i, e.key === 'ArrowUp' ? -1 : 1, control);
            }}
          >
            <div className="builder-step-head">
              <span className="builder-step-n" aria-hidden="true">
                {n}
              </span>
              <div className="builder-step-text">
                <strong className="builder-step-title">{title}</strong>
                <span className="muted small">{describe(step)}</span>
              </div>
            </div>
            <div className="builder-step-actions" role="group" aria-label={t('builder.actionsOf', { n, title })}>
              <button type="button" data-control="edit" aria-expanded={open} onClick={() => setExpanded(open ? null : step.id)}>
                {t('builder.edit')}
              </button>
              <button
                type="button"
                data-control="up"
                disabled={i === 0}
                aria-label={t('builder.moveUp')}
                onClick={() => moveBy(i, -1, 'up')}
              >
                ↑
              </button>
              <button
                type="button"
                data-control="down"
                disabled={i === briefing.steps.length - 1}
                aria-label={t('builder.moveDown')}
                onClick={() => moveBy(i, 1, 'down')}
              >
                ↓
              </button>
              <button type="button" data-control="duplicate" onClick={() => actions.duplicate(i)}>
                {t('builder.duplicate')}
              </button>
              <button type="button" data-control="delete" onClick={() => actions.remove(i)}>
                {t('builder.delete')}
              </button>
              <button type="button" data-control="preview" onClick={() => actions.preview(i)}>
                {t('builder.preview')}
              </button>
              <button type="button" data-control="present" onClick={() => actions.present(i)}>
                {t('builder.presentFrom')}
              </button>
            </div>
            {open && editor(step, i)}
          </li>
        );
      })}
    </ol>
  );
}
