/**
 * Bringing back the packs kept on this computer, at start. Reading storage is light and starts
 * at once, while the boundaries load; the validator (packActions, the worker) is loaded only
 * when something was kept, so a first view without kept packs does not carry it.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RegionData } from '../data/regions';
import { useUi } from '../state/store';
import { useLoadedPacks } from '../data/loadedPacks';
import { listStoredPacks } from './packStorage';

let listing: ReturnType<typeof listStoredPacks> | null = null;
let restoring: Promise<void> | null = null;

export function prefetchKeptPacks() {
  listing ??= listStoredPacks();
}

export function restoreKeptPacks(base: RegionData, client: QueryClient): Promise<void> {
  return (restoring ??= restore(base, client));
}

/** Storage or the validator's code failed: said once, and the dashboard opens without the kept packs. */
function failed(message: string) {
  useUi.getState().notify({ id: 'packs-restore', key: 'packs.restoreFailed', vars: { message: message.slice(0, 120) } });
  useLoadedPacks.getState().setRestored([]);
}

async function restore(base: RegionData, client: QueryClient): Promise<void> {
  prefetchKeptPacks();
  const stored = await listing!;
  if (!stored.ok) return failed(stored.message);
  if (stored.value.length === 0) return useLoadedPacks.getState().setRestored([]);
  try {
    const { revalidateKept } = await import('./packActions');
    await revalidateKept(stored.value, base, client);
  } catch (e) {
    failed(e instanceof Error ? e.message : String(e));
  }
}
