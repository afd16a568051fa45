/**
 * Reads and checks a filled progress table off the main thread (like the pack validator): a big or
 * hostile spreadsheet never freezes the page, and the page can stop the work at any time.
 */
import { checkRows, FIGURE_LIMITS, type FiguresResult } from './checkRows';
import { readTable } from './readTable';
import type { FiguresReply, FiguresRequest } from './checkInWorker';

const post = (reply: FiguresReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<FiguresRequest>) => {
  const { name, item, targets } = event.data;
  const started = performance.now();
  const size = item instanceof Blob ? item.size : item.byteLength;
  let result: FiguresResult;
  if (size > FIGURE_LIMITS.maxBytes) {
    result = {
      ok: false,
      problems: [{ key: 'tooLarge', file: name, vars: { max: `${FIGURE_LIMITS.maxBytes / 1024 / 1024} MB` } }],
      more: 0,
    };
  } else {
    try {
      const bytes = item instanceof Blob ? new Uint8Array(await item.arrayBuffer()) : item;
      const read = await readTable(name, bytes);
      result = read.ok ? checkRows(name, read.grid, targets) : { ok: false, problems: [read.problem], more: 0 };
    } catch (e) {
      result = {
        ok: false,
        problems: [{ key: 'readFailed', file: name, vars: { value: (e instanceof Error ? e.message : String(e)).slice(0, 160) } }],
        more: 0,
      };
    }
  }
  post({ ms: performance.now() - started, result });
};
