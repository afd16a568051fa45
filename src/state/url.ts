/**
 * The region in the query string (`?region=<admin code>`), as pure functions. The camera lives
 * in the hash, written by maplibre itself. Parsing never throws: a bad value comes back as
 * `invalid` for the app to report.
 */
export type ParamResult<T> = { kind: 'missing' } | { kind: 'valid'; value: T } | { kind: 'invalid'; raw: string };

const ADMIN_CODE = /^\d{6}$/;

export function parseRegionParam(search: string): ParamResult<string> {
  const raw = new URLSearchParams(search).get('region');
  if (raw === null || raw === '') return { kind: 'missing' };
  const trimmed = raw.trim();
  return ADMIN_CODE.test(trimmed) ? { kind: 'valid', value: trimmed } : { kind: 'invalid', raw };
}

/** The same URL with `region` set (or removed), other parameters and the hash kept. */
export function withRegionParam(href: string, code: string | null): string {
  const url = new URL(href);
  if (code) url.searchParams.set('region', code);
  else url.searchParams.delete('region');
  return url.toString();
}

/** True when the hash holds a maplibre camera (`#zoom/lat/lng[/bearing/pitch]`). */
export function hashHasCamera(hash: string): boolean {
  const parts = hash.replace(/^#/, '').split('/');
  return parts.length >= 3 && parts.slice(0, 3).every((p) => p !== '' && Number.isFinite(Number(p)));
}
