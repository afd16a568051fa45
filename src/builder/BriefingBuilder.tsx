/**
 * The briefing builder: make a briefing from the live map. New briefing; add the view on screen
 * as a step; edit, reorder, duplicate, delete (with undo), preview and present from any step;
 * export the briefing file and import one. Everything is kept in this browser as it changes.
 * Loaded when opened from the briefing menu (src/briefings/OwnBriefingItems.tsx).
 */
import { useState } from 'react';
import type { Briefing, BriefingStep } from '../briefings/briefingSchema';
import { addStep, duplicateStep, moveStep, newBriefing, nextStepId, replaceStep } from '../briefings/briefingDraft';
import { forgetBriefing, useBuilder, usePackBriefings } from '../briefings/ownBriefings';
import { shownText } from '../briefings/oneLanguage';
import { stepFromView, withView } from '../briefings/stepFromView';
import type { Plan, Taxonomy } from '../data/planSchema';
import { startPresentation } from '../present/startPresentation';
import { useT } from '../ui/useT';
import { translate, type Lang } from '../i18n/strings';
import { captureView } from './captureView';
import { previewStep, type PreviewContext } from './previewStep';
import { ImportBriefing } from './ImportBriefing';
import { StepEditor } from './StepEditor';
import { StepList, type StepActions } from './StepList';
import { useDraft } from './useDraft';
import { BriefingHead } from './BriefingHead';
import { BriefingActions } from './BriefingActions';
import { describeStep } from './describeStep';
import './builder.css';

interface Props extends Omit<PreviewContext, 'planIds'> {
  plans: { plans: Plan[]; taxonomy: Taxonomy } | undefined;
}

export function BriefingBuilder({ plans, ...context }: Props) {
  const { lang, t } = useT();
  const { client, list, draft, save, update, deleted, deleteStep, undoDelete } = useDraft();
  const fromPacks = usePackBriefings();
  const [expanded, setExpanded] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const planList = plans?.plans ?? [];
  const planIds = planList.map((p) => p.id);
  const preview = { ...context, planIds };
  const title = draft ? shownText(draft.title, lang) : '';

  const addView = () => {
    if (!draft) return;
    const step = viewAsStep(draft, planIds, (s, l) => describeStep(s, context.data, planList, l));
    update((b) => addStep(b, step));
    setExpanded(step.id);
    setStatus(t('builder.stepN', { n: String(draft.steps.length + 1) }));
  };
  const actions = stepActions(draft, update, deleteStep, preview, (from, to) =>
    setStatus(t('builder.moved', { title: draft ? shownText(draft.steps[from].title, lang) : '', n: String(to + 1) })),
  );
  const editor = (step: BriefingStep, i: number) => (
    <StepEditor
      step={step}
      n={i + 1}
      plans={planList}
      data={context.data}
      onChange={(next) => update((b) => replaceStep(b, i, next))}
      onReplaceView={() => {
        update((b) => replaceStep(b, i, withView(step, captureView(), planIds)));
        setStatus(t('builder.viewReplaced', { n: String(i + 1) }));
      }}
    />
  );
  const remove = async () => {
    if (!draft) return;
    const message = await forgetBriefing(client, draft.id);
    setStatus(message ? t('builder.saveFailed', { message }) : t('builder.removed', { title }));
    useBuilder.getState().setOpen(true, null);
  };

  return (
    <section className="builder" aria-labelledby="builder-title" data-export="omit">
      <div className="builder-top">
        <h2 id="builder-title">{t('builder.title')}</h2>
        <button
          type="button"
          className="builder-close"
          aria-label={t('builder.close')}
          onClick={() => useBuilder.getState().setOpen(false)}
        >
          ×
        </button>
      </div>
      <BriefingHead
        list={list}
        draft={draft}
        onChoose={(id) => useBuilder.getState().setOpen(true, id)}
        onNew={() =>
          save(
            newBriefing([...list.map((b) => b.id), ...fromPacks.map((b) => b.id)], {
              zh: translate('zh', 'builder.newTitle'),
              en: translate('en', 'builder.newTitle'),
            }),
          )
        }
        onTitle={(next) => update((b) => ({ ...b, title: next }))}
      />
      <ImportBriefing
        data={context.data}
        plans={planList}
        categoryIds={plans?.taxonomy.categories.map((c) => c.id) ?? []}
        keptIds={list.map((b) => b.id)}
        packBriefingIds={fromPacks.map((b) => b.id)}
        onImported={(b, message) => {
          save(b);
          setStatus(message);
        }}
      />
      {draft && (
        <>
          <button type="button" className="builder-add" onClick={addView} disabled={!plans}>
            {t('builder.addStep')}
          </button>
          {draft.steps.length === 0 ? (
            <p className="muted small">{t('builder.noSteps')}</p>
          ) : (
            <>
              <p className="muted small">{t('builder.reorderHint')}</p>
              <StepList
                briefing={draft}
                actions={actions}
                describe={(s) => t('builder.viewOf', { what: describeStep(s, context.data, planList, lang) })}
                expanded={expanded}
                setExpanded={setExpanded}
                editor={editor}
              />
            </>
          )}
          {deleted && deleted.briefingId === draft.id && (
            <p className="builder-undo" role="status">
              {t('builder.deleted', { title: shownText(deleted.removed.step.title, lang) })}{' '}
              <button type="button" onClick={undoDelete}>
                {t('builder.undo')}
              </button>
            </p>
          )}
          <BriefingActions draft={draft} title={title} planIds={planIds} onRemove={() => void remove()} />
        </>
      )}
      <p className="builder-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

/** What the step list's buttons and keys do to the briefing being edited. */
function stepActions(
  draft: Briefing | null,
  update: (change: (b: Briefing) => Briefing) => void,
  deleteStep: (index: number) => void,
  preview: PreviewContext,
  onMoved: (from: number, to: number) => void,
): StepActions {
  return {
    move: (from, to) => {
      update((b) => moveStep(b, from, to));
      onMoved(from, to);
    },
    duplicate: (i) => update((b) => duplicateStep(b, i)),
    remove: deleteStep,
    preview: (i) => draft && previewStep(draft.steps[i], preview),
    present: (i) => draft && startPresentation(draft.id, i + 1),
  };
}

/** The view on screen as the draft's next step, first titled by what it opens. */
function viewAsStep(draft: Briefing, planIds: readonly string[], name: (step: BriefingStep, lang: Lang) => string): BriefingStep {
  const step = stepFromView(nextStepId(draft), captureView(), planIds, {
    title: { zh: '', en: '' },
    notes: { zh: '', en: '' },
    figures: [],
  });
  return { ...step, title: { zh: name(step, 'zh'), en: name(step, 'en') } };
}
