/** Runs `fn` when the page is next idle (or in a second, where the browser cannot say); returns a cancel. */
export function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(fn, 1000);
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(fn, { timeout: 5000 });
  return () => cancelIdleCallback(idle);
}
