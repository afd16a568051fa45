/**
 * "Load data pack": a sidebar section with file and folder pickers, a window-wide drop target,
 * progress while the worker checks the pack, every problem when it fails, and the loaded packs
 * with "Remove". Everything from a pack is shown as text.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { RegionData } from '../data/regions';
import { useT } from '../ui/useT';
import { useUi } from '../state/store';
import { formatBytes } from './limits';
import { useLoadedPacks, type LoadedPack } from '../data/loadedPacks';
import { newPackId, readFiles, startCheck } from './packActions';
import { packInput, type PickedFile } from './packInput';
import { deleteStoredPack, storePack } from './packStorage';
import type { Progress } from './validateInWorker';
import './packs.css';

type Outcome =
  | { kind: 'failed'; label: string; problems: string[] }
  | { kind: 'loaded'; label: string; regions: number; plans: number; ms: number; notes: string[] };

/** Most files taken from one dropped folder: a pack has a handful; this stops a dropped home folder. */
const MAX_DROPPED_FILES = 500;

export function PackLoader({ data }: { data: RegionData }) {
  const { t } = useT();
  const client = useQueryClient();
  const packs = useLoadedPacks((s) => s.packs);
  const dropped = useLoadedPacks((s) => s.dropped);
  const [open, setOpen] = useState(false);
  const [keep, setKeep] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const cancelRef = useRef<(() => void) | null>(null);
  const busyRef = useRef(false);
  const busy = progress !== null;
  const keepId = useId();
  const dataRef = useRef(data);
  const keepRef = useRef(keep);
  // The latest values for the load in progress, set before any event can reach the page.
  useLayoutEffect(() => {
    dataRef.current = data;
    keepRef.current = keep;
  });
  const resultRef = useRef<HTMLDivElement>(null);
  // The section sits at the foot of a long sidebar: bring the progress and the outcome into view.
  useEffect(() => {
    resultRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome, busy]);

  const load = useCallback(
    async (picked: PickedFile<File>[]) => {
      const input = packInput(picked);
      if (!input || busyRef.current) return;
      busyRef.current = true;
      setOpen(true);
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
          const stored = await storePack({ id: loaded.id, label: loaded.label, layout: loaded.layout, files: loaded.files, storedAt: new Date().toISOString() });
          if (!stored.ok) {
            useLoadedPacks.getState().setKept(loaded.id, false);
            useUi.getState().notify({ id: `packs-store-${loaded.id}`, key: 'packs.storeFailed', vars: { message: stored.message.slice(0, 120) } });
          }
        }
        setOutcome({ kind: 'loaded', label: loaded.label, regions: pack.boundaries.features.length, plans: pack.plans.length, ms: Math.round(ms), notes: pack.notes });
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

  useWindowDrop(load, setDragging);

  const pickedFromInput = (files: FileList | null): PickedFile<File>[] =>
    [...(files ?? [])].map((f) => ({ path: f.webkitRelativePath || f.name, item: f }));

  return (
    <>
      <details className="pack-loader" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('packs.title')}</summary>
        <div className="pack-body">
          <p className="small">{t('packs.intro')}</p>
          <div className="pack-pickers">
            <label className={busy ? 'pick-button disabled' : 'pick-button'}>
              {t('packs.pickFiles')}
              <input
                type="file"
                className="visually-hidden"
                multiple
                accept=".json,.geojson,.topojson,application/json,application/geo+json"
                disabled={busy}
                aria-describedby={`${keepId}-files`}
                data-testid="pack-files"
                onChange={(e) => {
                  const picked = pickedFromInput(e.currentTarget.files);
                  e.currentTarget.value = '';
                  void load(picked);
                }}
              />
            </label>
            <label className={busy ? 'pick-button disabled' : 'pick-button'}>
              {t('packs.pickFolder')}
              <input
                type="file"
                className="visually-hidden"
                disabled={busy}
                data-testid="pack-folder"
                ref={(el) => el?.setAttribute('webkitdirectory', '')}
                onChange={(e) => {
                  const picked = pickedFromInput(e.currentTarget.files);
                  e.currentTarget.value = '';
                  void load(picked);
                }}
              />
            </label>
          </div>
          <p className="muted small" id={`${keepId}-files`}>
            {t('packs.pickFilesHint')}
          <br />
          {t('packs.dropHint')}
          </p>
          <label className="pack-keep">
            <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.currentTarget.checked)} aria-describedby={keepId} />
            {t('packs.keep')}
          </label>
          <p className="muted small" id={keepId}>
            {t('packs.keepHint')}
          </p>

          <div ref={resultRef}>
        {progress && (
            <div className="pack-progress" role="status">
              <span>
                {progress.phase === 'read'
                  ? t('packs.reading', { done: formatBytes(progress.done), total: formatBytes(progress.total) })
                  : t('packs.checking')}
              </span>
              <progress max={progress.phase === 'read' ? progress.total || 1 : undefined} value={progress.phase === 'read' ? progress.done : undefined} />
              <button type="button" onClick={() => cancelRef.current?.()}>
                {t('packs.cancel')}
              </button>
            </div>
          )}

          {outcome?.kind === 'failed' && (
            <div className="pack-problems" role="alert">
              <p>{t('packs.failed', { name: outcome.label, count: String(outcome.problems.length) })}</p>
              <ol>
                {outcome.problems.map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ol>
            </div>
          )}
          {outcome?.kind === 'loaded' && (
            <div className="pack-loaded" role="status" data-check-ms={outcome.ms}>
              <p>{t('packs.loaded', { name: outcome.label, regions: String(outcome.regions), plans: String(outcome.plans), ms: String(outcome.ms) })}</p>
              {outcome.notes.length > 0 && (
                <ul className="muted small" aria-label={t('packs.notes')}>
                  {outcome.notes.map((note, i) => (
                    <li key={i}>{note}</li>
                  ))}
                </ul>
              )}
            </div>
          )}

          </div>

        {dropped.map((d, i) => (
            <div key={i} className="pack-problems" role="alert">
              <p>{t('packs.droppedTitle', { name: d.label })}</p>
              <ol>
                {d.problems.map((problem, k) => (
                  <li key={k}>{problem}</li>
                ))}
              </ol>
            </div>
          ))}

          {packs.length > 0 && (
            <section aria-label={t('packs.loadedList')}>
              <h3 className="pack-list-title">{t('packs.loadedList')}</h3>
              <ul className="pack-list">
                {packs.map((p) => (
                  <li key={p.id}>
                    <div>
                      <strong>{p.label}</strong>
                      <span className="muted small">
                        {' '}
                        {t('packs.summary', { regions: String(p.pack.boundaries.features.length), plans: String(p.pack.plans.length) })} ·{' '}
                        {p.kept ? t('packs.kept') : t('packs.sessionOnly')}
                      </span>
                    </div>
                    <button type="button" onClick={() => void remove(p)} aria-label={t('packs.removeLabel', { name: p.label })}>
                      {t('packs.remove')}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </details>
      {dragging && (
        <div className="pack-drop-target" aria-hidden="true">
          <p>{t('packs.dropHere')}</p>
        </div>
      )}
    </>
  );
}

/** Files dragged over the window show the drop target; a drop loads them (folders walked, within bounds). */
function useWindowDrop(load: (picked: PickedFile<File>[]) => Promise<void>, setDragging: (on: boolean) => void) {
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void droppedFiles(e.dataTransfer).then((picked) => (picked.length ? load(picked) : undefined));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [load, setDragging]);
}

async function droppedFiles(transfer: DataTransfer): Promise<PickedFile<File>[]> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === 'file' && typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0 || entries.every((e) => e.isFile)) return [...transfer.files].map((f) => ({ path: f.name, item: f }));
  const out: PickedFile<File>[] = [];
  const walk = async (entry: FileSystemEntry, path: string): Promise<void> => {
    if (out.length >= MAX_DROPPED_FILES) return;
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ path, item: file });
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, `${path}/${child.name}`);
      if (out.length >= MAX_DROPPED_FILES) break;
    }
  };
  for (const entry of entries) await walk(entry, entry.name);
  return out;
}
