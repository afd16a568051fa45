/** The page's root type size (px): rem units, and the room scale of a big screen, follow it. */
export const rootFontPx = (): number => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
