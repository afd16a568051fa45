/**
 * A small keyed object store in IndexedDB, for what a person asks to keep on this computer (data packs,
 * actual figures). Every call resolves (storage can be blocked or full on a locked-down PC); failures say why.
 */
export type StorageResult<T> = { ok: true; value: T } | { ok: false; message: string };

const failed = (e: unknown): { ok: false; message: string } => ({ ok: false, message: e instanceof Error ? e.message : String(e) });

export function idbStore<T extends { id: string; storedAt: string }>(dbName: string, storeName: string) {
  function open(): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available'));
      const request = indexedDB.open(dbName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName, { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
  }

  async function run<R>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<R>): Promise<R> {
    const db = await open();
    try {
      return await new Promise<R>((resolve, reject) => {
        const tx = db.transaction(storeName, mode);
        const request = work(tx.objectStore(storeName));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      });
    } finally {
      db.close();
    }
  }

  return {
    async list(): Promise<StorageResult<T[]>> {
      // No storage at all (some locked-down browsers): nothing can have been kept, nothing to report.
      if (typeof indexedDB === 'undefined') return { ok: true, value: [] };
      try {
        const all = await run('readonly', (s) => s.getAll() as IDBRequest<T[]>);
        return { ok: true, value: all.sort((a, b) => (a.storedAt < b.storedAt ? -1 : 1)) };
      } catch (e) {
        return failed(e);
      }
    },
    async get(id: string): Promise<StorageResult<T | undefined>> {
      if (typeof indexedDB === 'undefined') return { ok: true, value: undefined };
      try {
        return { ok: true, value: await run('readonly', (s) => s.get(id) as IDBRequest<T | undefined>) };
      } catch (e) {
        return failed(e);
      }
    },
    async put(item: T): Promise<StorageResult<null>> {
      try {
        await run('readwrite', (s) => s.put(item));
        return { ok: true, value: null };
      } catch (e) {
        return failed(e);
      }
    },
    async remove(id: string): Promise<StorageResult<null>> {
      try {
        await run('readwrite', (s) => s.delete(id));
        return { ok: true, value: null };
      } catch (e) {
        return failed(e);
      }
    },
  };
}
