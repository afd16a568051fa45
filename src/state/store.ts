/** UI state only (no fetched data): language, selection, drill scope, filter, layouts shown, notices. */
import { create } from 'zustand';
import { isLang, type Lang, type StringKey } from '../i18n/strings';

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

export interface UiState {
  lang: Lang;
  /** The region whose panel is open. */
  selected: string | null;
  /** The region whose subdivisions are shown; null for the top view of all regions. */
  scope: string | null;
  /** The layout element whose panel is open (`planId/elementId`); exclusive with `selected`. */
  selectedElement: string | null;
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
  openSource: (source: SourceView | null) => void;
  setPresent: (briefingId: string | null, step?: number) => void;
  setStep: (step: number) => void;
  setTheme: (theme: Theme) => void;
  setLang: (lang: Lang) => void;
  select: (code: string | null, scope?: string | null) => void;
  setScope: (scope: string | null) => void;
  selectElement: (key: string | null) => void;
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
  return navigator.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export const useUi = create<UiState>()((set) => ({
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
  select: (code, scope) =>
    set((s) => ({ selected: code, selectedElement: null, scope: scope === undefined ? s.scope : scope })),
  selectElement: (key) => set({ selectedElement: key, selected: null }),
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
