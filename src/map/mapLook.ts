/**
 * The map's look (theme and room scale, from the map model) as paint and layout updates of
 * layers already on the map. Typed values only; the layer modules apply them.
 */
import { regionPaint, labelStyle, type MapLook, type Stroke } from '../mapModel';
import { INTERPRETATION_OUTLINE_LAYERS, LABEL_LAYER_ID, SELECTION_LAYER_ID, labelSize } from './layerStyle';

export { DESK_LOOK, PALETTES, fillStrength, type MapLook, type MapTheme } from '../mapModel';

export interface LayerUpdate {
  id: string;
  paint: Record<string, unknown>;
  layout: Record<string, unknown>;
}

const line = (id: string, stroke: Stroke): LayerUpdate => ({
  id,
  paint: { 'line-color': stroke.colour, 'line-width': stroke.width },
  layout: {},
});

/** Paint of the base and region layers for a look (fill opacity stays with the drill scope). */
export function regionLookUpdates(look: MapLook): LayerUpdate[] {
  const p = regionPaint(look);
  return [
    { id: 'background', paint: { 'background-color': p.background }, layout: {} },
    { id: 'context-fill', paint: { 'fill-color': p.contextFill }, layout: {} },
    line('context-line', p.context),
    line('counties-line', p.counties),
    line('prefectures-line', p.prefectures),
    line('provinces-line', p.provinces),
    line(SELECTION_LAYER_ID, p.selection),
    ...INTERPRETATION_OUTLINE_LAYERS.map((id) => line(id, p.interpretation)),
  ];
}

export function labelLookUpdate(look: MapLook): LayerUpdate {
  const style = labelStyle(look);
  return {
    id: LABEL_LAYER_ID,
    paint: { 'text-color': style.colour, 'text-halo-color': style.halo, 'text-halo-width': style.haloWidth },
    layout: { 'text-size': labelSize(look) },
  };
}
