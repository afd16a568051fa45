/**
 * The view in the link, as pure functions. Query parameters, each written only when it differs
 * from the default: `region=<admin code>`, `element=<plan>/<element>`, `filter=<category>,…`,
 * `hide=<plan>,…` (layouts not shown), `lang=en|zh`, and for presentation mode
 * `present=<briefing>`, `step=<n>` (1-based) and `theme=contrast|dark`, and the source reader's
 * `source=<document>/<start>-<end>`. The camera lives in the hash
 * (`#zoom/lat/lng`), written by maplibre itself. Parsing never throws: each parameter is read on
 * its own, and a bad value comes back as `invalid` for the app to report while the rest applies.
 */
import { isLang, type Lang } from '../i18n/strings';
import type { SourceView, Theme } from './store';

export type ParamResult<T> = { kind: 'missing' } | { kind: 'valid'; value: T } | { kind: 'invalid'; raw: string };

/** The view state the link carries (the store's fields, by the same names). */
export interface LinkedView {
  selected: string | null;
  selectedElement: string | null;
  filter: readonly string[];
  hiddenPlans: readonly string[];
  lang: Lang;
  present: string | null;
  step: number;
  theme: Theme;
  source: SourceView | null;
}

/** The language a link assumes when it names none. */
export const DEFAULT_LANG: Lang = 'zh';

/** Query parameters for each part of the view; null removes the parameter (default value). */
export const VIEW_PARAMS: { [K in keyof LinkedView]: { name: string; write: (value: LinkedView[K]) => string | null } } = {
  selected: { name: 'region', write: (code) => code },
  selectedElement: { name: 'element', write: (key) => key },
  filter: { name: 'filter', write: (ids) => ids.join(',') || null },
  hiddenPlans: { name: 'hide', write: (ids) => [...ids].sort().join(',') || null },
  lang: { name: 'lang', write: (lang) => (lang === DEFAULT_LANG ? null : lang) },
  present: { name: 'present', write: (id) => id },
  step: { name: 'step', write: (n) => (n > 1 ? String(n) : null) },
  theme: { name: 'theme', write: (theme) => (theme === 'default' ? null : theme) },
  source: { name: 'source', write: (view) => (view ? `${view.doc}${view.end !== undefined ? `/${view.start}-${view.end}` : ''}` : null) },
};

const VIEW_KEYS = Object.keys(VIEW_PARAMS) as (keyof LinkedView)[];

/** The query parameters for the given parts of the view (all by default). */
export function viewParams(view: LinkedView, keys: readonly (keyof LinkedView)[] = VIEW_KEYS): Record<string, string | null> {
  const params: Record<string, string | null> = {};
  for (const key of keys) {
    const { name, write } = VIEW_PARAMS[key] as { name: string; write: (v: unknown) => string | null };
    params[name] = write(view[key]);
  }
  return params;
}

/** The query parameters for the parts of the view that changed between two states. */
export const changedParams = (next: LinkedView, prev: LinkedView) =>
  viewParams(next, VIEW_KEYS.filter((key) => next[key] !== prev[key]));

const ADMIN_CODE = /^\d{6}$/;
const ELEMENT_KEY = /^[a-z0-9-]+\/[a-z0-9-]+$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

function rawParam(search: string, name: string): string | null {
  const raw = new URLSearchParams(search).get(name);
  return raw === null || raw.trim() === '' ? null : raw;
}

/** One value: missing when absent or blank, else what `accept` makes of the trimmed text (null: invalid, reported with the raw text). */
function parseParam<T>(search: string, name: string, accept: (trimmed: string) => T | null): ParamResult<T> {
  const raw = rawParam(search, name);
  if (raw === null) return { kind: 'missing' };
  const value = accept(raw.trim());
  return value === null ? { kind: 'invalid', raw } : { kind: 'valid', value };
}
const matching = (pattern: RegExp) => (text: string) => (pattern.test(text) ? text : null);

export function parseRegionParam(search: string): ParamResult<string> {
  return parseParam(search, 'region', matching(ADMIN_CODE));
}

export function parseElementParam(search: string): ParamResult<string> {
  return parseParam(search, 'element', matching(ELEMENT_KEY));
}

export function parseLangParam(search: string): ParamResult<Lang> {
  return parseParam(search, 'lang', (text) => {
    const lower = text.toLowerCase();
    return isLang(lower) ? lower : null;
  });
}

export function parsePresentParam(search: string): ParamResult<string> {
  return parseParam(search, 'present', matching(ID));
}

/** A 1-based step number; whether it is in range is for the briefing to say (clamped there). */
export function parseStepParam(search: string): ParamResult<number> {
  return parseParam(search, 'step', (text) => (/^\d{1,4}$/.test(text) && Number(text) >= 1 ? Number(text) : null));
}

export function parseThemeParam(search: string): ParamResult<Theme> {
  return parseParam(search, 'theme', (text) => {
    const lower = text.toLowerCase();
    return lower === 'contrast' || lower === 'dark' ? lower : null;
  });
}

/**
 * The source reader: `source=<document>/<start>-<end>`, e.g. `002_971907feb57351a0/1520-1611`, or
 * the document alone to open it at its start. The passage is addressed by character offsets into
 * the document's text, not by the figure that quotes it: the documents never change (the hash in
 * their names pins each text), so an offset is a permanent address, and a link keeps pointing at
 * the same words when the plan data is corrected, a figure renamed or removed, or when the passage
 * is one nothing quotes yet. Whether the document is known and the passage inside it is for the
 * reader to check once the document is loaded.
 */
export function parseSourceParam(search: string): ParamResult<SourceView> {
  return parseParam(search, 'source', (text) => {
    const m = /^(\d{3}_[0-9a-f]{4,40})(?:\/(\d{1,7})-(\d{1,7}))?$/.exec(text);
    if (!m) return null;
    if (m[2] === undefined) return { doc: m[1]! };
    const start = Number(m[2]);
    const end = Number(m[3]);
    return start < end ? { doc: m[1]!, start, end } : null;
  });
}

/** Seconds per step of an unattended (kiosk) loop: 0.2 to 3600. */
export function parseLoopParam(search: string): ParamResult<number> {
  return parseParam(search, 'loop', (text) => {
    const value = Number(text);
    return Number.isFinite(value) && value >= 0.2 && value <= 3600 ? value : null;
  });
}

/** A comma-separated list of known ids: the known ones (sorted, unique) and the rest to report. */
function parseIdList(search: string, name: string, known: ReadonlySet<string>): { valid: string[]; invalid: string[] } {
  const raw = rawParam(search, name);
  if (raw === null) return { valid: [], invalid: [] };
  const parts = raw.split(',').map((p) => p.trim()).filter(Boolean);
  const valid = parts.filter((p) => ID.test(p) && known.has(p));
  return { valid: [...new Set(valid)].sort(), invalid: [...new Set(parts.filter((p) => !valid.includes(p)))] };
}

/** The filter's known categories, plus the unknown or malformed ones to report. */
export const parseFilterParam = (search: string, known: ReadonlySet<string>) => parseIdList(search, 'filter', known);

/** Plans whose layouts the link hides, plus the unknown ones to report. */
export const parseHiddenPlansParam = (search: string, known: ReadonlySet<string>) => parseIdList(search, 'hide', known);

/**
 * The same URL with the given parameters set, or removed when null or empty; others and the
 * hash kept. Commas and slashes stay readable, so links stay short.
 */
export function withParams(href: string, params: Record<string, string | null>): string {
  const url = new URL(href);
  for (const [name, value] of Object.entries(params)) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  const query = [...url.searchParams]
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%2F/g, '/')}`)
    .join('&');
  return `${url.href.split(/[?#]/)[0]}${query ? `?${query}` : ''}${url.hash}`;
}

/** True when the hash holds a maplibre camera (`#zoom/lat/lng[/bearing/pitch]`). */
export function hashHasCamera(hash: string): boolean {
  const parts = hash.replace(/^#/, '').split('/');
  return parts.length >= 3 && parts.slice(0, 3).every((p) => p !== '' && Number.isFinite(Number(p)));
}
