/**
 * The briefing being edited in the builder: which one (the builder's store), its changes kept at
 * once (src/briefings/ownBriefings.ts), and the last deleted step to undo.
 */
import { useCallback, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Briefing } from '../briefings/briefingSchema';
import { keepBriefing, useBuilder, useKeptBriefings } from '../briefings/ownBriefings';
import { removeStep, restoreStep, type Removed } from '../briefings/briefingDraft';
import { useUi } from '../state/store';

export interface Deleted {
  briefingId: string;
  removed: Removed;
}

export function useDraft() {
  const client = useQueryClient();
  const kept = useKeptBriefings();
  const editing = useBuilder((s) => s.editing);
  const list = useMemo(() => kept.data ?? [], [kept.data]);
  const draft = list.find((b) => b.id === editing) ?? list.at(-1) ?? null;
  const [deleted, setDeleted] = useState<Deleted | null>(null);

  const save = useCallback(
    (next: Briefing) => {
      useBuilder.getState().setOpen(true, next.id);
      void keepBriefing(client, next).then((message) => {
        if (message) useUi.getState().notify({ id: 'builder-save', key: 'builder.saveFailed', vars: { message: message.slice(0, 200) } });
      });
    },
    [client],
  );

  /** Changes the draft (when there is one) and keeps the result. */
  const update = useCallback(
    (change: (b: Briefing) => Briefing) => {
      if (draft) save(change(draft));
    },
    [draft, save],
  );

  const deleteStep = useCallback(
    (index: number) => {
      if (!draft) return;
      const { briefing, removed } = removeStep(draft, index);
      if (!removed) return;
      save(briefing);
      setDeleted({ briefingId: draft.id, removed });
    },
    [draft, save],
  );

  const undoDelete = useCallback(() => {
    const target = deleted && list.find((b) => b.id === deleted.briefingId);
    if (deleted && target) save(restoreStep(target, deleted.removed));
    setDeleted(null);
  }, [deleted, list, save]);

  return { client, kept, list, draft, save, update, deleted, deleteStep, undoDelete, clearDeleted: () => setDeleted(null) };
}
