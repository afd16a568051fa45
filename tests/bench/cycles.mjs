/**
 * The select / filter / deselect cycle the memory measures drive, through the real UI: a region
 * list button (select), a filter checkbox, Escape (deselect). Runs in the page, so a cycle is cheap.
 * Returns how many panels did not show within 5 s.
 */
export function selectFilterDeselect(page, checkbox, n) {
  return page.evaluate(
    async ({ n, box }) => {
      // Yield with tasks, not frames: the panel is React work, and waiting for a SwiftShader frame
      // per step would make 500 cycles take many minutes. Every 10th cycle lets a frame through.
      const tick = () => new Promise((r) => setTimeout(r, 0));
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const buttons = [...document.querySelectorAll('nav.region-list li button')].slice(0, 40);
      let missed = 0;
      for (let i = 0; i < n; i++) {
        const button = buttons[(window.__cycle = (window.__cycle ?? 0) + 1) % buttons.length];
        button.click();
        const name = button.textContent;
        const until = performance.now() + 5000;
        while (document.querySelector('aside.panel h2')?.textContent !== name && performance.now() < until) await tick();
        if (performance.now() >= until) missed++;
        box.click();
        await tick();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        await tick();
        if (i % 10 === 9) await frame();
      }
      return missed;
    },
    { n, box: checkbox },
  );
}
