/**
 * Where the SVG map frames a box: a margin all round (more below, where the zoom buttons are), and
 * the room the caller keeps for the panel and figure cards.
 */
import type { Padding } from './projection';

const PAD = 40;
/** Height of the "no WebGL2" notice over the first view, which would otherwise cover the northernmost regions. */
const NOTICE_ROOM_REM = 7.5;

export const framePadding = (right = 0, bottom = 0): Padding => ({
  top: PAD + 12,
  right: PAD + right,
  bottom: PAD + 30 + bottom,
  left: PAD,
});

/** The first view's padding: as any framing, with the notice's height kept free at the top. */
export function firstViewPadding(): Padding {
  const rootFontPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return { ...framePadding(), top: NOTICE_ROOM_REM * rootFontPx };
}
