/**
 * Hard limits for user data packs and the cheap checks that enforce them before any
 * expensive work (decoding, JSON.parse, zod, geometry). Pure; runs in the browser and node.
 */

export const PACK_LIMITS = {
  /** bytes of one file, and of all files of a folder pack together */
  maxBytes: 20 * 1024 * 1024,
  /** nesting of arrays and objects (a single-file pack with MultiPolygon boundaries needs 9) */
  maxDepth: 32,
  /** characters of any one string, keys included (quotes are at most 400 by the schema) */
  maxStringLength: 10_000,
  /** arrays and objects in one file */
  maxContainers: 2_000_000,
  /** regions in the boundaries */
  maxFeatures: 5_000,
  /** positions in all boundary rings together (after TopoJSON decoding) */
  maxVertices: 1_000_000,
  /** segment pairs compared by the self-intersection check over the whole pack */
  maxSegmentPairs: 20_000_000,
  maxPlans: 50,
  /** entries of any one list in a plan (targets, industries, layout, tasks, discrepancies) */
  maxListLength: 5_000,
  /** problems listed; the rest are counted */
  maxProblems: 300,
};
export type PackLimits = typeof PACK_LIMITS;

export type Decoded = { ok: true; json: unknown } | { ok: false; problem: string };

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** The message for a file (or a folder's files together) over the size limit. */
export function sizeProblem(file: string, bytes: number, limits: PackLimits = PACK_LIMITS): string {
  return `${file}: ${formatBytes(bytes)}; the limit for a data pack is ${formatBytes(limits.maxBytes)}`;
}

/**
 * Bytes or text → JSON value, refusing (with a message, never a throw) a file that is too
 * large, not UTF-8, nested too deeply, holds an over-long string or too many containers, or
 * is not JSON. The size and structure checks run before JSON.parse, so a hostile file is
 * refused in one linear pass instead of blowing the stack or the memory.
 */
export function decodeJson(input: Uint8Array | ArrayBuffer | string, file: string, limits: PackLimits = PACK_LIMITS): Decoded {
  let text: string;
  if (typeof input === 'string') {
    // Every character is at least one byte of UTF-8.
    if (input.length > limits.maxBytes)
      return { ok: false, problem: `${file}: the file is larger than ${formatBytes(limits.maxBytes)} (the limit for a data pack)` };
    text = input;
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.byteLength > limits.maxBytes) return { ok: false, problem: sizeProblem(file, bytes.byteLength, limits) };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      return { ok: false, problem: `${file}: not UTF-8 text (invalid byte at offset ${at}); save the file as UTF-8` };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const structure = scanStructure(text, limits);
  if (structure) return { ok: false, problem: `${file}: ${structure}` };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: `${file}: not valid JSON (${detail.slice(0, 200)})` };
  }
}

/**
 * One iterative pass over the raw text: nesting depth, container count and string length.
 * Returns a message, or null when the text is within the limits. It does not check that the
 * text is JSON — JSON.parse does that afterwards, on a text now known to be cheap to parse.
 */
export function scanStructure(text: string, limits: PackLimits = PACK_LIMITS): string | null {
  let depth = 0;
  let containers = 0;
  let inString = false;
  let stringStart = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
      if (inString && i - stringStart > limits.maxStringLength)
        return `a string longer than ${limits.maxStringLength} characters at character ${stringStart}; refused`;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      stringStart = i;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      containers++;
      if (depth > limits.maxDepth) return `nested deeper than ${limits.maxDepth} levels of arrays and objects (at character ${i}); refused`;
      if (containers > limits.maxContainers) return `more than ${limits.maxContainers} arrays and objects; refused`;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return null;
}

/** Offset of the first byte that breaks UTF-8 (for the message only; the decoder has already refused). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return i;
}
