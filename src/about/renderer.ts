/**
 * Which map renderer is drawing and why, for the About box. The app shell sets it when it chooses or
 * falls back (src/app/Dashboard.tsx); any other code that changes the choice feeds it the same way.
 */
import { create } from 'zustand';
import type { StringKey } from '../i18n/strings';

export type RendererName = 'webgl' | 'svg' | (string & {});

export interface RendererInfo {
  renderer: RendererName;
  /** why this renderer: a UI string, and optional detail in plain text (e.g. a measured figure) */
  reason: StringKey;
  detail?: string;
}

export const useRenderer = create<RendererInfo>()(() => ({ renderer: 'webgl', reason: 'about.reason.webgl' }));

export function setRenderer(renderer: RendererName, reason: StringKey, detail?: string): void {
  useRenderer.setState({ renderer, reason, detail });
}
