import { useId, useRef, useState } from 'react';
import { textIn } from '../data/planVocabulary';
import type { Bilingual, Source } from '../data/planSchema';
import { useT } from '../i18n/useT';
import { QuoteText } from './QuoteText';
import './plans.css';

interface Props {
  source: Source;
  /** title of the plan the source belongs to */
  planTitle: Bilingual;
  /** what the figure is, for the button's accessible name */
  label: string;
}

/**
 * A small button next to a figure; hovering or focusing it (or pressing it) shows the
 * document, the verbatim quote and the status of the figure. Text only.
 */
export function SourceNote({ source, planTitle, label }: Props) {
  const { lang, t } = useT();
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const [pinned, setPinned] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const open = hover || focus || pinned;
  const mark = source.status === 'stated' ? 'i' : source.status === 'derived' ? 'Σ' : '?';
  return (
    <span
      className="source-note"
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
      onBlur={(e) => {
        // Focus moving into the popover (its quote's button) keeps it open.
        if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
        setFocus(false);
        setPinned(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // From the popover's own button, focus goes back to the source button (the popover closes).
          if (e.target !== button.current) button.current?.focus();
          setPinned(false);
          setFocus(false);
          setHover(false);
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className={`source-button status-${source.status}`}
        aria-label={t('plans.sourceOf', { label })}
        aria-expanded={open}
        aria-describedby={open ? id : undefined}
        onFocus={() => setFocus(true)}
        onClick={() => setPinned((p) => !p)}
      >
        {mark}
      </button>
      {open && (
        <span role="tooltip" id={id} className="source-popover">
          <span className="source-row">
            <strong>{t('plans.source.doc')}: </strong>
            {planTitle[lang]} <span className="mono muted">({t('plans.seedFile', { file: source.doc })})</span>
          </span>
          <span className="source-row">
            <strong>{t('plans.source.quote')}: </strong>
            <QuoteText source={source} />
          </span>
          <span className="source-row">
            <strong>{t('plans.source.status')}: </strong>
            {t(`plans.status.${source.status}`)}
            {source.formula && (
              <>
                {' — '}
                {t('plans.source.formula')}: <span>{textIn(source.formula, lang)}</span>
              </>
            )}
            {source.reason && (
              <>
                {' — '}
                {t('plans.source.reason')}: <span>{textIn(source.reason, lang)}</span>
              </>
            )}
          </span>
        </span>
      )}
    </span>
  );
}
