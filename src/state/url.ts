/**
 * The view in the link, as pure functions: one table of query parameters (`VIEW_PARAMS`), the
 * whole view read from an address at once (`parseView`) and written back (`viewParams`,
 * `withParams`, `withCamera`). Each parameter is written only when it differs from the default.
 * The camera lives in the hash (`#zoom/lat/lng[/bearing/pitch]`, maplibre's own form, which it
 * writes itself; the SVG map reads and writes the same through `parseCameraHash` / `cameraHash`).
 * Parsing never throws: each parameter is read on its own, and a malformed value comes back as a
 * problem for the app to report while the rest applies. Whether a well-formed value is *known*
 * (a region in the boundaries, a category in the plan data) is checked once that data is in.
 */
import type { Lang } from '../i18n/strings';
import type { SourceView, Theme } from './store';
import { elementRefKey, elementRefOf, type ElementRef } from './elementRef';
import { RENDERER_REQUESTS, type RendererRequest } from './renderer';

/** Where the camera looks: maplibre's hash, `#zoom/lat/lng[/bearing/pitch]`. */
export interface CameraPosition {
  zoom: number;
  /** [lng, lat] */
  center: [number, number];
  bearing?: number;
  pitch?: number;
}

/** Everything a link says about the view. */
export interface View {
  /** The region whose panel is open. */
  selected: string | null;
  selectedElement: ElementRef | null;
  filter: readonly string[];
  hiddenPlans: readonly string[];
  /** null: the link names no language, so the viewer's own choice applies. */
  lang: Lang | null;
  present: string | null;
  /** 1-based; whether it is in range is for the briefing to say (clamped there). */
  step: number;
  theme: Theme;
  /** Seconds per step of an unattended (kiosk) loop; read from the link, never written by the app. */
  loop: number | null;
  source: SourceView | null;
  /** This window is the presenter's second window (`presenter=1`). */
  presenter: boolean;
  /** Which map to draw: `auto` (the default) chooses by the browser's WebGL (src/state/renderer.ts). Read only. */
  renderer: RendererRequest;
  camera: CameraPosition | null;
}

/** The parts of the view that are query parameters (all but the camera). */
export type ParamKey = Exclude<keyof View, 'camera'>;

/** A value the link carries that is malformed: the part of the view and the text as given. */
export interface ViewProblem {
  key: ParamKey;
  raw: string;
}

export interface ParsedView {
  view: View;
  problems: ViewProblem[];
}

/** The language a link assumes when it names none. */
export const DEFAULT_LANG: Lang = 'zh';

export const DEFAULT_VIEW: View = {
  selected: null,
  selectedElement: null,
  filter: [],
  hiddenPlans: [],
  lang: null,
  present: null,
  step: 1,
  theme: 'default',
  loop: null,
  source: null,
  presenter: false,
  renderer: 'auto',
  camera: null,
};

/** What reading one parameter's text gives: the value (absent: the default) and the malformed parts. */
interface Reading<T> {
  value?: T;
  bad?: string[];
}

interface Param<T> {
  name: string;
  read: (raw: string) => Reading<T>;
  /** The parameter's text, or null to leave it out (the default). */
  write: (value: T) => string | null;
}

const ADMIN_CODE = /^\d{6}$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** A single value: what `accept` makes of the trimmed text, or the raw text reported. */
const scalar =
  <T>(accept: (trimmed: string) => T | null) =>
  (raw: string): Reading<T> => {
    const value = accept(raw.trim());
    return value === null ? { bad: [raw] } : { value };
  };
const matching = (pattern: RegExp) => (text: string) => (pattern.test(text) ? text : null);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (text: string) => {
    const lower = text.toLowerCase();
    return (values as readonly string[]).includes(lower) ? (lower as T) : null;
  };

/** A comma-separated list of ids: the well-formed ones (sorted, unique) and the rest to report. */
function idList(raw: string): Reading<readonly string[]> {
  const parts = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const valid = [...new Set(parts.filter((p) => ID.test(p)))].sort();
  return { value: valid, bad: [...new Set(parts.filter((p) => !ID.test(p)))] };
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
function readSource(text: string): SourceView | null {
  const m = /^(\d{3}_[0-9a-f]{4,40})(?:\/(\d{1,7})-(\d{1,7}))?$/.exec(text);
  if (!m) return null;
  if (m[2] === undefined) return { doc: m[1] };
  const start = Number(m[2]);
  const end = Number(m[3]);
  return start < end ? { doc: m[1], start, end } : null;
}
const writeSource = (view: SourceView | null) => (view ? `${view.doc}${view.end !== undefined ? `/${view.start}-${view.end}` : ''}` : null);

/** Seconds per step of a loop: 0.2 to 3600. */
function readLoop(text: string): number | null {
  const value = Number(text);
  return Number.isFinite(value) && value >= 0.2 && value <= 3600 ? value : null;
}

/** The query parameter of each part of the view: its name, how it is read, how it is written. */
export const VIEW_PARAMS: { [K in ParamKey]: Param<View[K]> } = {
  selected: { name: 'region', read: scalar(matching(ADMIN_CODE)), write: (code) => code },
  selectedElement: { name: 'element', read: scalar(elementRefOf), write: (ref) => ref && elementRefKey(ref) },
  filter: { name: 'filter', read: idList, write: (ids) => ids.join(',') || null },
  hiddenPlans: { name: 'hide', read: idList, write: (ids) => [...ids].sort().join(',') || null },
  lang: { name: 'lang', read: scalar((text) => oneOf<Lang>(['zh', 'en'])(text)), write: (lang) => (lang === DEFAULT_LANG ? null : lang) },
  present: { name: 'present', read: scalar(matching(ID)), write: (id) => id },
  step: {
    name: 'step',
    read: scalar((text) => (/^\d{1,4}$/.test(text) && Number(text) >= 1 ? Number(text) : null)),
    write: (n) => (n > 1 ? String(n) : null),
  },
  theme: { name: 'theme', read: scalar(oneOf<Theme>(['contrast', 'dark'])), write: (theme) => (theme === 'default' ? null : theme) },
  loop: { name: 'loop', read: scalar(readLoop), write: (seconds) => (seconds === null ? null : String(seconds)) },
  source: { name: 'source', read: scalar(readSource), write: writeSource },
  // Any other value is simply not the presenter's window (never reported).
  renderer: { name: 'renderer', read: scalar(oneOf(RENDERER_REQUESTS)), write: (r) => (r === 'auto' ? null : r) },
  presenter: { name: 'presenter', read: (raw) => ({ value: raw.trim() === '1' }), write: (on) => (on ? '1' : null) },
};

const PARAM_KEYS = Object.keys(VIEW_PARAMS) as ParamKey[];

/** The whole view from an address's query and hash, with every malformed value as a problem. */
export function parseView(search: string, hash = ''): ParsedView {
  const query = new URLSearchParams(search);
  const view: Record<string, unknown> = { ...DEFAULT_VIEW };
  const problems: ViewProblem[] = [];
  for (const key of PARAM_KEYS) {
    const raw = query.get(VIEW_PARAMS[key].name);
    if (raw === null || raw.trim() === '') continue;
    const reading = (VIEW_PARAMS[key].read as (raw: string) => Reading<unknown>)(raw);
    if (reading.value !== undefined) view[key] = reading.value;
    for (const bad of reading.bad ?? []) problems.push({ key, raw: bad });
  }
  view.camera = parseCameraHash(hash);
  return { view: view as unknown as View, problems };
}

/** The query parameters for the given parts of the view (all by default). */
export function viewParams<K extends ParamKey>(view: Pick<View, K>, keys: readonly K[] = PARAM_KEYS as K[]): Record<string, string | null> {
  const params: Record<string, string | null> = {};
  for (const key of keys) {
    const { name, write } = VIEW_PARAMS[key] as Param<unknown>;
    params[name] = write(view[key]);
  }
  return params;
}

/** The parts of the view the UI state holds (the rest is read from the link only, or is the camera). */
export const STATE_KEYS = ['selected', 'selectedElement', 'filter', 'hiddenPlans', 'lang', 'present', 'step', 'theme', 'source'] as const;
export type StateKey = (typeof STATE_KEYS)[number];

/** The query parameters for the parts of the UI state that changed between two states. */
export const changedParams = (next: Pick<View, StateKey>, prev: Pick<View, StateKey>) =>
  viewParams(
    next,
    STATE_KEYS.filter((key) => next[key] !== prev[key]),
  );

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

/** The camera in a hash (`#zoom/lat/lng[/bearing/pitch]`), or null when the hash holds none. */
export function parseCameraHash(hash: string): CameraPosition | null {
  const parts = hash.replace(/^#/, '').split('/');
  if (parts.length < 3 || parts.length > 5) return null;
  if (!parts.every((p) => p !== '' && Number.isFinite(Number(p)))) return null;
  const [zoom, lat, lng, bearing, pitch] = parts.map(Number);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { zoom: zoom, center: [lng, lat], ...(bearing ? { bearing } : {}), ...(pitch ? { pitch } : {}) };
}

const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** A camera as maplibre writes it: zoom to 2 decimals, position to about a metre; bearing and pitch only when set. */
export function cameraHash(camera: CameraPosition): string {
  const parts = [round(camera.zoom, 2), round(camera.center[1], 5), round(camera.center[0], 5)];
  if (camera.bearing || camera.pitch) parts.push(round(camera.bearing ?? 0, 1));
  if (camera.pitch) parts.push(round(camera.pitch, 0));
  return `#${parts.join('/')}`;
}

/** The same URL with the camera in its hash (none: the hash removed). */
export function withCamera(href: string, camera: CameraPosition | null): string {
  return `${href.split('#')[0]}${camera ? cameraHash(camera) : ''}`;
}

/** The whole view as a URL on the given address (the address's own parameters for other things kept). */
export const viewHref = (href: string, view: View) => withParams(withCamera(href, view.camera), viewParams(view));
