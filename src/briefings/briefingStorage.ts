/**
 * The briefings a person made or imported, kept in this browser (IndexedDB, as kept data packs
 * are: src/packs/packStorage.ts). A briefing being made may have no steps yet. Every call
 * resolves; a failure says why (storage can be blocked or full on a locked-down PC).
 */
import type { Briefing } from './briefingSchema';

export interface StoredBriefing {
  id: string;
  briefing: Briefing;
  savedAt: string;
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; message: string };

const DB_NAME = 'plan-map-briefings';
const STORE = 'briefings';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available'));
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

const failed = (e: unknown): { ok: false; message: string } => ({ ok: false, message: e instanceof Error ? e.message : String(e) });

/** Oldest first. */
export async function listStoredBriefings(): Promise<StorageResult<Briefing[]>> {
  if (typeof indexedDB === 'undefined') return { ok: true, value: [] };
  try {
    const all = await run('readonly', (s) => s.getAll() as IDBRequest<StoredBriefing[]>);
    return { ok: true, value: all.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0)).map((r) => r.briefing) };
  } catch (e) {
    return failed(e);
  }
}

/** Stores a briefing under its id; the time of its first save is kept, so the list keeps its order. */
export async function storeBriefing(briefing: Briefing): Promise<StorageResult<null>> {
  try {
    const before = await run('readonly', (s) => s.get(briefing.id) as IDBRequest<StoredBriefing | undefined>);
    const savedAt = before?.savedAt ?? new Date().toISOString();
    await run('readwrite', (s) => s.put({ id: briefing.id, briefing, savedAt } satisfies StoredBriefing));
    return { ok: true, value: null };
  } catch (e) {
    return failed(e);
  }
}

export async function deleteStoredBriefing(id: string): Promise<StorageResult<null>> {
  try {
    await run('readwrite', (s) => s.delete(id));
    return { ok: true, value: null };
  } catch (e) {
    return failed(e);
  }
}
