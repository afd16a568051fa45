/**
 * The filter's key as the map draws it in a look: each shade over the map's ground, in two
 * provinces' colours, with the same fill opacity and dashed outline as the regions (both renderers
 * draw regions from the same functions, so the key cannot drift from the map).
 */
import { MATCH_KEY, type KeySwatch } from '../filter/matchStyle';
import { PALETTES, type MapLook } from './look';
import { REGION_COLOURS, regionFillOpacity, regionPaint } from './regionStyle';

export function matchKeySwatches(look: MapLook): KeySwatch[] {
  const paint = regionPaint(look);
  return MATCH_KEY.map(({ state, label, dashed }) => ({
    state,
    label,
    ground: PALETTES[look.theme].background,
    colours: [REGION_COLOURS.jilin, REGION_COLOURS.hebei],
    opacity: regionFillOpacity({ displayed: true, match: state, hovered: false }, look),
    outline: dashed
      ? { colour: paint.interpretation.colour, width: paint.interpretation.width, dash: paint.interpretation.dash ?? [] }
      : null,
  }));
}
