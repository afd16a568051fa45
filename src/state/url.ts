/**
 * View state in the query string, as pure functions: `?region=<admin code>`,
 * `?element=<plan>/<element>`, `?filter=<category>,<category>`. The camera lives in the hash,
 * written by maplibre itself. Parsing never throws: a bad value comes back as `invalid` for
 * the app to report, and the rest of the link still applies.
 */
export type ParamResult<T> = { kind: 'missing' } | { kind: 'valid'; value: T } | { kind: 'invalid'; raw: string };

const ADMIN_CODE = /^\d{6}$/;
const ELEMENT_KEY = /^[a-z0-9-]+\/[a-z0-9-]+$/;
const CATEGORY_ID = /^[a-z][a-z0-9-]*$/;

function rawParam(search: string, name: string): string | null {
  const raw = new URLSearchParams(search).get(name);
  return raw === null || raw.trim() === '' ? null : raw;
}

export function parseRegionParam(search: string): ParamResult<string> {
  const raw = rawParam(search, 'region');
  if (raw === null) return { kind: 'missing' };
  const trimmed = raw.trim();
  return ADMIN_CODE.test(trimmed) ? { kind: 'valid', value: trimmed } : { kind: 'invalid', raw };
}

export function parseElementParam(search: string): ParamResult<string> {
  const raw = rawParam(search, 'element');
  if (raw === null) return { kind: 'missing' };
  const trimmed = raw.trim();
  return ELEMENT_KEY.test(trimmed) ? { kind: 'valid', value: trimmed } : { kind: 'invalid', raw };
}

/** The filter's known categories, plus the unknown or malformed ones to report. */
export function parseFilterParam(search: string, known: ReadonlySet<string>): { valid: string[]; invalid: string[] } {
  const raw = rawParam(search, 'filter');
  if (raw === null) return { valid: [], invalid: [] };
  const parts = raw.split(',').map((p) => p.trim()).filter(Boolean);
  const valid = parts.filter((p) => CATEGORY_ID.test(p) && known.has(p));
  return { valid: [...new Set(valid)].sort(), invalid: parts.filter((p) => !valid.includes(p)) };
}

/** The same URL with the given parameters set, or removed when null or empty; others and the hash kept. */
export function withParams(href: string, params: Record<string, string | null>): string {
  const url = new URL(href);
  for (const [name, value] of Object.entries(params)) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  return url.toString();
}

/** True when the hash holds a maplibre camera (`#zoom/lat/lng[/bearing/pitch]`). */
export function hashHasCamera(hash: string): boolean {
  const parts = hash.replace(/^#/, '').split('/');
  return parts.length >= 3 && parts.slice(0, 3).every((p) => p !== '' && Number.isFinite(Number(p)));
}
