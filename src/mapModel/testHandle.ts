/**
 * The typed handle both maps put on `window.__regionMap` for browser tests and the benchmark: what is
 * drawn where, asked of the map itself instead of guessed from pixels. The WebGL map answers from
 * maplibre's rendered features, the SVG map from its elements; the tests' page object does not
 * need to know which map it talks to.
 */
export interface MapTestHandle {
  project(lng: number, lat: number): { x: number; y: number };
  isIdle(): boolean;
  renderedLabels(): string[];
  /** Regions drawn: all, those the filter lights, or those drawn in the dashed outline of a match that is only our interpretation. */
  renderedRegions(filter?: 'matched' | 'interpretation'): string[];
  renderedElements(): string[];
  /** Page position of the centre of a region's drawn name (moved off a mark, maybe), or null where none is drawn. */
  namePoint(code: string): { x: number; y: number } | null;
  /** Region names drawn over the square of side 2 × `radius` around a page point. */
  labelsAt(x: number, y: number, radius: number): string[];
  /** Screen position of a layout element's symbol, offsets included. */
  elementPoint(key: string): { x: number; y: number } | null;
  zoom(): number;
  /** A layer's paint value as set now (theme checks; the WebGL map's layers only, undefined on the SVG map). */
  paintProperty(layer: string, name: string): unknown;
  /** Resolves with performance.now() when the map next has everything drawn. */
  nextIdle(): Promise<number>;
}

export function exposeMapTestHandle(handle: MapTestHandle): () => void {
  const w = window as unknown as { __regionMap?: MapTestHandle };
  w.__regionMap = handle;
  return () => {
    if (w.__regionMap === handle) delete w.__regionMap;
  };
}
