/**
 * The pack validator in a Web Worker: a big or hostile pack is read and checked off the main
 * thread, so the page stays responsive and can stop the work (terminate) at any time.
 * Files over the size limit are refused on their size alone, before they are read.
 */
import { PACK_LIMITS, sizeProblem, validatePackFile, validatePackFiles, type FileData, type PackResult } from './validatePack';
import type { WorkerReply, WorkerRequest } from './validateInWorker';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

const sizeOf = (item: File | FileData) => (item instanceof Blob ? item.size : typeof item === 'string' ? item.length : item.byteLength);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { files, layout, builtInCodes, options } = event.data;
  const started = performance.now();
  const total = files.reduce((n, f) => n + sizeOf(f.item), 0);
  let result: PackResult;
  if (total > PACK_LIMITS.maxBytes) {
    result = { ok: false, problems: [sizeProblem(layout === 'file' ? files[0].name : '(pack folder)', total)] };
  } else {
    const read: { name: string; data: FileData }[] = [];
    let bytes = 0;
    for (const f of files) {
      post({ type: 'progress', phase: 'read', done: bytes, total });
      try {
        read.push({ name: f.name, data: f.item instanceof Blob ? new Uint8Array(await f.item.arrayBuffer()) : f.item });
      } catch (e) {
        post({
          type: 'done',
          ms: performance.now() - started,
          result: { ok: false, problems: [`${f.name}: could not be read (${e instanceof Error ? e.message : String(e)})`] },
        });
        return;
      }
      bytes += sizeOf(f.item);
    }
    post({ type: 'progress', phase: 'check', done: total, total });
    result =
      layout === 'file'
        ? validatePackFile(read[0].data, read[0].name, builtInCodes, options)
        : validatePackFiles(read, builtInCodes, options);
  }
  post({ type: 'done', ms: performance.now() - started, result });
};
