/**
 * What every exported picture shares: which elements it leaves out, the rasteriser's options
 * and PNG encoding. A component marks what a picture leaves out with `data-export="omit"`
 * (controls, transient notices, hover labels); the map marks its WebGL canvas
 * `data-export="map-canvas"`, which the view export replaces by the map's own snapshot.
 * Nothing here knows another feature's class names.
 */
import type { Options } from 'modern-screenshot';

export const EXPORT_ATTRIBUTE = 'data-export';
/** The live WebGL canvas: a picture or a print shows the map's snapshot in its place. */
export const MAP_CANVAS = `canvas[${EXPORT_ATTRIBUTE}='map-canvas']`;

export function keepInPicture(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  const mark = node.getAttribute(EXPORT_ATTRIBUTE);
  return mark !== 'omit' && mark !== 'map-canvas';
}

export const rasterOptions = (scale: number): Options => ({
  scale,
  font: false,
  filter: keepInPicture,
  timeout: 10_000,
  // Never fetch: a missing image stays empty rather than asking the network.
  fetchFn: () => Promise.resolve(false),
});

/** The type stack of burned-in text (captions, a chart's SVG title and footer). */
export const PICTURE_FONT = "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))), 'image/png'),
  );
}
