import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { RegionData } from '../data/regions';
import { useT } from '../ui/useT';
import { useUi } from '../state/store';
import { useLoadedPacks, type LoadedPack } from '../data/loadedPacks';
import { newPackId, readFiles, startCheck } from './packActions';
import { packInput, type PickedFile } from './packInput';
import { deleteStoredPack, storePack } from './packStorage';
import type { Progress } from './validateInWorker';

export type Outcome =
  | { kind: 'failed'; label: string; problems: string[] }
  | { kind: 'loaded'; label: string; regions: number; plans: number; ms: number; notes: string[] };

/**
 * Loading a pack: its progress while the worker checks it, its outcome, keeping it in storage
 * when asked, and removing loaded packs. `onStart` runs when a load begins.
 */
export function usePackLoad(data: RegionData, keep: boolean, onStart: () => void) {
  const { t } = useT();
  const client = useQueryClient();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const cancelRef = useRef<(() => void) | null>(null);
  const busyRef = useRef(false);
  const dataRef = useRef(data);
  const keepRef = useRef(keep);
  const onStartRef = useRef(onStart);
  // The latest values for the load in progress, set before any event can reach the page.
  useLayoutEffect(() => {
    dataRef.current = data;
    keepRef.current = keep;
    onStartRef.current = onStart;
  });

  const load = useCallback(
    async (picked: PickedFile<File>[]) => {
      const input = packInput(picked);
      if (!input || busyRef.current) return;
      busyRef.current = true;
      onStartRef.current();
      setOutcome(null);
      setProgress({ phase: 'read', done: 0, total: picked.reduce((n, p) => n + p.item.size, 0) });
      try {
        let check;
        try {
          check = await startCheck(input, dataRef.current, client, setProgress);
        } catch {
          setOutcome({ kind: 'failed', label: input.label, problems: [t('packs.noPlanData')] });
          return;
        }
        cancelRef.current = check.cancel;
        const { result, ms } = await check.result;
        if (!result.ok) {
          setOutcome({ kind: 'failed', label: input.label, problems: result.problems });
          return;
        }
        const { pack } = result;
        const loaded: LoadedPack = {
          id: newPackId(),
          label: pack.name ?? input.label,
          pack,
          files: await readFiles(input.files),
          layout: input.layout,
          kept: keepRef.current,
        };
        useLoadedPacks.getState().add(loaded);
        if (loaded.kept) {
          const stored = await storePack({
            id: loaded.id,
            label: loaded.label,
            layout: loaded.layout,
            files: loaded.files,
            storedAt: new Date().toISOString(),
          });
          if (!stored.ok) {
            useLoadedPacks.getState().setKept(loaded.id, false);
            useUi
              .getState()
              .notify({ id: `packs-store-${loaded.id}`, key: 'packs.storeFailed', vars: { message: stored.message.slice(0, 120) } });
          }
        }
        setOutcome({
          kind: 'loaded',
          label: loaded.label,
          regions: pack.boundaries.features.length,
          plans: pack.plans.length,
          ms: Math.round(ms),
          notes: pack.notes,
        });
      } finally {
        busyRef.current = false;
        cancelRef.current = null;
        setProgress(null);
      }
    },
    [client, t],
  );

  const remove = useCallback(async (pack: LoadedPack) => {
    useLoadedPacks.getState().remove(pack.id);
    setOutcome(null);
    if (pack.kept) await deleteStoredPack(pack.id);
  }, []);

  const cancel = () => cancelRef.current?.();

  return { progress, outcome, load, remove, cancel };
}
