/**
 * Kept data packs in IndexedDB ("Keep on this computer"): the files as the person gave them,
 * never the validated result, so every visit validates them again with the current rules.
 * Every call resolves (storage can be blocked or full on a locked-down PC); failures say why.
 */
import type { PackFile } from '../data/loadedPacks';

export interface StoredPack {
  id: string;
  label: string;
  layout: 'file' | 'folder';
  files: PackFile[];
  storedAt: string;
}

const DB_NAME = 'plan-map-packs';
const STORE = 'packs';

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

export type StorageResult<T> = { ok: true; value: T } | { ok: false; message: string };

const failed = (e: unknown): { ok: false; message: string } => ({ ok: false, message: e instanceof Error ? e.message : String(e) });

export async function listStoredPacks(): Promise<StorageResult<StoredPack[]>> {
  // No storage at all (some locked-down browsers): nothing can have been kept, nothing to report.
  if (typeof indexedDB === 'undefined') return { ok: true, value: [] };
  try {
    const all = await run('readonly', (s) => s.getAll() as IDBRequest<StoredPack[]>);
    return { ok: true, value: all.sort((a, b) => (a.storedAt < b.storedAt ? -1 : 1)) };
  } catch (e) {
    return failed(e);
  }
}

export async function storePack(pack: StoredPack): Promise<StorageResult<null>> {
  try {
    await run('readwrite', (s) => s.put(pack));
    return { ok: true, value: null };
  } catch (e) {
    return failed(e);
  }
}

export async function deleteStoredPack(id: string): Promise<StorageResult<null>> {
  try {
    await run('readwrite', (s) => s.delete(id));
    return { ok: true, value: null };
  } catch (e) {
    return failed(e);
  }
}
