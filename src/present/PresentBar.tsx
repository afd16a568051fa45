import type { Theme } from '../state/store';
import { useUi } from '../state/store';
import { useT } from '../ui/useT';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import type { Presentation } from './usePresentation';

const THEMES: Theme[] = ['default', 'contrast', 'dark'];

/** What a presenter needs on screen: ← step n/N and title →, off-script and back, theme, presenter view, leave. */
export function PresentBar({ p }: { p: Presentation }) {
  const { lang, t } = useT();
  const theme = useUi((s) => s.theme);
  const setTheme = useUi((s) => s.setTheme);
  if (!p.active) return null;
  const title = p.current?.title[lang] ?? p.briefing?.title[lang] ?? t('present.loading');
  return (
    <nav className="present-bar" aria-label={t('present.bar')} data-step-ready={p.readyStep || undefined}>
      <button
        type="button"
        className="present-arrow"
        onClick={() => p.act('prev')}
        disabled={p.step <= 1}
        aria-label={t('present.prev')}
        title={t('present.prev')}
      >
        ←
      </button>
      <span className="present-count" aria-live="polite">
        {p.total ? t('present.stepOf', { n: String(p.step), total: String(p.total) }) : ''}
      </span>
      <h2 className="present-title">{title}</h2>
      {!p.onScript && (
        <span className="present-offscript">
          <span className="present-offscript-badge" role="status">
            {t('present.offScript')}
          </span>
          <button type="button" className="present-button" onClick={() => p.act('return')}>
            {t('present.return')}
          </button>
        </span>
      )}
      <label className="present-theme">
        <span className="visually-hidden">{t('present.theme')}</span>
        <select value={theme} onChange={(e) => setTheme(e.currentTarget.value as Theme)} aria-label={t('present.theme')}>
          {THEMES.map((th) => (
            <option key={th} value={th}>
              {t(`present.theme.${th}`)}
            </option>
          ))}
        </select>
      </label>
      <LanguageSwitch />
      <button type="button" className="present-button" onClick={p.openPresenterView}>
        {t('present.presenterView')}
      </button>
      <button
        type="button"
        className="present-button"
        onClick={() => p.act('exit')}
        aria-label={t('present.exit')}
        title={t('present.exit')}
      >
        ✕
      </button>
      <button
        type="button"
        className="present-arrow"
        onClick={() => p.act('next')}
        disabled={p.step >= p.total}
        aria-label={t('present.next')}
        title={t('present.next')}
      >
        →
      </button>
    </nav>
  );
}

/** The blanked screen: black, with the way back for a screen reader; a click also brings the screen back. */
export function BlankScreen({ p }: { p: Presentation }) {
  const { t } = useT();
  if (!p.active || !p.blank) return null;
  return (
    <div className="present-blank" role="dialog" aria-label={t('present.blanked')} onClick={() => p.act('blank')}>
      <span className="visually-hidden">{t('present.blanked')}</span>
    </div>
  );
}
