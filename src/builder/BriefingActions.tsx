/** The whole briefing's actions: present it, export its file, remove it (asked twice, inline). */
import { useState } from 'react';
import type { Briefing } from '../briefings/briefingSchema';
import { briefingFile } from '../briefings/briefingDraft';
import { startPresentation } from '../present/startPresentation';
import { downloadText } from '../ui/download';
import { useT } from '../ui/useT';

interface Props {
  draft: Briefing;
  title: string;
  planIds: readonly string[];
  onRemove: () => void;
}

export function BriefingActions({ draft, title, planIds, onRemove }: Props) {
  const { t } = useT();
  const [confirming, setConfirming] = useState(false);
  const empty = draft.steps.length === 0;
  return (
    <>
      <div className="builder-actions">
        <button type="button" disabled={empty} onClick={() => startPresentation(draft.id, 1)}>
          {t('builder.present')}
        </button>
        <button
          type="button"
          disabled={empty}
          onClick={() => downloadText(`${JSON.stringify(briefingFile(draft, planIds), null, 2)}\n`, 'application/json', `${draft.id}.json`)}
        >
          {t('builder.export')}
        </button>
        {confirming ? (
          <span role="group" aria-label={t('builder.removeConfirm', { title })}>
            {t('builder.removeConfirm', { title })}{' '}
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                onRemove();
              }}
            >
              {t('builder.remove')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('packs.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('builder.remove')}
          </button>
        )}
      </div>
      {empty && <p className="muted small">{t('builder.needsStep')}</p>}
    </>
  );
}
