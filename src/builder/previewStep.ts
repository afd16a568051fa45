/**
 * A step shown on the dashboard without presenting it: its view set in the UI state and the
 * camera moved by the renderer-neutral MapCamera (either map), with the same step → view rules
 * as the presentation (src/present/stepView.ts).
 */
import type { BriefingStep } from '../briefings/briefingSchema';
import { unionBbox, type Bbox, type RegionData } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import type { MapCamera } from '../mapModel';
import { naturalScope } from '../state/drill';
import { elementRefKey } from '../state/elementRef';
import { useUi } from '../state/store';
import { framePadding } from '../ui/panelGeometry';
import { stepCamera, stepView } from '../present/stepView';

export interface PreviewContext {
  data: RegionData;
  planIds: readonly string[];
  layouts: LayoutCollections | undefined;
  camera: () => MapCamera | null;
}

export function previewStep(step: BriefingStep, { data, planIds, layouts, camera }: PreviewContext) {
  const view = stepView(step, planIds, (code) => naturalScope(data, code));
  useUi.setState(view);
  const map = camera();
  if (!map) return;
  const target = stepCamera(step);
  if (target.kind === 'center') return void map.goTo(target.center, target.zoom, { animate: false });
  let bbox: Bbox = data.bbox;
  if (target.kind === 'element') bbox = layouts?.bboxes.get(elementRefKey(target.ref)) ?? data.bbox;
  if (target.kind === 'regions') {
    const boxes = target.codes.map((c) => data.regions.get(c)?.bbox).filter((b): b is Bbox => !!b);
    if (boxes.length) bbox = unionBbox(boxes);
  }
  const panelOpen = !!(view.selected || view.selectedElement);
  void map.frame(bbox, { animate: false, ...framePadding({ panelOpen }) });
}
