/**
 * What the reader shows: the document (from the index), its text, its passages and marks (which wait
 * for the plans), and the passage the reader was opened at. A document the index does not list, a range
 * outside the text or a quote not found is reported.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Plan } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import { useSourceIndex, useSourceText } from '../data/useSources';
import { useUi, type SourceView } from '../state/store';
import { closeSource, docFile } from './openSource';
import { locateQuote, splitPassages } from './passages';
import { citationsOf } from './citations';
import { documentProvenance } from './provenance';
import { clip } from './showInText';

export function useReaderData(view: SourceView, plans: readonly Plan[] | null | undefined, regions: RegionData) {
  const notify = useUi((s) => s.notify);
  const file = docFile(view.doc);
  const index = useSourceIndex();
  const doc = index.data?.documents.find((d) => d.file === file);
  const text = useSourceText(file);
  // Known once the document has loaded; it stays after the address moves on to the passage found.
  const [notFound, setNotFound] = useState(false);
  const quoteMissing =
    text.data !== undefined && view.quote !== undefined && view.end === undefined ? !locateQuote(text.data, view.quote) : undefined;
  if (quoteMissing !== undefined && quoteMissing !== notFound) setNotFound(quoteMissing);
  const [openedAtQuote] = useState(view.quote !== undefined);

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
  const target =
    view.end !== undefined && view.start !== undefined && text.data !== undefined && view.end <= text.data.length
      ? { start: view.start, end: view.end }
      : null;
  const targetPassage = target && passages?.find((p) => p.outside === undefined && p.start < target.end && target.start < p.end);

  return { index, doc, text, notFound, openedAtQuote, provenance, passages, target, targetPassage };
}
