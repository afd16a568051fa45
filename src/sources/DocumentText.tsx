import { useId, useState, type MutableRefObject } from 'react';
import type { SourceDocument } from '../data/sourceSchema';
import type { Passage } from './passages';
import type { Destination, DocumentProvenance } from './provenance';
import { PassageText } from './PassageText';
import { useSourceT } from './useSourceT';

interface TextProps {
  doc: SourceDocument;
  text: string;
  passages: Passage[];
  provenance: DocumentProvenance | undefined;
  target: { start: number; end: number } | null;
  targetRef: MutableRefObject<HTMLElement | null>;
  passageName: (p: Passage) => string;
  onGo: (to: Destination) => void;
}

/** The passages in order, each with its number in the margin, its marks and, if nothing quotes it, a marker saying so. */
export function DocumentText({ doc, text, passages, provenance, target, targetRef, passageName, onGo }: TextProps) {
  const { lang, ts } = useSourceT();
  const [openMark, setOpenMark] = useState<number | null>(null);
  const hintId = useId();
  const marks = provenance?.marks ?? [];
  const uncited = new Set(provenance?.coverage.uncited.map((p) => p.id));
  // The first character of the quote that is drawn (not whitespace between passages) takes the focus.
  const focusAt = target
    ? passages.filter((p) => p.start < target.end && target.start < p.end).map((p) => Math.max(p.start, target.start))[0]
    : undefined;
  return (
    <div className="reader-text">
      <span id={hintId} hidden>
        {ts('sources.highlighted')}
      </span>
      {passages.map((p, i) => {
        const prev = passages[i - 1];
        const outsideNote = p.outside !== undefined && prev?.outside !== p.outside ? doc.outside?.[p.outside] : undefined;
        const runOn = p.sentence === 1 ? passages.filter((x) => x.n === p.n && x.sentence !== undefined) : null;
        return (
          <div key={`${p.line}:${p.start}`}>
            {outsideNote && <p className="reader-outside-note">{ts('sources.outside', { what: outsideNote.what[lang] })}</p>}
            {runOn && (
              <p className="reader-runon-note">
                {ts('sources.runOn', { n: String(p.n), chars: String(runOn[runOn.length - 1].end - p.start) })}
              </p>
            )}
            <div
              className={`reader-passage${p.outside !== undefined ? ' outside' : ''}${uncited.has(p.id) ? ' uncited' : ''}${p.sentence ? ' sentence' : ''}`}
              data-passage={p.outside === undefined ? p.id : undefined}
              tabIndex={p.outside === undefined ? -1 : undefined}
            >
              <span className="reader-num" aria-hidden="true">
                {p.id}
                {uncited.has(p.id) && <span className="reader-uncited-mark">{ts('sources.uncited')}</span>}
              </span>
              <p>
                {p.outside === undefined && (
                  <span className="visually-hidden">
                    {passageName(p)}
                    {uncited.has(p.id) ? ` — ${ts('sources.uncited')}` : ''}:{' '}
                  </span>
                )}
                <PassageText
                  text={text}
                  passage={p}
                  marks={marks}
                  target={target}
                  focusAt={focusAt}
                  targetRef={targetRef}
                  hintId={hintId}
                  openMark={openMark}
                  onToggle={(start) => setOpenMark((m) => (m === start ? null : start))}
                  onGo={onGo}
                />
              </p>
            </div>
          </div>
        );
      })}
    </div>
  );
}
