/** The hovered (or keyboard-focused) target, the name label that follows it, and the pointer's handlers. */
import { useCallback, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { targetKey, type MapTarget } from '../mapModel';

export function useHover() {
  const [hovered, setHovered] = useState<MapTarget | null>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const hover = useCallback((target: MapTarget | null) => setHovered((h) => (targetKey(h) === targetKey(target) ? h : target)), []);
  /** Puts the name label beside a point of the map (px from its top left corner). */
  const placeTooltip = useCallback((x: number, y: number) => {
    if (tooltip.current) tooltip.current.style.transform = `translate(${x + 14}px, ${y + 14}px)`;
  }, []);
  return { hovered, hover, tooltip, placeTooltip };
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
