/** Runs the figures check in its own module worker, with the pack validator's time limit. */
import type { FiguresResult } from './checkRows';
import type { TargetRef } from './observation';

export interface FiguresRequest {
  name: string;
  item: File | Uint8Array;
  targets: TargetRef[];
}
export interface FiguresReply {
  ms: number;
  result: FiguresResult;
}

const TIMEOUT_MS = 60_000;

export function checkInWorker(request: FiguresRequest, timeoutMs = TIMEOUT_MS): Promise<FiguresReply> {
  const worker = new Worker(new URL('./figuresWorker.ts', import.meta.url), { type: 'module', name: 'figures-check' });
  return new Promise((resolve) => {
    const stop = (key: string, value = '') => {
      worker.terminate();
      clearTimeout(timer);
      resolve({
        ms: 0,
        result: { ok: false, problems: [{ key, file: request.name, vars: { value, seconds: String(timeoutMs / 1000) } }], more: 0 },
      });
    };
    const timer = setTimeout(() => stop('timeout'), timeoutMs);
    worker.onmessage = (e: MessageEvent<FiguresReply>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      stop('readFailed', e.message || 'worker error');
    };
    worker.postMessage(request);
  });
}
