/** The About box's content as label/value lines, and as the plain text its Copy button puts on the clipboard. Pure. */
import type { StringKey } from '../i18n/strings';
import type { LoadProblem } from '../loading/problems';
import type { ScreenInfo } from './environment';
import type { RendererChoice, RendererReason } from '../state/renderer';

export interface AboutFacts {
  version: string;
  buildDate: string;
  /** earliest and latest plan document date, or why there is none */
  dataDates: { from: string; to: string } | 'loading' | 'failed';
  /** the map drawn and why; null before the dashboard has chosen */
  renderer: RendererChoice | null;
  webglName: string | null;
  screen: ScreenInfo;
  lang: 'zh' | 'en';
  browserLang: string;
  /** names of the data packs in use, and whether each is kept on this computer */
  packs: { label: string; kept: boolean }[];
  problems: LoadProblem[];
  address: string;
  userAgent: string;
}

export interface AboutLine {
  label: string;
  value: string;
}

type T = (key: StringKey, vars?: Record<string, string>) => string;

const REASONS: Record<RendererReason, StringKey> = {
  hardware: 'about.reason.webgl',
  'software-webgl': 'about.reason.software',
  'no-webgl2': 'about.reason.noWebgl',
  link: 'about.reason.link',
  'failed-to-load': 'about.reason.worker',
};

export function aboutLines(f: AboutFacts, t: T): AboutLine[] {
  const d = f.dataDates;
  const dates =
    d === 'loading' ? t('about.notLoaded') : d === 'failed' ? t('about.dataFailed') : d.from === d.to ? d.from : `${d.from} – ${d.to}`;
  const renderer = f.renderer
    ? `${t(f.renderer.renderer === 'svg' ? 'about.renderer.svg' : 'about.renderer.webgl')} — ${t(REASONS[f.renderer.reason])}`
    : t('about.reason.pending');
  const packs = f.packs.length
    ? f.packs.map((p) => `${p.label} (${t(p.kept ? 'about.packKept' : 'about.packSession')})`).join('; ')
    : t('about.none');
  const problems = f.problems.length ? f.problems.map((p) => `${p.file}: ${p.came}`).join('; ') : t('about.none');
  return [
    { label: t('about.version'), value: `${f.version} (${t('about.built', { date: f.buildDate || '—' })})` },
    { label: t('about.dataDate'), value: dates },
    { label: t('about.renderer'), value: renderer },
    { label: t('about.webgl'), value: f.webglName ?? t('about.notAvailable') },
    {
      label: t('about.screen'),
      value: t('about.screenValue', { screen: f.screen.screen, window: f.screen.window, ratio: String(f.screen.pixelRatio) }),
    },
    { label: t('about.language'), value: `${f.lang === 'zh' ? '中文' : 'English'} (${t('about.browserLang', { lang: f.browserLang })})` },
    { label: t('about.packs'), value: packs },
    { label: t('about.problems'), value: problems },
    { label: t('about.address'), value: f.address },
    { label: t('about.browser'), value: f.userAgent },
  ];
}

export function aboutText(title: string, lines: AboutLine[]): string {
  return [title, ...lines.map((l) => `${l.label}: ${l.value}`)].join('\n');
}
