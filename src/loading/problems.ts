/**
 * Files of the app that did not load: the map's worker, a code chunk, a data file, or anything the
 * Content-Security-Policy refused. Each is kept once (by file) with what was expected and what came,
 * so the banner and the About box can say it in words an IT person can act on.
 */
import { create } from 'zustand';

export type ProblemKind = 'worker' | 'code' | 'data' | 'policy';

export interface LoadProblem {
  kind: ProblemKind;
  /** the file as the page asked for it, relative to the app when it is the app's own */
  file: string;
  /** what came instead: an HTTP status, a content type, "not JSON", a policy directive, or the browser's error */
  came: string;
}

interface ProblemState {
  problems: LoadProblem[];
  dismissed: boolean;
  report: (problem: LoadProblem) => void;
  dismiss: () => void;
}

export const useLoadProblems = create<ProblemState>()((set) => ({
  problems: [],
  dismissed: false,
  report: (problem) =>
    set((s) => (s.problems.some((p) => p.file === problem.file) ? s : { problems: [...s.problems, problem], dismissed: false })),
  dismiss: () => set({ dismissed: true }),
}));

export const reportLoadProblem = (problem: LoadProblem) => useLoadProblems.getState().report(problem);

/** The file's path relative to the page (`assets/x.js`), or the address as given when it is another origin's. */
export function shortFile(url: string, page: string = typeof location === 'undefined' ? 'http://localhost/' : location.href): string {
  try {
    const resolved = new URL(url, page);
    const base = new URL('.', page);
    if (resolved.origin === base.origin && resolved.pathname.startsWith(base.pathname) && base.protocol !== 'blob:') {
      return resolved.pathname.slice(base.pathname.length);
    }
    return resolved.href;
  } catch {
    return url;
  }
}

/** What a server's answer to a script file says is wrong with it, or null when it is fine. */
export function scriptAnswerProblem(status: number, contentType: string | null): string | null {
  if (status >= 400) return `HTTP ${status}`;
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (!/^(text|application)\/(javascript|ecmascript|x-javascript)$/.test(type)) return type || 'no content type';
  return null;
}
