/**
 * The source reader: a source document, whole, as text (never as HTML), in its own language,
 * scrolled to the quote it was opened at, which is highlighted and takes the focus. Every passage
 * some figure or item quotes is marked; the button after each mark lists what quotes it and leads
 * back to that region's or layout element's panel. A coverage line says how much of the document
 * the plan data uses and which passages nothing quotes.
 *
 * A modal <dialog>: the page behind is inert, Esc or × closes it and the focus goes back to the
 * button that opened it. Loaded only when it opens (src/app/lazyPanels.ts); the files it is made
 * of are imported from here only, so that they stay in its chunk.
 */
import { useId, type ReactNode } from 'react';
import type { Plan } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import { useT } from '../ui/useT';
import { useUi, type SourceView } from '../state/store';
import { useSourceT } from './useSourceT';
import { closeSource } from './openSource';
import type { Passage } from './passages';
import type { Destination } from './provenance';
import { revealInPanel } from './reveal';
import { useReaderDialog } from './useReaderDialog';
import { useReaderData } from './useReaderData';
import { useQuoteFocus } from './useQuoteFocus';
import { ReaderHeader, ReaderNotes } from './ReaderHeader';
import { CoverageLine } from './CoverageLine';
import { AboutDocument } from './AboutDocument';
import { DocumentText } from './DocumentText';
import './reader.css';

interface Props {
  /** every plan (the reverse index needs them all); undefined while they load, null when they failed (text without marks) */
  plans: readonly Plan[] | null | undefined;
  regions: RegionData;
  /** opens a region's panel (and frames it) */
  onRegion: (code: string) => void;
  /** opens a layout element's panel */
  onElement: (key: string) => void;
}

export function SourceReader(props: Props) {
  const view = useUi((s) => s.source);
  return view ? <ReaderDialog key={view.doc} view={view} {...props} /> : null;
}

function ReaderDialog({ view, plans, regions, onRegion, onElement }: Props & { view: SourceView }) {
  const { lang } = useT();
  const { ts } = useSourceT();
  const { dialog, onCancel, onClose, onKeyDown } = useReaderDialog();
  const titleId = useId();
  const { index, doc, text, notFound, openedAtQuote, provenance, passages, target, targetPassage } = useReaderData(view, plans, regions);
  const { body, targetRef, backToQuote } = useQuoteFocus(passages, target, view.quote);

  const go = (to: Destination) => {
    closeSource({ returnFocus: false });
    if (to.kind === 'element') onElement(to.key);
    else onRegion(to.code);
    void revealInPanel(to, lang);
  };

  const passageName = (p: Passage) =>
    p.sentence ? ts('sources.sentence', { n: String(p.n), s: String(p.sentence) }) : ts('sources.paragraph', { n: String(p.n) });

  let content: ReactNode;
  if (index.isError || text.isError) {
    content = (
      <p role="alert" className="reader-status">
        {ts('sources.failed')} <small className="muted">({(index.error ?? text.error)?.message})</small>
      </p>
    );
  } else if (!doc || !passages || text.data === undefined) {
    content = (
      <p role="status" className="reader-status">
        {ts('sources.loading')}
      </p>
    );
  } else {
    content = (
      <DocumentText
        doc={doc}
        text={text.data}
        passages={passages}
        provenance={provenance}
        target={target}
        targetRef={targetRef}
        passageName={passageName}
        onGo={go}
      />
    );
  }

  return (
    <dialog ref={dialog} className="reader" aria-labelledby={titleId} onCancel={onCancel} onClose={onClose} onKeyDown={onKeyDown}>
      <ReaderHeader doc={doc} titleId={titleId} />
      {doc && doc.notes.length > 0 && <ReaderNotes doc={doc} />}
      {provenance && (
        <CoverageLine provenance={provenance} passageName={passageName} bodyRef={body}>
          {doc && <AboutDocument doc={doc} />}
        </CoverageLine>
      )}
      {(target || notFound) && passages && (
        <p className="reader-where">
          {notFound ? (
            ts('sources.quoteNotFound')
          ) : (
            <>
              {ts(openedAtQuote ? 'sources.quoteAt' : 'sources.passageAt', {
                where: targetPassage ? passageName(targetPassage) : '—',
              })}{' '}
              <button type="button" className="link-button" onClick={backToQuote}>
                {ts('sources.backToQuote')}
              </button>
            </>
          )}
        </p>
      )}
      <div ref={body} className="reader-body" tabIndex={-1} lang={doc?.lang === 'zh' ? 'zh-CN' : 'en'}>
        {content}
      </div>
    </dialog>
  );
}
