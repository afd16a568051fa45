/**
 * How the panels name a source document (its title and kind from sources/index.json, never its
 * file name) and the action that opens it in the reader. Loaded with the panels.
 */
import type { RefObject } from 'react';
import { useSourceDocument } from '../data/useSources';
import { useT } from '../ui/useT';
import { useSourceT } from './useSourceT';
import { openSource } from './openSource';

/** "Title (press report)" of a shipped document; the fallback (the plan's title) while the index loads or for a pack's document. */
export function SourceDocName({ file, fallback }: { file: string; fallback: string }) {
  const { t } = useT();
  const { ts, lang } = useSourceT();
  const { doc } = useSourceDocument(file);
  if (!doc) return <>{fallback}</>;
  return <cite className="source-doc-name">{ts('sources.docOf', { title: doc.title[lang], kind: t(`plans.docKind.${doc.kind}`) })}</cite>;
}

interface OpenProps {
  file: string;
  /** the quote to open the document at; none opens it at its start */
  quote?: string;
  /** what the figure or item is, for the accessible name */
  label?: string;
  /** where the focus goes back when the reader closes (default: the button itself) */
  opener?: RefObject<HTMLElement | null>;
  className?: string;
  /** a short visible text (tables, lines of figures); the accessible name stays whole */
  short?: boolean;
}

/** Opens the document in the reader; nothing for a document that is not shipped (a data pack's). */
export function OpenSourceButton({
  file,
  quote,
  label,
  opener,
  short = false,
  className = short ? 'source-open source-open-inline' : 'source-open',
}: OpenProps) {
  const { ts, lang } = useSourceT();
  const { doc } = useSourceDocument(file);
  if (!doc) return null;
  const text = short ? ts('sources.openShort') : quote ? ts('sources.open') : ts('sources.openDoc');
  const full = label ? ts('sources.openOf', { label }) : quote ? text : ts('sources.openDocOf', { title: doc.title[lang] });
  // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
  const name = full === text ? text : short ? `${text}${lang === 'zh' ? '：' : ': '}${full}` : full;
  return (
    <button
      type="button"
      className={className}
      data-export="omit"
      aria-haspopup="dialog"
      aria-label={name === text ? undefined : name}
      onClick={(e) => openSource(file, quote, opener?.current ?? e.currentTarget)}
    >
      {text} ▸
    </button>
  );
}

/** A plan's source document in the panel's sources list: "document: Title (kind)", and the action to read it. */
export function SourceDocEntry({ file, fallback }: { file: string; fallback: string }) {
  const { ts } = useSourceT();
  return (
    <>
      {ts('sources.docLabel')}
      <SourceDocName file={file} fallback={fallback} /> <OpenSourceButton file={file} short />
    </>
  );
}
