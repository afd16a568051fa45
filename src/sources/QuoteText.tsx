import { useId, useState } from 'react';
import type { Source } from '../data/planSchema';
import { glossSegments, glossText, leadsWithRendering } from '../data/quoteRendering';
import type { Gloss } from '../data/sourceSchema';
import { useRendering } from '../data/useRenderings';
import { panelString, type PanelStringKey } from '../i18n/panelStrings';
import { useT } from '../ui/useT';
import './sourceNote.css';

type Lang = 'zh' | 'en';
const htmlLang = (l: Lang) => (l === 'zh' ? 'zh-CN' : 'en');

interface Props {
  source: Pick<Source, 'doc' | 'quote' | 'lang'>;
}

/**
 * A verbatim quote of a source document, as every place that shows one shows it (source popover,
 * layout element panel, chart tables, discrepancy box, presentation cards).
 *
 * When the quote is in the other language than the interface and the app has a rendering of it,
 * the rendering leads, marked as the app's own translation (译文 / "our translation"), and the
 * verbatim quote — the evidence — is one button away (aria-expanded; `data-verbatim` marks it as
 * shown on request). Otherwise the verbatim quote is shown as it stands. Wherever the verbatim
 * quote is shown, garbled machine translation carries its editorial gloss beside the span.
 * Text nodes only.
 */
export function QuoteText({ source }: Props) {
  const { lang } = useT();
  const { pending, rendering } = useRendering(source.doc, source.quote);
  const [open, setOpen] = useState(false);
  const id = useId();
  const s = (key: PanelStringKey) => panelString(lang, key);

  // The renderings of the document are still loading: show neither, so a reader of the other
  // language does not see the quote flash in a language they did not ask for.
  if (pending && source.lang !== lang) {
    return <span className="quote-text quote-pending muted">{s('quote.loading')}</span>;
  }
  const glosses = rendering?.glosses ?? [];
  if (!leadsWithRendering(source.lang, lang, rendering)) {
    return (
      <span className="quote-text">
        <Verbatim quote={source.quote} quoteLang={source.lang} glosses={glosses} lang={lang} />
      </span>
    );
  }
  return (
    <span className="quote-text">
      <span className="quote-rendering">
        <span className="quote-mark" title={s('quote.renderingTitle')}>
          {s('quote.rendering')}
        </span>{' '}
        <q lang={htmlLang(lang)} className={opensQuoted(rendering.text) ? 'q-opens-quoted' : undefined}>
          {rendering.text}
        </q>
      </span>{' '}
      <button type="button" className="link-button quote-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? s('quote.hideVerbatim') : s('quote.showVerbatim')}
      </button>
      <span id={id} className="quote-verbatim" hidden={!open} data-verbatim="">
        <span className="quote-mark quote-mark-verbatim">{s('quote.verbatim')}</span>{' '}
        <Verbatim quote={source.quote} quoteLang={source.lang} glosses={glosses} lang={lang} />
      </span>
    </span>
  );
}

/**
 * A quote that itself opens with a quotation mark (Hebei's “poles” refers to …) would read ““ with the
 * <q>'s own mark: it takes the other pair outside (sourceNote.css), so the document's marks stay as written.
 */
const opensQuoted = (text: string) => /^\s*["“‘「『]/.test(text);

/** The quote exactly as the document has it, each glossed span followed by its gloss in the reader's language. */
function Verbatim({ quote, quoteLang, glosses, lang }: { quote: string; quoteLang: Lang; glosses: readonly Gloss[]; lang: Lang }) {
  const segments = glossSegments(quote, glosses);
  const glossed = segments.some((x) => x.kind === 'gloss');
  return (
    <>
      <q lang={htmlLang(quoteLang)} className={opensQuoted(quote) ? 'q-opens-quoted' : undefined}>
        {segments.map((x, i) =>
          x.kind === 'text' ? (
            x.text
          ) : x.kind === 'span' ? (
            <span key={i} className="quote-glossed">
              {x.text}
            </span>
          ) : (
            <span key={i} className="quote-gloss" lang={htmlLang(lang)} title={panelString(lang, 'quote.gloss')}>
              {' '}
              <span className="visually-hidden">{panelString(lang, 'quote.gloss')}: </span>
              {glossText(x.gloss, lang)}
            </span>
          ),
        )}
      </q>
      {glossed && (
        <small className="quote-gloss-note" lang={htmlLang(lang)}>
          {panelString(lang, 'quote.glossNote')}
        </small>
      )}
    </>
  );
}
