/** The reader's header (the document's kind, date, language and title in both languages, and ×) and the document's notes. */
import type { SourceDocument } from '../data/sourceSchema';
import { useT } from '../ui/useT';
import { closeSource } from './openSource';
import { useSourceT } from './useSourceT';

export function ReaderHeader({ doc, titleId }: { doc: SourceDocument | undefined; titleId: string }) {
  const { lang, t } = useT();
  const { ts } = useSourceT();
  const otherLang = lang === 'zh' ? 'en' : 'zh';
  return (
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
      <button
        type="button"
        className="icon-button reader-close"
        data-export="omit"
        onClick={() => closeSource()}
        aria-label={ts('sources.close')}
        title={ts('sources.close')}
      >
        ×
      </button>
    </header>
  );
}

export function ReaderNotes({ doc }: { doc: SourceDocument }) {
  const { lang } = useT();
  const { ts } = useSourceT();
  return (
    <div className="reader-notes">
      {doc.notes.map((note, i) => (
        <p key={i} className="reader-note" role="note">
          <strong>{ts('sources.notes')}:</strong> {note[lang]}
        </p>
      ))}
    </div>
  );
}
