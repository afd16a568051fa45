/**
 * Charts take turns to draw: one in the frame it is asked for, each further one after the next
 * paint. A region's panel can have several charts in view, and drawing them all before the first
 * paint (a recharts chart costs 10–30 ms of main thread without a GPU) kept the panel from
 * appearing; now the panel and its first chart paint at once and the rest follow frame by frame.
 */
type Grant = () => void;

const waiting: Grant[] = [];
let grantedThisFrame = false;
let pumping = false;

/** After the current frame has been painted (a task queued from the next animation frame). */
const afterPaint = (run: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(run, 0)) : setTimeout(run, 0);

function pump() {
  if (pumping) return;
  pumping = true;
  afterPaint(() => {
    pumping = false;
    grantedThisFrame = false;
    const next = waiting.shift();
    if (!next) return;
    grantedThisFrame = true;
    next();
    pump();
  });
}

/**
 * Asks for a turn to draw; `grant` runs now if no chart has drawn in this frame, else later.
 * Returns a cancel function (for a chart that goes away before its turn).
 */
export function requestDrawTurn(grant: Grant): () => void {
  if (!grantedThisFrame && waiting.length === 0) {
    grantedThisFrame = true;
    pump();
    grant();
    return () => {};
  }
  waiting.push(grant);
  pump();
  return () => {
    const i = waiting.indexOf(grant);
    if (i >= 0) waiting.splice(i, 1);
  };
}
