/** Printing: a 2D copy of the map stands in for the WebGL canvas, which does not print reliably. */
import { MAP_CANVAS } from '../ui/picture';

/**
 * Puts a copy of the map beside the live WebGL canvas (which cannot be read back), as a 2D
 * canvas the printer can see; print.css shows it in the canvas's place. Returns its remover.
 */
export function coverMap(snapshot: HTMLCanvasElement, className: string): () => void {
  const container = document.querySelector<HTMLCanvasElement>(MAP_CANVAS)?.parentElement;
  if (!container) return () => {};
  snapshot.className = className;
  snapshot.setAttribute('aria-hidden', 'true');
  container.appendChild(snapshot);
  return () => snapshot.remove();
}
