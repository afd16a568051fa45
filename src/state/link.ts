/**
 * The browser's address, for the view: the only code that reads the view from it or writes the
 * view into it (maplibre's own `hash` option aside, which writes the camera). The app reads the
 * link once when it starts (`readLink`, src/app/App.tsx) and hands the parsed view down; every
 * change is written back with `replaceParams` (replace, never push, so the history is not
 * flooded). The notices for a link's bad values are worded here, so each is said the same way
 * wherever it is found.
 */
import { useUi, type Notice } from './store';
import { cameraHash, parseView, withParams, type CameraPosition, type ParamKey, type ParsedView } from './url';

export function readLink(): ParsedView {
  return parseView(window.location.search, window.location.hash);
}

/** The current address: the whole view, to copy and share. */
export const currentHref = () => window.location.href;

/** The current address with these parameters set (null: removed). */
export const hrefWith = (params: Record<string, string | null>) => withParams(window.location.href, params);

export function replaceParams(params: Record<string, string | null>) {
  window.history.replaceState(window.history.state, '', hrefWith(params));
}

/** Writes the camera into the hash as maplibre does (for a map that does not do it itself). */
export function replaceCamera(camera: CameraPosition) {
  window.history.replaceState(window.history.state, '', `${window.location.href.split('#')[0]}${cameraHash(camera)}`);
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** The notice for each part of the view the link got wrong; `raw` is what it said (several bad ids joined). */
const NOTICES: Partial<Record<ParamKey, (raw: string, vars: Record<string, string>) => Notice>> = {
  renderer: (raw) => ({ id: 'bad-renderer', key: 'link.badRenderer', vars: { value: clip(raw, 20) } }),
  lang: (raw) => ({ id: 'bad-lang', key: 'link.badLang', vars: { value: clip(raw, 20) } }),
  selected: (raw) => ({ id: 'bad-region', key: 'unknownRegion', vars: { code: clip(raw, 40) } }),
  selectedElement: (raw) => ({ id: 'bad-element', key: 'element.unknown', vars: { key: clip(raw, 80) } }),
  filter: (raw) => ({ id: 'bad-filter', key: 'filter.unknown', vars: { ids: clip(raw, 80) } }),
  hiddenPlans: (raw) => ({ id: 'bad-hide', key: 'link.badPlans', vars: { ids: clip(raw, 80) } }),
  source: (raw) => ({ id: 'bad-source', key: 'link.badSource', vars: { value: clip(raw, 60) } }),
  theme: (raw) => ({ id: 'bad-theme', key: 'present.badTheme', vars: { value: clip(raw, 20) } }),
  loop: (raw) => ({ id: 'bad-loop', key: 'present.badLoop', vars: { value: clip(raw, 20) } }),
  present: (raw) => ({ id: 'bad-present', key: 'present.badId', vars: { id: clip(raw, 40) } }),
  step: (raw, vars) => ({ id: 'bad-step', key: 'present.badStep', vars: { value: clip(raw, 20), ...vars } }),
};

/** The link's malformed text for one part of the view (several bad ids joined), or null when it had none. */
export function problemText(link: ParsedView, key: ParamKey, alsoBad: readonly string[] = []): string | null {
  const bad = [...link.problems.filter((p) => p.key === key).map((p) => p.raw), ...alsoBad];
  return bad.length ? bad.join(', ') : null;
}

/** Says in the notice that the link's value for this part was not used (once: a notice has one id). */
export function reportLinkProblem(key: ParamKey, raw: string, vars: Record<string, string> = {}) {
  const notice = NOTICES[key]?.(raw, vars);
  if (notice) useUi.getState().notify(notice);
}
