/**
 * A copy of the map as drawn now, optionally at another pixel ratio (2 for slides). WebGL keeps
 * its pixels only until the frame is shown, so this redraws the map at once and copies the
 * canvas inside that render, before they are gone. Settles within microtasks, so that a
 * `beforeprint` handler has the copy before the page is laid out for print.
 */
import type * as maplibregl from 'maplibre-gl';

export async function snapshotMap(map: maplibregl.Map, pixelRatio?: number): Promise<HTMLCanvasElement> {
  const previous = map.getPixelRatio();
  if (pixelRatio && pixelRatio !== previous) map.setPixelRatio(pixelRatio);
  try {
    return await new Promise<HTMLCanvasElement>((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')?.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.redraw();
    });
  } finally {
    if (map.getPixelRatio() !== previous) map.setPixelRatio(previous);
  }
}
