import type { SourceDocument } from '../data/sourceSchema';
import { useSourceT } from './useSourceT';

/** Where the document was published, its file (a technical detail) and how to read the marks: one disclosure. */
export function AboutDocument({ doc }: { doc: SourceDocument }) {
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
