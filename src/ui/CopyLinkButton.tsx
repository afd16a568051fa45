import { useEffect, useRef, useState } from 'react';
import { useT } from './useT';
import { currentHref } from '../state/link';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies the address of the current view (the URL holds all of it). The clipboard API needs a
 * secure origin, which an intranet http:// address is not; then the link is shown, selected,
 * for copying by hand.
 */
export function CopyLinkButton() {
  const { t } = useT();
  const [state, setState] = useState<CopyState>('idle');
  const [link, setLink] = useState('');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === 'copied') {
      const timer = setTimeout(() => setState('idle'), 2000);
      return () => clearTimeout(timer);
    }
    if (state === 'failed') field.current?.select();
  }, [state]);

  const copy = async () => {
    const href = currentHref();
    setLink(href);
    try {
      await navigator.clipboard.writeText(href);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="copy-link" data-export="omit">
      <button type="button" className="header-button" title={t('link.copyTitle')} onClick={() => void copy()}>
        {state === 'copied' ? `✓ ${t('link.copied')}` : t('link.copy')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied' ? t('link.copied') : ''}
      </span>
      {state === 'failed' && (
        <div className="header-popover copy-link-fallback" role="dialog" aria-label={t('link.copy')}>
          <label>
            {t('link.copyFailed')}
            <input ref={field} readOnly value={link} onKeyDown={(e) => e.key === 'Escape' && setState('idle')} />
          </label>
          <button type="button" onClick={() => setState('idle')}>
            {t('close')}
          </button>
        </div>
      )}
    </div>
  );
}
