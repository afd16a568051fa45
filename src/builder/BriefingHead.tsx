/** Which briefing is being edited (or a new one), and its title in both languages. */
import { useId } from 'react';
import type { Briefing } from '../briefings/briefingSchema';
import type { BriefingText } from '../briefings/oneLanguage';
import { shownText } from '../briefings/oneLanguage';
import { useBriefingWrites } from '../briefings/ownBriefings';
import { useT } from '../ui/useT';

interface Props {
  list: Briefing[];
  draft: Briefing | null;
  onChoose: (id: string) => void;
  onNew: () => void;
  onTitle: (title: BriefingText) => void;
}

export function BriefingHead({ list, draft, onChoose, onNew, onTitle }: Props) {
  const { lang, t } = useT();
  const id = useId();
  return (
    <div className="builder-head">
      <div className="builder-row">
        <label htmlFor={`${id}-choose`}>{t('builder.choose')}</label>
        <select id={`${id}-choose`} value={draft?.id ?? ''} disabled={!list.length} onChange={(e) => onChoose(e.target.value)}>
          {!list.length && <option value="">{t('builder.none')}</option>}
          {list.map((b) => (
            <option key={b.id} value={b.id}>
              {shownText(b.title, lang)} ({b.id})
            </option>
          ))}
        </select>
        <button type="button" onClick={onNew}>
          {t('builder.new')}
        </button>
      </div>
      {draft && (
        <fieldset className="builder-title-fields">
          <legend>{t('builder.briefingTitle')}</legend>
          {(['zh', 'en'] as const).map((side) => (
            <div className="builder-field" key={side}>
              <label htmlFor={`${id}-title-${side}`}>{t(side === 'zh' ? 'builder.zh' : 'builder.en')}</label>
              <input
                id={`${id}-title-${side}`}
                type="text"
                lang={side === 'zh' ? 'zh-CN' : 'en'}
                maxLength={200}
                value={draft.title[side]}
                onChange={(e) => onTitle({ ...draft.title, [side]: e.target.value })}
              />
            </div>
          ))}
          <p className="muted small">{t('builder.oneLanguage')}</p>
        </fieldset>
      )}
      {draft && <SaveState />}
    </div>
  );
}

/** Whether the changes are kept yet: a reload before that would lose them (the browser asks first). */
function SaveState() {
  const { t } = useT();
  const { pending, failed } = useBriefingWrites();
  const key = pending > 0 ? 'builder.saving' : failed ? 'builder.notKept' : 'builder.keptHere';
  return (
    <p className="builder-saved muted small" role="status" data-saved={pending === 0 && !failed}>
      {t(key)}
    </p>
  );
}
