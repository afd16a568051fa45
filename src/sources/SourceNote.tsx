import { useId, useRef, useState, type ReactNode } from 'react';
import { textIn } from '../data/planVocabulary';
import type { Bilingual, Source } from '../data/planSchema';
import { useT } from '../ui/useT';
import { OpenSourceButton, SourceDocName } from './SourceLinks';
import { QuoteText } from './QuoteText';
import { useKeepInView } from './keepInView';
import './sourceNote.css';

/** Finds source notes in rendered markup (a chart's SVG footer leaves them out of its text). */
export const SOURCE_NOTE = '.source-note';

interface Props {
  source: Source;
  /** title of the plan the source belongs to */
  planTitle: Bilingual;
  /** what the figure is, for the button's accessible name */
  label: string;
}

/**
 * A small button next to a figure; hovering or focusing it (or pressing it) shows the
 * document, the verbatim quote and the status of the figure. Text only. Under it, one action
 * opens the document in the reader at the quote; the box stays open while the focus is in it.
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
      onFocus={() => setFocus(true)}
      onBlur={(e) => {
        // Focus moving into the popover (its quote's or the reader's button) keeps it open.
        if (e.currentTarget.contains(e.relatedTarget)) return;
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
        onClick={() => setPinned((p) => !p)}
      >
        {mark}
      </button>
      {open && (
        <SourcePopover tipId={id} action={<OpenSourceButton file={source.doc} quote={source.quote} label={label} opener={button} />}>
          <span className="source-row">
            <strong>{t('plans.source.doc')}: </strong>
            <SourceDocName file={source.doc} fallback={planTitle[lang]} />
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
        </SourcePopover>
      )}
    </span>
  );
}

/** The box under the button: the tooltip's text, and apart from it (a tooltip holds no controls) the action. */
function SourcePopover({ tipId, action, children }: { tipId: string; action: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLSpanElement>(null);
  useKeepInView(ref, true);
  return (
    <span className="source-popover" ref={ref}>
      <span role="tooltip" id={tipId}>
        {children}
      </span>
      {action}
    </span>
  );
}
