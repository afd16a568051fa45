/**
 * Kept data packs in IndexedDB ("Keep on this computer"): the files as the person gave them,
 * never the validated result, so every visit validates them again with the current rules.
 */
import type { PackFile } from '../data/loadedPacks';
import { idbStore, type StorageResult } from '../ui/idbStore';

export type { StorageResult } from '../ui/idbStore';

export interface StoredPack {
  id: string;
  label: string;
  layout: 'file' | 'folder';
  files: PackFile[];
  storedAt: string;
}

const store = idbStore<StoredPack>('plan-map-packs', 'packs');

export const listStoredPacks = (): Promise<StorageResult<StoredPack[]>> => store.list();
export const storePack = (pack: StoredPack): Promise<StorageResult<null>> => store.put(pack);
export const deleteStoredPack = (id: string): Promise<StorageResult<null>> => store.remove(id);
