import { useT } from '../ui/useT';
import { formatBytes } from './limits';
import type { Outcome } from './usePackLoad';
import type { Progress } from './validateInWorker';

export function PackProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { t } = useT();
  return (
    <div className="pack-progress" role="status">
      <span>
        {progress.phase === 'read'
          ? t('packs.reading', { done: formatBytes(progress.done), total: formatBytes(progress.total) })
          : t('packs.checking')}
      </span>
      <progress
        max={progress.phase === 'read' ? progress.total || 1 : undefined}
        value={progress.phase === 'read' ? progress.done : undefined}
      />
      <button type="button" onClick={onCancel}>
        {t('packs.cancel')}
      </button>
    </div>
  );
}

export function PackOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useT();
  if (outcome.kind === 'failed') {
    return (
      <div className="pack-problems" role="alert">
        <p>{t('packs.failed', { name: outcome.label, count: String(outcome.problems.length) })}</p>
        <ol>
          {outcome.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ol>
      </div>
    );
  }
  return (
    <div className="pack-loaded" role="status" data-check-ms={outcome.ms}>
      <p>
        {t('packs.loaded', { name: outcome.label, regions: String(outcome.regions), plans: String(outcome.plans), ms: String(outcome.ms) })}
      </p>
      {outcome.notes.length > 0 && (
        <ul className="muted small" aria-label={t('packs.notes')}>
          {outcome.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
