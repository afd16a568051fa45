import { useEffect, useId, useRef, useState } from 'react';
import { useBriefingIndex } from '../briefings/useBriefings';
import { OwnBriefingItems } from '../briefings/OwnBriefingItems';
import { useT } from '../ui/useT';
import './briefingMenu.css';

/** The header's control into presentation mode: the shipped briefings (in English also with their Chinese titles), then one's own and the builder. */
export function BriefingMenu({ onStart }: { onStart: (briefingId: string) => void }) {
  const { lang, t } = useT();
  const [open, setOpen] = useState(false);
  const index = useBriefingIndex({ enabled: open });
  const menuId = useId();
  const wrap = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  return (
    <div className="briefing-menu" data-export="omit" ref={wrap} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={menuId}
        title={t('present.buttonTitle')}
        onClick={() => setOpen((o) => !o)}
      >
        {t('present.button')} ▾
      </button>
      {open && (
        <div id={menuId} className="header-popover briefing-list" role="group" aria-label={t('present.menu')}>
          {index.isError ? (
            <p role="alert" className="error-detail small">
              {index.error.message}
            </p>
          ) : !index.data ? (
            <p className="muted">{t('present.loading')}</p>
          ) : (
            <ul>
              {index.data.briefings.map((b) => (
                <li key={b.id}>
                  <button
                    type="button"
                    onClick={() => {
                      setOpen(false);
                      onStart(b.id);
                    }}
                  >
                    <span className="briefing-title">{b.title[lang]}</span>
                    {/* The Chinese title under the English one matches the documents; in Chinese mode no English is shown. */}
                    {lang === 'en' && (
                      <span className="briefing-title-other" lang="zh-CN">
                        {b.title.zh}
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <OwnBriefingItems onStart={onStart} close={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}
