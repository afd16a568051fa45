import { useT } from '../ui/useT';
import type { DroppedPack, LoadedPack } from '../data/loadedPacks';

/** Kept packs that no longer validated at start, each with its problems. */
export function DroppedPacks({ dropped }: { dropped: DroppedPack[] }) {
  const { t } = useT();
  return dropped.map((d, i) => (
    <div key={i} className="pack-problems" role="alert">
      <p>{t('packs.droppedTitle', { name: d.label })}</p>
      <ol>
        {d.problems.map((problem, k) => (
          <li key={k}>{problem}</li>
        ))}
      </ol>
    </div>
  ));
}

export function LoadedPackList({ packs, onRemove }: { packs: LoadedPack[]; onRemove: (pack: LoadedPack) => void }) {
  const { t } = useT();
  if (packs.length === 0) return null;
  return (
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
            <button type="button" onClick={() => onRemove(p)} aria-label={t('packs.removeLabel', { name: p.label })}>
              {t('packs.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
