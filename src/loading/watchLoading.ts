/**
 * Watches the page for files that do not load and reports them (problems.ts): a code chunk whose
 * dynamic import failed (Vite's `vite:preloadError`), anything the Content-Security-Policy refused,
 * and — asked by the map — a script file such as maplibre's worker, checked with a HEAD request so the
 * report can say what the server sent (a worker refused for its type fails without any message).
 */
import { reportLoadProblem, scriptAnswerProblem, shortFile, type ProblemKind } from './problems';

/** What the server answers for a script file, or null when that is fine (or cannot be asked: file://, blob:, data:). */
export async function probeScript(url: string): Promise<string | null> {
  const resolved = new URL(url, location.href);
  if (!/^https?:$/.test(resolved.protocol)) return null;
  try {
    const response = await fetch(resolved, { method: 'HEAD', cache: 'no-store' });
    return scriptAnswerProblem(response.status, response.headers.get('content-type'));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Checks a script file the app will need (e.g. the map's worker) and reports it when it would not run. */
export async function checkScriptFile(url: string, kind: ProblemKind): Promise<boolean> {
  const came = await probeScript(url);
  if (came) reportLoadProblem({ kind, file: shortFile(url), came });
  return came === null;
}

const SCRIPT_URL = /((?:https?|file|blob):\/\/[^\s'"]+|(?:\.\/)?assets\/[^\s'"]+\.js)/;

async function onChunkError(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const url = SCRIPT_URL.exec(message)?.[1];
  if (!url) return reportLoadProblem({ kind: 'code', file: message, came: message });
  reportLoadProblem({ kind: 'code', file: shortFile(url), came: (await probeScript(url)) ?? message });
}

let watching = false;

export function watchLoading(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  window.addEventListener('vite:preloadError', (event) => void onChunkError((event as Event & { payload?: unknown }).payload));
  document.addEventListener('securitypolicyviolation', (event) =>
    reportLoadProblem({ kind: 'policy', file: shortFile(event.blockedURI || event.sourceFile), came: event.effectiveDirective }),
  );
}
