/**
 * The briefings a person made or imported, kept in this browser (IndexedDB, as kept data packs
 * are: src/packs/packStorage.ts). A briefing being made may have no steps yet. Every call
 * resolves; a failure says why (storage can be blocked or full on a locked-down PC).
 */
import type { Briefing } from './briefingSchema';
import { idbStore, type StorageResult } from '../ui/idbStore';

export type { StorageResult };

export interface StoredBriefing {
  id: string;
  briefing: Briefing;
  /** when it was first kept: the list keeps that order */
  storedAt: string;
}

const store = idbStore<StoredBriefing>('plan-map-briefings', 'briefings');

/** Oldest first. */
export async function listStoredBriefings(): Promise<StorageResult<Briefing[]>> {
  const all = await store.list();
  return all.ok ? { ok: true, value: all.value.map((r) => r.briefing) } : all;
}

/** Stores a briefing under its id; the time of its first save is kept, so the list keeps its order. */
export async function storeBriefing(briefing: Briefing): Promise<StorageResult<null>> {
  const before = await store.get(briefing.id);
  if (!before.ok) return before;
  return store.put({ id: briefing.id, briefing, storedAt: before.value?.storedAt ?? new Date().toISOString() });
}

export const deleteStoredBriefing = (id: string): Promise<StorageResult<null>> => store.remove(id);
