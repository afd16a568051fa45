/**
 * The briefings beside the shipped ones: those kept in this browser (made in the builder or
 * imported) and those of the loaded data packs. The kept list is a query read from storage once
 * (its module loads on demand); the builder writes through `keepBriefing` / `forgetBriefing`,
 * which update the list in place. Also whether the builder is open.
 */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { create } from 'zustand';
import { useLoadedPacks } from '../data/loadedPacks';
import type { Briefing } from './briefingSchema';
import { forever } from '../data/usePlanData';

const storage = () => import('./briefingStorage');

export const keptBriefingsKey = ['kept-briefings'] as const;

export const keptBriefingsQuery = {
  queryKey: keptBriefingsKey,
  queryFn: async (): Promise<Briefing[]> => {
    const listed = await (await storage()).listStoredBriefings();
    if (!listed.ok) throw new Error(listed.message);
    return listed.value;
  },
  ...forever,
};

/** The kept briefings (drafts without steps included), oldest first. */
export function useKeptBriefings({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...keptBriefingsQuery, enabled });
}

const noBriefings: Briefing[] = [];
let lastPacks: unknown = null;
let lastList: Briefing[] = noBriefings;

/** The briefings of the data packs loaded now (checked with the pack), one stable array per change. */
export function usePackBriefings(): Briefing[] {
  return useLoadedPacks((s) => {
    if (s.packs !== lastPacks) {
      lastPacks = s.packs;
      const next = s.packs.flatMap((p) => p.pack.briefings);
      lastList = next.length ? next : noBriefings;
    }
    return lastList;
  });
}

/** Whether writes to storage are still under way, and whether the last one failed: the builder shows it. */
export const useBriefingWrites = create<{ pending: number; failed: boolean }>()(() => ({ pending: 0, failed: false }));

// Closing or reloading the page while a write is under way would lose it: the browser asks first.
const holdUnload = (e: BeforeUnloadEvent) => e.preventDefault();

/** Writes to storage one after another, in the order asked (typing saves on every change). */
let writes: Promise<unknown> = Promise.resolve();
const queued = <T extends { ok: boolean }>(write: () => Promise<T>): Promise<T> => {
  if (useBriefingWrites.getState().pending === 0) window.addEventListener('beforeunload', holdUnload);
  useBriefingWrites.setState((s) => ({ pending: s.pending + 1 }));
  const next = writes.then(write, write);
  const settle = (failed: boolean) => {
    useBriefingWrites.setState((s) => ({ pending: s.pending - 1, failed }));
    if (useBriefingWrites.getState().pending === 0) window.removeEventListener('beforeunload', holdUnload);
  };
  void next.then(
    (result) => settle(!result.ok),
    () => settle(true),
  );
  writes = next.catch(() => null);
  return next;
};

/**
 * Keeps (adds or replaces) a briefing: the kept list shows it at once (a new one last, an edited
 * one where it was), then it is stored. Resolves to an error message, or null once stored.
 */
export async function keepBriefing(client: QueryClient, briefing: Briefing): Promise<string | null> {
  if (!client.getQueryData(keptBriefingsKey)) await client.fetchQuery(keptBriefingsQuery).catch(() => null);
  client.setQueryData<Briefing[]>(keptBriefingsKey, (list = []) =>
    list.some((b) => b.id === briefing.id) ? list.map((b) => (b.id === briefing.id ? briefing : b)) : [...list, briefing],
  );
  const saved = await queued(async () => (await storage()).storeBriefing(briefing));
  return saved.ok ? null : saved.message;
}

/** Removes a kept briefing. Resolves to an error message or null. */
export async function forgetBriefing(client: QueryClient, id: string): Promise<string | null> {
  const removed = await queued(async () => (await storage()).deleteStoredBriefing(id));
  if (!removed.ok) return removed.message;
  client.setQueryData<Briefing[]>(keptBriefingsKey, (list) => (list ?? []).filter((b) => b.id !== id));
  return null;
}

interface BuilderState {
  open: boolean;
  /** the briefing being edited (a kept one's id) */
  editing: string | null;
  setOpen: (open: boolean, editing?: string | null) => void;
}

export const useBuilder = create<BuilderState>()((set) => ({
  open: false,
  editing: null,
  setOpen: (open, editing) => set((s) => ({ open, editing: editing === undefined ? s.editing : editing })),
}));
