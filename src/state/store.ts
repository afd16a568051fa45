/**
 * UI state only (no fetched data): language, selection, drill scope, filter, layouts shown,
 * notices, and the rules for choosing a region or element: which scope shows it and whether the
 * camera goes to it (a request the map stage carries out, src/app/useFraming.ts).
 */
import { create } from 'zustand';
import { isLang, type Lang, type StringKey } from '../i18n/strings';
import type { RegionData } from '../data/regions';
import { isDisplayed, naturalScope } from './drill';
import { elementRefKey, elementRefOf, type ElementRef } from './elementRef';

const LANG_KEY = 'plan-map.lang';

/** A message kept as a string key, so it follows a language switch. */
export interface Notice {
  id: string;
  key: StringKey;
  vars?: Record<string, string>;
}

/** Screen themes: the default, high contrast for washed-out projectors, dark for LED walls. */
export type Theme = 'default' | 'contrast' | 'dark';

/**
 * A source document open in the reader (src/sources): the document's file name without `.txt`,
 * and the passage to show, as offsets into its text, or as a quote the reader still has to find.
 */
export interface SourceView {
  doc: string;
  start?: number;
  end?: number;
  quote?: string;
}

/** What the camera is asked to frame: a region, a layout element's members, or every region. */
export type FrameTarget = { kind: 'region'; code: string } | { kind: 'element'; ref: ElementRef } | { kind: 'all' };

export interface FrameRequest {
  target: FrameTarget;
  /** Leave room for the side panel, which the choice opens. */
  panelOpen: boolean;
}

/** What a click on the map hit: a region, a layout element (by its map key), or nothing. */
export type MapPick = { type: 'region'; code: string } | { type: 'element'; key: string } | null;

/** Whether a choice moves the camera to what was chosen (a link that carries its own camera does not). */
interface ChoiceOptions {
  frame?: boolean;
}

export interface UiState {
  lang: Lang;
  /** The region whose panel is open. */
  selected: string | null;
  /** The region whose subdivisions are shown; null for the top view of all regions. */
  scope: string | null;
  /** The layout element whose panel is open; exclusive with `selected`. */
  selectedElement: ElementRef | null;
  /** Taxonomy category ids of the industry filter; empty = no filter. */
  filter: string[];
  /** Plans whose layouts are hidden on the map. */
  hiddenPlans: string[];
  notices: Notice[];
  /** The briefing being presented (presentation mode), its step (1-based) and the screen theme. */
  present: string | null;
  step: number;
  theme: Theme;
  /** The source document open in the reader, over whatever else is shown. */
  source: SourceView | null;
  /** The latest request to move the camera; a new object each time, so the same target can be framed again. */
  framing: FrameRequest | null;
  openSource: (source: SourceView | null) => void;
  setPresent: (briefingId: string | null, step?: number) => void;
  setStep: (step: number) => void;
  setTheme: (theme: Theme) => void;
  setLang: (lang: Lang) => void;
  select: (code: string | null, scope?: string | null) => void;
  setScope: (scope: string | null) => void;
  selectElement: (ref: ElementRef | null) => void;
  /** A region chosen from outside the map (list, panel link, reader, link): kept in the scope shown if it is drawn there, framed. */
  chooseRegion: (data: RegionData, code: string, options?: ChoiceOptions) => void;
  /** A layout element chosen from outside the map (legend, panel, reader, link): opened and its members framed. */
  chooseElement: (ref: ElementRef, options?: ChoiceOptions) => void;
  /** Shows a region's subdivisions with its panel open, framed (jump buttons, breadcrumb, panel). */
  drillInto: (code: string) => void;
  /** Back to the top view of all regions, nothing open, everything framed. */
  goTop: () => void;
  /** A click on the map opens what it hit (the camera stays where the user put it); on nothing, closes the panel. */
  pickOnMap: (data: RegionData, pick: MapPick) => void;
  frame: (target: FrameTarget, panelOpen: boolean) => void;
  setFilter: (filter: string[]) => void;
  togglePlan: (planId: string) => void;
  setHiddenPlans: (planIds: string[]) => void;
  notify: (notice: Notice) => void;
  dismiss: (id: string) => void;
}

export function storedLang(): Lang {
  try {
    const value = localStorage.getItem(LANG_KEY);
    if (isLang(value)) return value;
  } catch {
    // Storage can be blocked on locked-down PCs; fall back to the browser language.
  }
  // globalThis: the store is also imported by node-run unit tests, where there is no navigator.
  return globalThis.navigator?.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export const useUi = create<UiState>()((set, get) => ({
  lang: storedLang(),
  selected: null,
  scope: null,
  selectedElement: null,
  filter: [],
  hiddenPlans: [],
  notices: [],
  present: null,
  step: 1,
  theme: 'default',
  source: null,
  framing: null,
  openSource: (source) => set({ source }),
  setPresent: (present, step = 1) => set({ present, step: present ? step : 1 }),
  setStep: (step) => set({ step }),
  setTheme: (theme) => set({ theme }),
  setLang: (lang) => {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Not persisted, but the switch still applies for this visit.
    }
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    set({ lang });
  },
  select: (code, scope) => set((s) => ({ selected: code, selectedElement: null, scope: scope === undefined ? s.scope : scope })),
  selectElement: (ref) => set({ selectedElement: ref, selected: null }),
  chooseRegion: (data, code, { frame = true } = {}) => {
    const { scope, select } = get();
    select(code, isDisplayed(data, scope, code) ? scope : naturalScope(data, code));
    if (frame) get().frame({ kind: 'region', code }, true);
  },
  chooseElement: (ref, { frame = true } = {}) => {
    set({ selectedElement: ref, selected: null });
    if (frame) get().frame({ kind: 'element', ref }, true);
  },
  drillInto: (code) => {
    get().select(code, code);
    get().frame({ kind: 'region', code }, true);
  },
  goTop: () => {
    get().select(null, null);
    get().frame({ kind: 'all' }, false);
  },
  pickOnMap: (data, pick) => {
    if (!pick) return get().select(null);
    if (pick.type === 'element') return get().selectElement(elementRefOf(pick.key));
    get().chooseRegion(data, pick.code, { frame: false });
  },
  frame: (target, panelOpen) => set({ framing: { target, panelOpen } }),
  setFilter: (filter) => set({ filter: [...new Set(filter)].sort() }),
  togglePlan: (planId) =>
    set((s) => ({
      hiddenPlans: s.hiddenPlans.includes(planId) ? s.hiddenPlans.filter((p) => p !== planId) : [...s.hiddenPlans, planId].sort(),
    })),
  setHiddenPlans: (planIds) => set({ hiddenPlans: [...new Set(planIds)].sort() }),
  setScope: (scope) => set({ scope }),
  notify: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

/** The open layout element as the maps and the legend name it (`<plan>/<element>`, their features' key). */
export const selectedElementKey = (s: UiState) => s.selectedElement && elementRefKey(s.selectedElement);
