/**
 * Checking a pack against what is already loaded, and validating the kept packs again at start.
 * Both validate in the worker; the merge into the map and plans follows from the pack store.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RegionData } from '../data/regions';
import { builtInRefs } from '../data/usePlanData';
import { briefingIndexQuery } from '../briefings/useBriefings';
import { useUi } from '../state/store';
import { useLoadedPacks, type DroppedPack, type LoadedPack, type PackFile } from '../data/loadedPacks';
import { mergeRegionData, takenIds } from '../data/mergePack';
import { deleteStoredPack, type StoredPack } from './packStorage';
import { validateInWorker, type Progress, type Validation } from './validateInWorker';
import type { FileData } from './validatePack';

/** Starts checking a pack against the data on the map now (`data` already holds the loaded packs' regions). */
export async function startCheck(
  input: { layout: 'file' | 'folder'; files: { name: string; item: File | FileData }[] },
  data: RegionData,
  client: QueryClient,
  onProgress: (p: Progress) => void,
): Promise<Validation> {
  const [{ taxonomyIds, plans }, shipped] = await Promise.all([
    builtInRefs(client),
    client.fetchQuery(briefingIndexQuery).catch(() => null),
  ]);
  const briefingIds = shipped?.briefings.map((b) => b.id) ?? [];
  const loaded = useLoadedPacks.getState().packs.map((p) => p.pack);
  const taken = takenIds(
    data,
    loaded,
    plans.map((p) => p.id),
  );
  const options = {
    taxonomyIds,
    planIds: taken.planIds,
    builtInPlans: [...plans, ...loaded.flatMap((p) => p.plans)],
    briefingIds: [...briefingIds, ...loaded.flatMap((p) => p.briefings.map((b) => b.id))],
  };
  return validateInWorker({ layout: input.layout, files: input.files, builtInCodes: taken.codes, options }, onProgress);
}

export const newPackId = () => `pack-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Files read for keeping: the worker has the bytes, but the page needs its own copy to store. */
export async function readFiles(files: { name: string; item: File | FileData }[]): Promise<PackFile[]> {
  return Promise.all(
    files.map(async (f) => ({ name: f.name, data: f.item instanceof Blob ? new Uint8Array(await f.item.arrayBuffer()) : f.item })),
  );
}

/**
 * Validates the kept packs again, one after another against what is loaded so far (see
 * keptPacks.ts). A pack that no longer validates is reported (a notice, and its problems listed
 * in the loader) and deleted from storage, never applied.
 */
export async function revalidateKept(stored: StoredPack[], base: RegionData, client: QueryClient): Promise<void> {
  const { notify } = useUi.getState();
  const dropped: DroppedPack[] = [];
  try {
    let data = base;
    for (const kept of stored) {
      const check = await startCheck(
        { layout: kept.layout, files: kept.files.map((f) => ({ name: f.name, item: f.data })) },
        data,
        client,
        () => {},
      );
      const { result } = await check.result;
      if (!result.ok) {
        dropped.push({ label: kept.label, problems: result.problems });
        notify({
          id: `packs-dropped-${kept.id}`,
          key: 'packs.dropped',
          vars: { name: kept.label.slice(0, 80), count: String(result.problems.length) },
        });
        await deleteStoredPack(kept.id);
        continue;
      }
      const loaded: LoadedPack = {
        id: kept.id,
        label: result.pack.name ?? kept.label,
        pack: result.pack,
        files: kept.files,
        layout: kept.layout,
        kept: true,
      };
      useLoadedPacks.getState().add(loaded);
      data = mergeRegionData(data, [result.pack]);
    }
  } catch (e) {
    notify({
      id: 'packs-restore',
      key: 'packs.restoreFailed',
      vars: { message: (e instanceof Error ? e.message : String(e)).slice(0, 120) },
    });
  } finally {
    useLoadedPacks.getState().setRestored(dropped);
  }
}
