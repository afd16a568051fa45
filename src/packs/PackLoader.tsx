/**
 * "Load data pack": a sidebar section with file and folder pickers, a window-wide drop target,
 * progress while the worker checks the pack, every problem when it fails, and the loaded packs
 * with "Remove". Everything from a pack is shown as text.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { RegionData } from '../data/regions';
import { useT } from '../ui/useT';
import { useLoadedPacks } from '../data/loadedPacks';
import { usePackLoad } from './usePackLoad';
import { useWindowDrop } from './windowDrop';
import { PackPickers } from './PackPickers';
import { PackOutcome, PackProgress } from './PackResult';
import { DroppedPacks, LoadedPackList } from './PackLists';
import './packs.css';

export function PackLoader({ data }: { data: RegionData }) {
  const { t } = useT();
  const packs = useLoadedPacks((s) => s.packs);
  const dropped = useLoadedPacks((s) => s.dropped);
  const [open, setOpen] = useState(false);
  const [keep, setKeep] = useState(false);
  const [dragging, setDragging] = useState(false);
  const openOnLoad = useCallback(() => setOpen(true), []);
  const { progress, outcome, load, remove, cancel } = usePackLoad(data, keep, openOnLoad);
  const busy = progress !== null;
  const keepId = useId();
  const resultRef = useRef<HTMLDivElement>(null);
  // The section sits at the foot of a long sidebar: bring the progress and the outcome into view.
  useEffect(() => {
    resultRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome, busy]);

  useWindowDrop(load, setDragging);

  return (
    <>
      <details className="pack-loader" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('packs.title')}</summary>
        <div className="pack-body">
          <p className="small">{t('packs.intro')}</p>
          <PackPickers busy={busy} hintId={`${keepId}-files`} onPick={(picked) => void load(picked)} />
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
            {progress && <PackProgress progress={progress} onCancel={cancel} />}
            {outcome && <PackOutcome outcome={outcome} />}
          </div>

          <DroppedPacks dropped={dropped} />
          <LoadedPackList packs={packs} onRemove={(p) => void remove(p)} />
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
