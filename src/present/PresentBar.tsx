import { useEffect, useLayoutEffect, useRef, useState } from 'react';
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
  const title = p.active ? (p.current?.title[lang] ?? p.briefing?.title[lang] ?? t('present.loading')) : '';
  const titleRef = useLongTitle(title);
  if (!p.active) return null;
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
      <h2 className="present-title" ref={titleRef}>
        {title}
      </h2>
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

/**
 * A title that needs more than the two lines beside the controls gets a row of its own above them (present.css,
 * `data-long`), where the longest shipped titles fit whole: measured per title and screen size.
 */
function useLongTitle(title: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (needsOwnRow(el, title)) el.dataset.long = '';
    else delete el.dataset.long;
  }, [title, width]);
  return ref;
}

/** Slack for where lines break: a title of about 1.85 lines' width may still need a third line. */
const TWO_LINES = 1.85;

/**
 * Whether the title's text is wider than two lines of the room beside the bar's fixed controls (arrows, count,
 * theme, language, presenter view, leave; the off-script badge comes and goes, and is not counted).
 */
function needsOwnRow(title: HTMLElement, text: string) {
  const bar = title.parentElement;
  const context = document.createElement('canvas').getContext('2d');
  if (!bar || !context) return false;
  const style = getComputedStyle(title);
  context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const barStyle = getComputedStyle(bar);
  const controls = [...bar.children].filter((c) => c !== title && !c.classList.contains('present-offscript'));
  const gap = parseFloat(barStyle.columnGap) || 0;
  const room =
    bar.clientWidth -
    (parseFloat(barStyle.paddingLeft) || 0) -
    (parseFloat(barStyle.paddingRight) || 0) -
    controls.reduce((sum, c) => sum + (c as HTMLElement).offsetWidth + gap, 0);
  return context.measureText(text).width > TWO_LINES * Math.max(room, 1);
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
