import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Bbox, RegionData } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import { useUi, type FrameTarget } from '../state/store';
import { elementRefKey } from '../state/elementRef';
import { framePadding } from '../ui/panelGeometry';
import { reducedMotion } from '../ui/motion';
import type { MapCamera } from '../mapModel';

/** The box a frame target covers (undefined: an element whose layouts are not loaded yet, or a region no longer there). */
export function targetBox(target: FrameTarget, data: RegionData, layouts: LayoutCollections | undefined): Bbox | undefined {
  if (target.kind === 'all') return data.bbox;
  if (target.kind === 'region') return data.regions.get(target.code)?.bbox;
  return layouts?.bboxes.get(elementRefKey(target.ref));
}

/**
 * Carries out the store's requests to move the camera (src/state/store.ts decides when a choice
 * frames what was chosen) on whichever map is drawn, leaving room for the side panel.
 */
export function useFraming(
  data: RegionData,
  layouts: LayoutCollections | undefined,
  camera: () => MapCamera | null,
  replayWhenReady: boolean,
) {
  const context = useRef({ data, layouts, camera });
  // A request that came before the map's code had loaded (a shared link's region): carried out once the map is there.
  const pending = useRef<FrameRequest | null>(null);
  // Kept current after each render (not during it), before any framing request can arrive.
  useLayoutEffect(() => {
    context.current = { data, layouts, camera };
  });
  useEffect(
    () =>
      useUi.subscribe((state, prev) => {
        if (!state.framing || state.framing === prev.framing) return;
        if (!context.current.camera()) pending.current = state.framing;
        else carryOut(state.framing, context.current);
      }),
    [],
  );
  useEffect(() => {
    if (!replayWhenReady || !pending.current) return;
    const request = pending.current;
    pending.current = null;
    carryOut(request, context.current);
  }, [replayWhenReady]);
}

interface FramingContext {
  data: RegionData;
  layouts: LayoutCollections | undefined;
  camera: () => MapCamera | null;
}

/**
 * The box to frame for a request: the target's, or every region for an element whose text names no
 * place (its panel opens over the map, which must make room for it rather than hide half of Jilin).
 */
export function frameBox(target: FrameTarget, data: RegionData, layouts: LayoutCollections | undefined): Bbox | undefined {
  const box = targetBox(target, data, layouts);
  if (box || target.kind !== 'element' || !layouts) return box;
  return data.bbox;
}

function carryOut(request: FrameRequest, { data, layouts, camera }: FramingContext) {
  const bbox = frameBox(request.target, data, layouts);
  if (bbox) void camera()?.frame(bbox, { animate: !reducedMotion(), ...framePadding({ panelOpen: request.panelOpen }) });
}

type FrameRequest = NonNullable<ReturnType<typeof useUi.getState>['framing']>;
