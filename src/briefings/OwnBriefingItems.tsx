/**
 * One's own briefings in the header's briefing menu, beside the shipped ones: those kept in this
 * browser and those of the loaded data packs, and the way into the builder.
 */
import { useT } from '../ui/useT';
import { shownText } from './oneLanguage';
import { useBuilder, useKeptBriefings, usePackBriefings } from './ownBriefings';

interface Props {
  onStart: (briefingId: string) => void;
  close: () => void;
}

export function OwnBriefingItems({ onStart, close }: Props) {
  const { lang, t } = useT();
  const kept = useKeptBriefings();
  const fromPacks = usePackBriefings();
  const own = [...(kept.data ?? []).map((b) => ({ b, pack: false })), ...fromPacks.map((b) => ({ b, pack: true }))].filter(
    ({ b }) => b.steps.length > 0,
  );
  return (
    <div className="own-briefings">
      {kept.isError && (
        <p role="alert" className="error-detail small">
          {t('builder.loadFailed', { message: kept.error.message.slice(0, 200) })}
        </p>
      )}
      {own.length > 0 && (
        <>
          <h3 className="own-briefings-heading">{t('builder.own')}</h3>
          <ul>
            {own.map(({ b, pack }) => (
              <li key={`${pack ? 'pack' : 'kept'}:${b.id}`}>
                <button
                  type="button"
                  data-briefing={b.id}
                  onClick={() => {
                    close();
                    onStart(b.id);
                  }}
                >
                  <span className="briefing-title">
                    {shownText(b.title, lang)}
                    {pack && <span className="muted small"> · {t('builder.fromPack')}</span>}
                  </span>
                  <span className="briefing-title-other small muted">{t('builder.stepN', { n: String(b.steps.length) })}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        className="builder-entry"
        onClick={() => {
          close();
          useBuilder.getState().setOpen(true);
        }}
      >
        {t('builder.open')}
      </button>
    </div>
  );
}
