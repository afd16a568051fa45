/**
 * Keyboard use of the SVG map's regions: one region in the tab order (the selected one, else the
 * first), arrows move focus through the displayed regions, Enter or Space opens the focused one,
 * and focus names the region as hover does.
 */
import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import type { RegionData } from '../data/regions';
import type { MapTarget } from '../mapModel';
import type { RegionGeometry } from './paths';
import { toScreen, type View } from './projection';

interface FocusArgs {
  svg: RefObject<SVGSVGElement | null>;
  data: RegionData;
  geometry: RegionGeometry;
  viewRef: RefObject<View>;
  displayed: string[];
  selected: string | null;
  onOpen: (code: string) => void;
  hover: (target: MapTarget | null) => void;
  placeTooltip: (x: number, y: number) => void;
}

const ARROW_STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function useRegionFocus({ svg, data, geometry, viewRef, displayed, selected, onOpen, hover, placeTooltip }: FocusArgs) {
  const tabStop = selected && displayed.includes(selected) ? selected : displayed[0];

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const code = (e.target as Element).getAttribute('data-code');
    if (!code) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(code);
      return;
    }
    const step = ARROW_STEPS[e.key];
    if (!step) return;
    e.preventDefault();
    const next = displayed[(displayed.indexOf(code) + step + displayed.length) % displayed.length];
    svg.current?.querySelector<SVGElement>(`[data-code="${next}"][tabindex]`)?.focus();
  };

  // Stable, so that hover and selection changes do not re-render the region layer.
  const onFocusRegion = useCallback(
    (code: string | null) => {
      hover(code ? { type: 'region', code } : null);
      const region = code ? data.regions.get(code) : undefined;
      if (region) placeTooltip(...toScreen(viewRef.current, geometry.projection.project(region.label)));
    },
    [hover, placeTooltip, data, geometry, viewRef],
  );

  return { tabStop, onKeyDown, onFocusRegion };
}
