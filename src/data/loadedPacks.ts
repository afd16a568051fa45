/**
 * The data packs loaded in this session. User data rather than UI state, so it has its own
 * small store next to the pack code; the region data and plan hooks read it and merge.
 */
import { create } from 'zustand';
import type { FileData, Pack } from '../packs/validatePack';

export interface PackFile {
  name: string;
  data: FileData;
}

export interface LoadedPack {
  /** unique per load; also the key of the kept copy */
  id: string;
  /** the pack's own name, else the file or folder it came from */
  label: string;
  pack: Pack;
  /** the files as given, so "keep" can store them and a later visit re-validate them */
  files: PackFile[];
  /** single pack file or folder layout, for re-validating the kept copy the same way */
  layout: 'file' | 'folder';
  kept: boolean;
}

/** A kept pack that no longer validated at start: reported, deleted from storage, not applied. */
export interface DroppedPack {
  label: string;
  problems: string[];
}

interface PackState {
  packs: LoadedPack[];
  /** false until the kept packs have been read back (or found absent) */
  restored: boolean;
  dropped: DroppedPack[];
  add: (pack: LoadedPack) => void;
  remove: (id: string) => void;
  setKept: (id: string, kept: boolean) => void;
  setRestored: (dropped: DroppedPack[]) => void;
  dismissDropped: () => void;
}

export const useLoadedPacks = create<PackState>()((set) => ({
  packs: [],
  restored: false,
  dropped: [],
  add: (pack) => set((s) => ({ packs: [...s.packs.filter((p) => p.id !== pack.id), pack] })),
  remove: (id) => set((s) => ({ packs: s.packs.filter((p) => p.id !== id) })),
  setKept: (id, kept) => set((s) => ({ packs: s.packs.map((p) => (p.id === id ? { ...p, kept } : p)) })),
  setRestored: (dropped) => set({ restored: true, dropped }),
  dismissDropped: () => set({ dropped: [] }),
}));

const packsOf = (list: LoadedPack[]) => list.map((p) => p.pack);
let lastList: LoadedPack[] | null = null;
let lastPacks: Pack[] = [];

/** The validated packs, as one stable array per change of the list (so merges memoise). */
export function usePacks(): Pack[] {
  return useLoadedPacks((s) => {
    if (s.packs !== lastList) {
      lastList = s.packs;
      const next = packsOf(s.packs);
      // Keeping or un-keeping a pack changes the list but not the data.
      if (next.length !== lastPacks.length || next.some((p, i) => p !== lastPacks[i])) lastPacks = next;
    }
    return lastPacks;
  });
}
