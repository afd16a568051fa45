/**
 * Importing, keeping, restoring and removing actual figures, and making the template. A file is checked
 * in the worker first; only a file without problems changes what is loaded.
 */
import type { Plan } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import { translate, type StringKey } from '../i18n/strings';
import { downloadBlob, fileName } from '../ui/download';
import { idbStore } from '../ui/idbStore';
import { checkInWorker } from './checkInWorker';
import type { FigureProblem } from './checkRows';
import { useFigures, type FigureSet } from './figuresStore';
import { targetRefs, templateRows, type TemplateScope } from './table';

export interface StoredFigures {
  id: string;
  label: string;
  file: { name: string; data: Uint8Array };
  example: boolean;
  storedAt: string;
}

const storage = idbStore<StoredFigures>('plan-map-figures', 'figures');

export type ImportOutcome =
  { kind: 'loaded'; label: string; count: number; ms: number } | { kind: 'failed'; label: string; problems: FigureProblem[]; more: number };

let serial = 0;

export async function importFigures(
  file: { name: string; data: Uint8Array },
  plans: readonly Plan[],
  options: { keep: boolean; example?: boolean; id?: string },
): Promise<ImportOutcome> {
  const { result, ms } = await checkInWorker({ name: file.name, item: file.data, targets: targetRefs(plans) });
  if (!result.ok) return { kind: 'failed', label: file.name, problems: result.problems, more: result.more };
  const set: FigureSet = {
    id: options.id ?? `figures-${Date.now()}-${++serial}`,
    label: file.name,
    observations: result.observations,
    file,
    kept: options.keep,
    example: options.example ?? false,
  };
  if (options.keep)
    await storage.put({ id: set.id, label: set.label, file, example: set.example, storedAt: new Date().toISOString() }).then((r) => {
      if (!r.ok) set.kept = false;
    });
  useFigures.getState().add(set);
  return { kind: 'loaded', label: file.name, count: set.observations.length, ms: Math.round(ms) };
}

export async function removeFigures(set: FigureSet) {
  useFigures.getState().remove(set.id);
  if (set.kept) await storage.remove(set.id);
}

let restoring: Promise<ImportOutcome[]> | null = null;

/** The figures kept on this computer, checked again with today's rules; a kept file that fails is reported and deleted. */
export function restoreKeptFigures(plans: readonly Plan[]): Promise<ImportOutcome[]> {
  return (restoring ??= (async () => {
    const listed = await storage.list();
    if (!listed.ok)
      return [
        { kind: 'failed', label: '', problems: [{ key: 'readFailed', file: '(IndexedDB)', vars: { value: listed.message } }], more: 0 },
      ];
    const outcomes: ImportOutcome[] = [];
    for (const kept of listed.value) {
      const outcome = await importFigures(kept.file, plans, { keep: false, example: kept.example, id: kept.id });
      if (outcome.kind === 'failed') await storage.remove(kept.id);
      else useFigures.getState().add({ ...useFigures.getState().sets.find((s) => s.id === kept.id)!, kept: true });
      outcomes.push(outcome);
    }
    return outcomes.filter((o) => o.kind === 'failed');
  })());
}

const INSTRUCTION_KEYS: StringKey[] = [
  'progress.instructions.1',
  'progress.instructions.2',
  'progress.instructions.3',
  'progress.instructions.4',
];

export async function downloadTemplate(plans: readonly Plan[], data: RegionData, scope: TemplateScope, subject: string): Promise<number> {
  const name = (code: string) => (data.regions.get(code) ?? data.context.get(code))?.name ?? null;
  const rows = templateRows(plans, scope, name);
  if (rows.length === 0) return 0;
  const { templateWorkbook } = await import('./template');
  const both = (key: StringKey) => ({ zh: translate('zh', key), en: translate('en', key) });
  const bytes = await templateWorkbook(rows, {
    title: `${translate('zh', 'progress.title')} / ${translate('en', 'progress.title')} — ${subject}`,
    instructions: INSTRUCTION_KEYS.map(both),
  });
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  downloadBlob(new Blob([bytes as BlobPart], { type }), fileName('progress-template', subject, 'xlsx'));
  return rows.length;
}
