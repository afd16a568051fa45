// Summaries shared by the profiling helpers: CPU profiles by function, and the presentation step's timing.

/** Self and inclusive time per function, averaged over the profiles, as "ms  name file:line" lines (idle left out). */
export function profileTables(profiles, top) {
  const self = {};
  const incl = {};
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    for (let i = 0; i < profile.samples.length; i++) {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const leaf = byId.get(profile.samples[i]);
      if (/^\(idle\)/.test(key(leaf))) continue;
      self[key(leaf)] = (self[key(leaf)] ?? 0) + ms;
      const seen = new Set();
      for (let cur = leaf.id; cur; cur = parent.get(cur)) {
        const k = key(byId.get(cur));
        if (!seen.has(k)) {
          seen.add(k);
          incl[k] = (incl[k] ?? 0) + ms;
        }
      }
    }
  }
  const show = (o) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${(v / profiles.length).toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  return { self: show(self), inclusive: show(incl) };
}

/**
 * In the page: presses the key that moves to step `expected` (Home back to 1) and resolves with the ms
 * until that step is ready and one more frame is drawn. Pass to page.evaluate with `{ expected }`.
 */
export async function timeStepInPage({ expected }) {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const t0 = performance.now();
  window.dispatchEvent(new KeyboardEvent('keydown', { key: expected === 1 ? 'Home' : 'ArrowRight', bubbles: true }));
  const until = t0 + 30_000;
  while (performance.now() < until && !document.querySelector(`[data-step-ready="${expected}"]`)) await frame();
  await frame();
  return performance.now() - t0;
}
