/** The hovered (or keyboard-focused) target and the name label that follows it. */
import { useCallback, useRef, useState } from 'react';
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
