/**
 * The hovered (or keyboard-focused) target, the name label that follows it, and the pointer's handlers.
 * The target is kept in a small store of the map's own, outside React state: only what shows the hover
 * (the highlight and the name label) re-renders when it changes, not the whole map.
 */
import { useCallback, useRef, useState, useSyncExternalStore, type MouseEvent, type PointerEvent } from 'react';
import { targetKey, type MapTarget } from '../mapModel';

export interface HoverStore {
  get: () => MapTarget | null;
  /** Sets the hovered target; the same target again (by key) changes nothing. */
  set: (target: MapTarget | null) => void;
  subscribe: (listener: () => void) => () => void;
}

function createHoverStore(): HoverStore {
  let hovered: MapTarget | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => hovered,
    set: (target) => {
      if (targetKey(hovered) === targetKey(target)) return;
      hovered = target;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The hovered target, for the components that draw it. */
export const useHovered = (store: HoverStore) => useSyncExternalStore(store.subscribe, store.get);

export function useHover() {
  const [store] = useState(createHoverStore);
  const tooltip = useRef<HTMLDivElement>(null);
  /** Puts the name label beside a point of the map (px from its top left corner). */
  const placeTooltip = useCallback((x: number, y: number) => {
    if (tooltip.current) tooltip.current.style.transform = `translate(${x + 14}px, ${y + 14}px)`;
  }, []);
  return { hoverStore: store, hover: store.set, tooltip, placeTooltip };
}

interface PointerArgs {
  /** the target of the element under the pointer */
  targetAt: (el: Element) => MapTarget | null;
  hover: (target: MapTarget | null) => void;
  placeTooltip: (x: number, y: number) => void;
  onTargetClick: (target: MapTarget | null) => void;
}

/**
 * The map's pointer handlers: hover names what is under the pointer, a click chooses it (the zoom buttons excepted).
 * They go on the map's wrapping element, which is the events' currentTarget.
 */
export function pointerHandlers({ targetAt, hover, placeTooltip, onTargetClick }: PointerArgs) {
  return {
    onPointerMove: (e: PointerEvent<HTMLDivElement>) => {
      const rect = e.currentTarget.getBoundingClientRect();
      placeTooltip(e.clientX - rect.left, e.clientY - rect.top);
      hover(targetAt(e.target as Element));
    },
    onPointerLeave: () => hover(null),
    onClick: (e: MouseEvent<HTMLDivElement>) => {
      if ((e.target as Element).closest('.svg-map-zoom')) return;
      onTargetClick(targetAt(e.target as Element));
    },
  };
}
