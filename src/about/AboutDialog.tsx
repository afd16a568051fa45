/**
 * The About box: what IT asks on the phone (version, data date, renderer and why, WebGL renderer,
 * screen, language, data packs, loading problems), with a button that copies it all as plain text.
 * A modal <dialog>: Esc or Close closes it, and the opener gets the focus back.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../ui/useT';
import { useAllPlans } from '../data/usePlanData';
import { dataDates } from '../data/planLookups';
import { useLoadedPacks } from '../data/loadedPacks';
import { useLoadProblems } from '../loading/problems';
import { useRenderer } from '../state/renderer';
import { APP_VERSION, BUILD_DATE, screenInfo } from './environment';
import { probeWebgl } from '../state/webglProbe';
import { aboutLines, aboutText } from './aboutLines';
import './about.css';

type CopyState = 'idle' | 'copied' | 'failed';

export default function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t, lang } = useT();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const plans = useAllPlans();
  const renderer = useRenderer((s) => s.choice);
  const gpu = useRenderer((s) => s.gpu);
  const problems = useLoadProblems((s) => s.problems);
  const packs = useLoadedPacks((s) => s.packs);
  const [copy, setCopy] = useState<CopyState>('idle');
  // A link naming the renderer skips the probe at start; the About box asks once itself then.
  const webglName = useMemo(() => gpu ?? (typeof document === 'undefined' ? null : probeWebgl().gpu), [gpu]);

  const lines = aboutLines(
    {
      version: APP_VERSION,
      buildDate: BUILD_DATE,
      dataDates: plans.data ? (dataDates(plans.data.plans) ?? 'failed') : plans.isError ? 'failed' : 'loading',
      renderer,
      webglName,
      screen: screenInfo(),
      lang,
      browserLang: navigator.language,
      packs: packs.map((p) => ({ label: p.label, kept: p.kept })),
      problems,
      address: location.href,
      userAgent: navigator.userAgent,
    },
    t,
  );
  const text = aboutText(t('about.title'), lines);

  useEffect(() => {
    const el = dialog.current;
    // jsdom has no showModal; the open attribute shows the same content there.
    if (el && !el.open) {
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    }
    return () => {
      if (el?.open && typeof el.close === 'function') el.close();
    };
  }, []);

  const copyText = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="about-dialog"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('about.title')}</h2>
      <dl>
        {lines.map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
      {copy === 'failed' && (
        <label className="about-copy-fallback">
          {t('about.copyFailed')}
          <textarea readOnly value={text} rows={6} ref={(el) => el?.select()} />
        </label>
      )}
      <div className="about-actions">
        <button type="button" onClick={() => void copyText()}>
          {copy === 'copied' ? `✓ ${t('about.copied')}` : t('about.copy')}
        </button>
        <button type="button" onClick={onClose} autoFocus>
          {t('close')}
        </button>
      </div>
      <span className="visually-hidden" aria-live="polite">
        {copy === 'copied' ? t('about.copied') : ''}
      </span>
    </dialog>
  );
}
