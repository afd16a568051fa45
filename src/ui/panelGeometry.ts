/**
 * How much of the map stage the side panel (and, presenting, the figure cards) cover. The numbers
 * live here only: the style sheets read them as custom properties (`--panel-width`,
 * `--present-panel-width`), and the camera leaves the same room when it frames a region, before
 * the panel it makes room for has even been drawn.
 */

/** A length of at most `maxRem`, and at most `share` of the stage. */
interface Extent {
  maxRem: number;
  share: number;
}

const PANEL: Extent = { maxRem: 25, share: 0.45 };
/** In presentation mode, for the room's larger type. */
const PRESENT_PANEL: Extent = { maxRem: 26, share: 0.42 };
/** The figure cards' band along the stage's bottom (presentation mode). */
const FIGURE_BAND: Extent = { maxRem: 6.5, share: 0.3 };
/** The panel's gap to the stage's edge, in rem. */
const PANEL_MARGIN_REM = 1;

const css = (e: Extent) => `min(${e.maxRem}rem, ${e.share * 100}%)`;

/** Hands the widths to the style sheets (app.css, present.css); once, before the first paint. */
export function writePanelGeometry(root: HTMLElement = document.documentElement) {
  root.style.setProperty('--panel-width', css(PANEL));
  root.style.setProperty('--present-panel-width', css(PRESENT_PANEL));
}

function stageSize() {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const stage = document.querySelector('.stage');
  return { rem, width: stage?.clientWidth ?? window.innerWidth, height: stage?.clientHeight ?? window.innerHeight };
}

const px = (e: Extent, rem: number, of: number) => Math.min(e.maxRem * rem, e.share * of);

/** Room to leave on the stage's right (for the panel) and bottom (for figure cards) when framing. */
export function framePadding({
  panelOpen,
  presenting = false,
  figures = false,
}: {
  panelOpen: boolean;
  presenting?: boolean;
  figures?: boolean;
}) {
  const { rem, width, height } = stageSize();
  return {
    rightPadding: panelOpen ? px(presenting ? PRESENT_PANEL : PANEL, rem, width) + PANEL_MARGIN_REM * rem : 0,
    bottomPadding: figures ? px(FIGURE_BAND, rem, height) : 0,
  };
}
