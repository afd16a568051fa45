/**
 * The one place a data file of the app (public/data/, public/geo/) is read. Served, it is fetched;
 * in the one-file build (`npm run package`) every data file is inlined in the page as one JSON block
 * (`<script type="application/json" id="app-files">`, path → text), so the same code runs from file://
 * with no request. A file that does not load is reported (src/loading/problems.ts) and thrown as a
 * DataFileError naming the file and what came.
 */
import { reportLoadProblem, shortFile } from './problems';

export const INLINED_FILES_ID = 'app-files';

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly came: string,
  ) {
    super(`${file}: ${came}`);
  }
}

let inlined: Map<string, string> | null | undefined;

/** The files inlined in this page, or null when the page is served with its files beside it. */
function inlinedFiles(): Map<string, string> | null {
  if (inlined === undefined) {
    const block = typeof document === 'undefined' ? null : document.getElementById(INLINED_FILES_ID);
    inlined = block ? new Map(Object.entries(JSON.parse(block.textContent ?? '{}') as Record<string, string>)) : null;
  }
  return inlined;
}

interface Answer {
  status: number;
  contentType: string;
  text: () => Promise<string>;
}

async function answer(url: string): Promise<Answer> {
  const files = inlinedFiles();
  if (files) {
    const text = files.get(shortFile(url));
    return {
      status: text === undefined ? 404 : 200,
      contentType: url.endsWith('.txt') ? 'text/plain' : 'application/json',
      text: () => Promise.resolve(text ?? ''),
    };
  }
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    // Refused before any answer: no server, or the Content-Security-Policy (connect-src).
    throw failed(url, error instanceof Error ? error.message : String(error));
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: () => response.text() };
}

function failed(url: string, came: string): DataFileError {
  const file = shortFile(url);
  reportLoadProblem({ kind: 'data', file, came });
  return new DataFileError(file, came);
}

/** A data file's text. */
export async function fetchText(url: string): Promise<string> {
  const got = await answer(url);
  if (got.status >= 400) throw failed(url, `HTTP ${got.status}`);
  return got.text();
}

/**
 * A JSON data file, parsed. `missing: 'null'` gives null for a file that is not there (a 404, or a
 * server that answers every path with the app's page) rather than an error.
 */
export async function fetchJson(url: string, { missing = 'error' }: { missing?: 'error' | 'null' } = {}): Promise<unknown> {
  const got = await answer(url);
  const page = got.contentType.includes('html');
  if (missing === 'null' && (got.status === 404 || page)) return null;
  if (got.status >= 400) throw failed(url, `HTTP ${got.status}`);
  const text = await got.text();
  try {
    return JSON.parse(text);
  } catch {
    throw failed(url, page ? `${got.contentType.split(';')[0]} (a web page), not JSON` : 'not valid JSON');
  }
}
