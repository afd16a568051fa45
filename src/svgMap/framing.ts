/**
 * Where the SVG map frames a box: the map model's margins (as on the WebGL map, larger in a meeting
 * room), and the room the caller keeps for the panel and figure cards.
 */
import { DESK_LOOK, framePadding as modelPadding, homePadding, type MapLook } from '../mapModel';
import type { Padding } from './projection';
import { rootFontPx } from '../ui/rootFontPx';

/** Height of the renderer notice over the first view, which would otherwise cover the northernmost regions. */
const NOTICE_ROOM_REM = 7.5;

export const framePadding = (look: MapLook = DESK_LOOK, right = 0, bottom = 0, left = 0): Padding =>
  modelPadding(look, { rightPadding: right, bottomPadding: bottom, leftPadding: left });

/** The first view's padding: the whole pack's, in the screen's look, with the notice's height kept free at the top. */
export function firstViewPadding(look: MapLook): Padding {
  return homePadding(look, NOTICE_ROOM_REM * rootFontPx());
}
