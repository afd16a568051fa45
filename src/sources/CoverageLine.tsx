import type { ReactNode, RefObject } from 'react';
import type { Passage } from './passages';
import type { DocumentProvenance } from './provenance';
import { showInText } from './showInText';
import { useSourceT } from './useSourceT';

/** "Quoted by n figures and m items …; which passages nothing quotes", each one a way to it. */
export function CoverageLine({
  provenance,
  passageName,
  bodyRef,
  children,
}: {
  provenance: DocumentProvenance;
  passageName: (p: Passage) => string;
  bodyRef: RefObject<HTMLDivElement | null>;
  children?: ReactNode;
}) {
  const { lang, ts } = useSourceT();
  const { coverage } = provenance;
  const show = (p: Passage) =>
    showInText(bodyRef.current, bodyRef.current?.querySelector<HTMLElement>(`[data-passage="${CSS.escape(p.id)}"]`) ?? null);
  return (
    <div className="reader-coverage">
      <p>
        {ts('sources.coverage', { figures: String(coverage.figures), items: String(coverage.items), quotes: String(coverage.quotes) })}
        {lang === 'zh' ? '' : ' '}
        {coverage.uncited.length === 0
          ? ts('sources.allQuoted')
          : ts('sources.coveragePassages', {
              cited: String(coverage.cited),
              total: String(coverage.passages),
              uncited: String(coverage.uncited.length),
            })}
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
