import { useEffect, type RefObject } from 'react';
import type { MapController } from '../map/MapController';
import { coverMap } from './printMap';

/** Prints the page with a snapshot of the map standing in for the WebGL canvas. */
export async function printView(controller: MapController | null) {
  const uncover = controller ? coverMap(await controller.snapshot(), 'print-map-snapshot') : () => {};
  const done = () => {
    uncover();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/** Printing from the browser's own menu (Ctrl+P) swaps the map's snapshot in as well. */
export function usePrintSnapshot(controllerRef: RefObject<MapController | null>) {
  useEffect(() => {
    let uncover: (() => void) | null = null;
    const before = () => {
      if (document.querySelector('.print-map-snapshot')) return;
      void controllerRef.current?.snapshot().then((canvas) => {
        uncover = coverMap(canvas, 'print-map-snapshot');
      });
    };
    const after = () => {
      uncover?.();
      uncover = null;
      document.querySelectorAll('.print-map-snapshot').forEach((el) => el.remove());
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      after();
    };
  }, [controllerRef]);
}
