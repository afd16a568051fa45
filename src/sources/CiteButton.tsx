import { useId } from 'react';
import { useT } from '../ui/useT';
import type { Destination, LocatedCitation, Mark } from './provenance';
import { useSourceT } from './useSourceT';

/** The button after a mark: how many figures and items quote it; pressed, the list of them, each leading to its panel. */
export function CiteButton({
  mark,
  open,
  onToggle,
  onGo,
}: {
  mark: Mark;
  open: boolean;
  onToggle: () => void;
  onGo: (to: Destination) => void;
}) {
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
      <button
        type="button"
        className="reader-cite"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-label={ts('sources.citedBy', { n })}
        onClick={onToggle}
      >
        <span aria-hidden="true">{n}</span>
      </button>
      {open && (
        <span
          className="reader-citers"
          id={listId}
          role="group"
          aria-label={ts('sources.citedByList')}
          lang={lang === 'zh' ? 'zh-CN' : 'en'}
        >
          {mark.citations.map((c: LocatedCitation) => (
            <span key={`${c.planId}:${c.path}`} className="reader-citer">
              <button type="button" className="link-button" onClick={() => onGo(c.to)}>
                {c.label.kind[lang]}
                {lang === 'zh' ? '：' : ': '}
                {c.label.name[lang]}
                <span className="reader-citer-to"> → {ts('sources.goTo', { place: place(c) })}</span>
              </button>{' '}
              <span className={`reader-citer-status status-${c.status}`}>
                {lang === 'zh' ? `（${t(`plans.status.${c.status}`)}）` : `(${t(`plans.status.${c.status}`)})`}
              </span>
            </span>
          ))}
        </span>
      )}
    </>
  );
}
