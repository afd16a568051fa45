/**
 * The source reader: a source document, whole, as text (never as HTML), in its own language,
 * scrolled to the quote it was opened at, which is highlighted and takes the focus. Every passage
 * some figure or item quotes is marked; the button after each mark lists what quotes it and leads
 * back to that region's or layout element's panel. A coverage line says how much of the document
 * the plan data uses and which passages nothing quotes.
 *
 * A modal <dialog>: the page behind is inert, Esc or × closes it and the focus goes back to the
 * button that opened it. Loaded only when it opens (src/app/lazyPanels.ts).
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Plan } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import type { SourceDocument } from '../data/sourceSchema';
import { useSourceIndex, useSourceText } from '../data/useSources';
import { useT } from '../ui/useT';
import { useUi, type SourceView } from '../state/store';
import { useSourceT } from './useSourceT';
import { closeSource, docFile, focusOpener } from './openSource';
import { locateQuote, splitPassages, type Passage } from './passages';
import { citationsOf, documentProvenance, type Destination, type DocumentProvenance, type LocatedCitation, type Mark } from './provenance';
import { revealInPanel } from './reveal';
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

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Scrolls the text (only the text: the dialog's header stays put) to show an element in its middle, and focuses it. */
function showInText(body: HTMLElement | null, el: HTMLElement | null) {
  if (!body || !el) return;
  const box = body.getBoundingClientRect();
  const at = el.getBoundingClientRect();
  body.scrollTop += at.top - box.top - Math.max(0, (box.height - at.height) / 2);
  el.focus({ preventScroll: true });
}

export function SourceReader(props: Props) {
  const view = useUi((s) => s.source);
  return view ? <ReaderDialog key={view.doc} view={view} {...props} /> : null;
}

function ReaderDialog({ view, plans, regions, onRegion, onElement }: Props & { view: SourceView }) {
  const { lang, t } = useT();
  const { ts } = useSourceT();
  const notify = useUi((s) => s.notify);
  const file = docFile(view.doc);
  const index = useSourceIndex();
  const doc = index.data?.documents.find((d) => d.file === file);
  const text = useSourceText(file);
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [notFound, setNotFound] = useState(false);
  const [openedAtQuote] = useState(view.quote !== undefined);
  const unmounted = useRef(false);

  useEffect(() => {
    const el = dialog.current;
    unmounted.current = false;
    if (el && !el.open) el.showModal();
    return () => {
      unmounted.current = true;
      if (el?.open) el.close();
      focusOpener();
    };
  }, []);

  // A document the index does not list (only a link can name one): reported, and the reader closes.
  useEffect(() => {
    if (!index.data || doc) return;
    notify({ id: 'bad-source', key: 'link.badSource', vars: { value: clip(view.doc, 60) } });
    closeSource({ returnFocus: false });
  }, [index.data, doc, view.doc, notify]);

  // The passage: a linked range must lie inside the text; a quote is looked up and its offsets go into the link.
  useEffect(() => {
    if (text.data === undefined) return;
    const { openSource } = useUi.getState();
    if (view.end !== undefined && view.end > text.data.length) {
      notify({ id: 'bad-passage', key: 'link.badPassage', vars: { value: `${view.start}-${view.end}` } });
      openSource({ doc: view.doc });
    } else if (view.quote !== undefined && view.end === undefined) {
      const at = locateQuote(text.data, view.quote);
      // Known only once the document has loaded, and the address moves on to the passage found.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setNotFound(!at);
      openSource(at ? { doc: view.doc, ...at } : { doc: view.doc });
    }
  }, [text.data, view, notify]);

  const regionName = useCallback((code: string) => (regions.regions.get(code) ?? regions.context.get(code))?.name, [regions]);
  const citations = useMemo(() => (plans ? citationsOf(plans, regionName) : undefined), [plans, regionName]);
  const provenance = useMemo(
    () => (text.data !== undefined && doc && citations ? documentProvenance(file, text.data, citations, doc.outside) : undefined),
    [text.data, doc, citations, file],
  );
  // The text waits for the plans (its marks come with them), unless they failed: then it shows without marks.
  const passages = useMemo(
    () => provenance?.passages ?? (text.data !== undefined && doc && plans === null ? splitPassages(text.data, doc.outside) : undefined),
    [provenance, text.data, doc, plans],
  );
  const target = view.end !== undefined && view.start !== undefined && text.data !== undefined && view.end <= text.data.length ? { start: view.start, end: view.end } : null;
  const targetPassage = target && passages?.find((p) => p.outside === undefined && p.start < target.end && target.start < p.end);

  // Into view and focus: the quote once it is drawn, else the text itself (arrow keys and Page Down scroll it).
  const targetRef = useRef<HTMLElement | null>(null);
  const focused = useRef('');
  const quoteKey = target ? `${target.start}-${target.end}` : view.quote ? 'pending' : 'top';
  useEffect(() => {
    if (!passages || focused.current === quoteKey || quoteKey === 'pending') return;
    focused.current = quoteKey;
    if (targetRef.current) showInText(body.current, targetRef.current);
    else body.current?.focus();
  });
  const backToQuote = () => showInText(body.current, targetRef.current);

  const go = (to: Destination) => {
    closeSource({ returnFocus: false });
    if (to.kind === 'element') onElement(to.key);
    else onRegion(to.code);
    void revealInPanel(to, lang);
  };

  const passageName = (p: Passage) => (p.sentence ? ts('sources.sentence', { n: String(p.n), s: String(p.sentence) }) : ts('sources.paragraph', { n: String(p.n) }));
  const otherLang = lang === 'zh' ? 'en' : 'zh';

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
    <dialog
      ref={dialog}
      className="reader"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        closeSource();
      }}
      onClose={() => {
        if (!unmounted.current && useUi.getState().source) closeSource();
      }}
      // Esc belongs to the reader: the panel behind it stays open.
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.stopPropagation();
      }}
    >
      <header className="reader-head">
        <div className="reader-titles">
          <p className="reader-kind">
            {doc ? (
              <>
                <span className="reader-badge">{t(`plans.docKind.${doc.kind}`)}</span> {doc.date} · {ts(`sources.lang.${doc.lang}`)}
              </>
            ) : (
              ts('sources.document')
            )}
          </p>
          <h2 id={titleId}>{doc ? doc.title[lang] : ts('sources.document')}</h2>
          {doc && (
            <p className="reader-subtitle" lang={otherLang === 'zh' ? 'zh-CN' : 'en'}>
              {doc.title[otherLang]}
            </p>
          )}
        </div>
        <button type="button" className="icon-button reader-close" data-export="omit" onClick={() => closeSource()} aria-label={ts('sources.close')} title={ts('sources.close')}>
          ×
        </button>
      </header>
      {doc && doc.notes.length > 0 && (
        <div className="reader-notes">
          {doc.notes.map((note, i) => (
            <p key={i} className="reader-note" role="note">
              <strong>{ts('sources.notes')}:</strong> {note[lang]}
            </p>
          ))}
        </div>
      )}
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

/** Where the document was published, its file (a technical detail) and how to read the marks: one disclosure. */
function AboutDocument({ doc }: { doc: SourceDocument }) {
  const { lang, ts } = useSourceT();
  return (
    <details className="reader-about">
      <summary>{ts('sources.about')}</summary>
      <p>
        <strong>{ts('sources.published')}:</strong> {doc.published[lang]}
      </p>
      <p>{ts('sources.marksHint')}</p>
      <p className="reader-file mono">{ts('sources.file', { file: doc.file })}</p>
    </details>
  );
}

/** "Quoted by n figures and m items …; which passages nothing quotes", each one a way to it. */
function CoverageLine({
  provenance,
  passageName,
  bodyRef,
  children,
}: {
  provenance: DocumentProvenance;
  passageName: (p: Passage) => string;
  bodyRef: React.RefObject<HTMLDivElement | null>;
  children?: ReactNode;
}) {
  const { lang, ts } = useSourceT();
  const { coverage } = provenance;
  const show = (p: Passage) => showInText(bodyRef.current, bodyRef.current?.querySelector<HTMLElement>(`[data-passage="${CSS.escape(p.id)}"]`) ?? null);
  return (
    <div className="reader-coverage">
      <p>
        {ts('sources.coverage', { figures: String(coverage.figures), items: String(coverage.items), quotes: String(coverage.quotes) })}
        {lang === 'zh' ? '' : ' '}
        {coverage.uncited.length === 0
          ? ts('sources.allQuoted')
          : ts('sources.coveragePassages', { cited: String(coverage.cited), total: String(coverage.passages), uncited: String(coverage.uncited.length) })}
      </p>
      {coverage.uncited.length > 0 && (
        <details>
          <summary>{ts('sources.uncitedList', { n: String(coverage.uncited.length) })}</summary>
          <ul className="reader-uncited-list">
            {coverage.uncited.map((p) => (
              <li key={p.id}>
                <button type="button" className="link-button" onClick={() => show(p)}>
                  {passageName(p)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {children}
    </div>
  );
}

interface TextProps {
  doc: SourceDocument;
  text: string;
  passages: Passage[];
  provenance: DocumentProvenance | undefined;
  target: { start: number; end: number } | null;
  targetRef: React.MutableRefObject<HTMLElement | null>;
  passageName: (p: Passage) => string;
  onGo: (to: Destination) => void;
}

/** The passages in order, each with its number in the margin, its marks and, if nothing quotes it, a marker saying so. */
function DocumentText({ doc, text, passages, provenance, target, targetRef, passageName, onGo }: TextProps) {
  const { lang, ts } = useSourceT();
  const [openMark, setOpenMark] = useState<number | null>(null);
  const hintId = useId();
  const marks = provenance?.marks ?? [];
  const uncited = new Set(provenance?.coverage.uncited.map((p) => p.id));
  // The first character of the quote that is drawn (not whitespace between passages) takes the focus.
  const focusAt = target ? passages.filter((p) => p.start < target.end && target.start < p.end).map((p) => Math.max(p.start, target.start))[0] : undefined;
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

interface PassageProps {
  text: string;
  passage: Passage;
  marks: Mark[];
  target: { start: number; end: number } | null;
  focusAt: number | undefined;
  targetRef: React.MutableRefObject<HTMLElement | null>;
  hintId: string;
  openMark: number | null;
  onToggle: (markStart: number) => void;
  onGo: (to: Destination) => void;
}

/** A passage's text cut where marks and the opened quote begin and end; after each mark that ends here, its button. */
function PassageText({ text, passage, marks, target, focusAt, targetRef, hintId, openMark, onToggle, onGo }: PassageProps) {
  const { start, end } = passage;
  const here = marks.filter((m) => m.start < end && start < m.end);
  const clamp = (x: number) => Math.min(end, Math.max(start, x));
  const cuts = new Set([start, end]);
  for (const m of here) cuts.add(clamp(m.start)).add(clamp(m.end));
  if (target) cuts.add(clamp(target.start)).add(clamp(target.end));
  const bounds = [...cuts].sort((a, b) => a - b);

  const out: ReactNode[] = [];
  let run: { mark: Mark; pieces: ReactNode[] } | null = null;
  const flush = () => {
    if (!run) return;
    const { mark, pieces } = run;
    out.push(
      <mark key={`m${mark.start}:${start}`} className="reader-mark" data-mark={mark.start}>
        {pieces}
      </mark>,
    );
    if (mark.end <= end) {
      out.push(<CiteButton key={`c${mark.start}`} mark={mark} open={openMark === mark.start} onToggle={() => onToggle(mark.start)} onGo={onGo} />);
    }
    run = null;
  };
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i];
    const b = bounds[i + 1];
    const mark = here.find((m) => m.start <= a && b <= m.end);
    const inTarget = !!target && target.start <= a && b <= target.end;
    const words = text.slice(a, b);
    const piece = inTarget ? (
      <mark
        key={`t${a}`}
        className="reader-target"
        ref={
          a === focusAt
            ? (el) => {
                targetRef.current = el;
                return () => void (targetRef.current = null);
              }
            : undefined
        }
        tabIndex={a === focusAt ? -1 : undefined}
        aria-describedby={a === focusAt ? hintId : undefined}
      >
        {words}
      </mark>
    ) : (
      words
    );
    if (run && run.mark !== mark) flush();
    if (mark) {
      run ??= { mark, pieces: [] };
      run.pieces.push(typeof piece === 'string' ? <span key={`s${a}`}>{piece}</span> : piece);
    } else out.push(typeof piece === 'string' ? <span key={`s${a}`}>{piece}</span> : piece);
  }
  flush();
  return <>{out}</>;
}

/** The button after a mark: how many figures and items quote it; pressed, the list of them, each leading to its panel. */
function CiteButton({ mark, open, onToggle, onGo }: { mark: Mark; open: boolean; onToggle: () => void; onGo: (to: Destination) => void }) {
  const { t, lang } = useT();
  const { ts } = useSourceT();
  const listId = useId();
  const n = String(mark.citations.length);
  const place = (c: LocatedCitation) =>
    c.to.kind === 'region'
      ? ts('sources.place.region', { name: c.to.name[lang] })
      : c.item === 'element'
        ? ts('sources.place.itsPanel')
        : ts('sources.place.element', { name: c.to.name[lang] });
  return (
    <>
      <button type="button" className="reader-cite" aria-expanded={open} aria-controls={open ? listId : undefined} aria-label={ts('sources.citedBy', { n })} onClick={onToggle}>
        <span aria-hidden="true">{n}</span>
      </button>
      {open && (
        <span className="reader-citers" id={listId} role="group" aria-label={ts('sources.citedByList')} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
          {mark.citations.map((c: LocatedCitation) => (
            <span key={`${c.planId}:${c.path}`} className="reader-citer">
              <button type="button" className="link-button" onClick={() => onGo(c.to)}>
                {c.label.kind[lang]}
                {lang === 'zh' ? '：' : ': '}
                {c.label.name[lang]}
                <span className="reader-citer-to"> → {ts('sources.goTo', { place: place(c) })}</span>
              </button>{' '}
              <span className={`reader-citer-status status-${c.status}`}>{lang === 'zh' ? `（${t(`plans.status.${c.status}`)}）` : `(${t(`plans.status.${c.status}`)})`}</span>
            </span>
          ))}
        </span>
      )}
    </>
  );
}
