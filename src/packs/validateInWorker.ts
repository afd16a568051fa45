/**
 * Runs the pack validator in its own module worker (same origin, allowed by the page's
 * `worker-src 'self'`), reporting progress, and stops it when it runs too long or is cancelled.
 */
import type { FileData, PackOptions, PackResult } from './validatePack';

export interface WorkerRequest {
  files: { name: string; item: File | FileData }[];
  layout: 'file' | 'folder';
  builtInCodes: string[];
  options: Pick<PackOptions, 'taxonomyIds' | 'planIds' | 'builtInPlans' | 'briefingIds'>;
}

export type Progress = { phase: 'read' | 'check'; done: number; total: number };
export type WorkerReply = ({ type: 'progress' } & Progress) | { type: 'done'; ms: number; result: PackResult };

export interface Validation {
  result: Promise<{ result: PackResult; ms: number }>;
  cancel: () => void;
}

/** Long enough for a 20 MB pack on a slow PC, short enough that a stuck check does not hang the loader. */
export const WORKER_TIMEOUT_MS = 60_000;

export function validateInWorker(request: WorkerRequest, onProgress: (p: Progress) => void, timeoutMs = WORKER_TIMEOUT_MS): Validation {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./packWorker.ts', import.meta.url), { type: 'module', name: 'pack-validator' });
  } catch (error) {
    // The one-file build opened from file:// may not start a worker file (src/loading, README "meeting-room PC").
    const why = error instanceof Error ? error.message : String(error);
    const problem = `(pack): the validator could not start here (${why}); open the dashboard from a web server to load a data pack`;
    return { result: Promise.resolve({ result: { ok: false, problems: [problem] }, ms: 0 }), cancel: () => {} };
  }
  let settle: (value: { result: PackResult; ms: number }) => void = () => {};
  const result = new Promise<{ result: PackResult; ms: number }>((resolve) => (settle = resolve));
  const stop = (problem: string) => {
    worker.terminate();
    clearTimeout(timer);
    settle({ result: { ok: false, problems: [problem] }, ms: 0 });
  };
  const timer = setTimeout(
    () => stop(`(pack): the check took longer than ${timeoutMs / 1000} s and was stopped; the pack was not loaded`),
    timeoutMs,
  );
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    if (e.data.type === 'progress') return onProgress(e.data);
    clearTimeout(timer);
    worker.terminate();
    settle({ result: e.data.result, ms: e.data.ms });
  };
  worker.onerror = (e) => {
    e.preventDefault();
    stop(`(pack): the validator stopped unexpectedly (${e.message || 'worker error'}); the pack was not loaded`);
  };
  worker.postMessage(request);
  return { result, cancel: () => stop('(pack): cancelled; the pack was not loaded') };
}
