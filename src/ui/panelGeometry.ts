/**
 * How much of the map stage the side panel (and, presenting, the figure cards) cover. The numbers
 * live here only: the style sheets read them as custom properties (`--panel-width`,
 * `--present-panel-width`), and the camera leaves the same room when it frames a region, before
 * the panel it makes room for has even been drawn.
 */
import { rootFontPx } from './rootFontPx';

/** A length of at most `maxRem`, and at most `share` of the stage. */
interface Extent {
  maxRem: number;
  share: number;
}

const PANEL: Extent = { maxRem: 25, share: 0.45 };
/** In presentation mode, for the room's larger type. */
const PRESENT_PANEL: Extent = { maxRem: 26, share: 0.42 };
/** In presentation mode on a wide wall (32:9; present.css, `min-aspect-ratio: 12/5`), which has width to spare. */
const WALL_PANEL: Extent = { maxRem: 34, share: 0.3 };
const WALL_ASPECT = 12 / 5;
/** The figure cards' band along the stage's bottom (presentation mode), until the cards are there to be measured. */
const FIGURE_BAND: Extent = { maxRem: 6.5, share: 0.3 };
/** Gap (rem) kept between the figure cards and the framed regions. */
const FIGURE_GAP_REM = 0.4;
/** The panel's gap to the stage's edge, in rem. */
const PANEL_MARGIN_REM = 1;

const css = (e: Extent) => `min(${e.maxRem}rem, ${e.share * 100}%)`;

/** Hands the widths to the style sheets (app.css, present.css); once, before the first paint. */
export function writePanelGeometry(root: HTMLElement = document.documentElement) {
  root.style.setProperty('--panel-width', css(PANEL));
  root.style.setProperty('--present-panel-width', css(PRESENT_PANEL));
  root.style.setProperty('--present-wall-panel-width', css(WALL_PANEL));
}

function stageSize() {
  const rem = rootFontPx();
  const stage = document.querySelector('.stage');
  return { rem, stage, width: stage?.clientWidth ?? window.innerWidth, height: stage?.clientHeight ?? window.innerHeight };
}

/**
 * The room the figure cards take as drawn (present.css): a band along the stage's bottom, or on a wide wall
 * (32:9) a column down its left. Null before the cards are drawn.
 */
function figureRoom(stage: Element | null, rem: number): { bottom: number } | { left: number } | null {
  const cards = document.querySelector('.figure-cards');
  if (!stage || !cards) return null;
  const s = stage.getBoundingClientRect();
  const c = cards.getBoundingClientRect();
  if (!c.width || !c.height) return null;
  const gap = FIGURE_GAP_REM * rem;
  return getComputedStyle(cards).flexDirection === 'column' ? { left: c.right - s.left + gap } : { bottom: s.bottom - c.top + gap };
}

const px = (e: Extent, rem: number, of: number) => Math.min(e.maxRem * rem, e.share * of);

/** The panel's extent as present.css draws it: the media query reads the viewport's aspect ratio. */
const panelExtent = (presenting: boolean) =>
  !presenting ? PANEL : window.innerWidth / window.innerHeight >= WALL_ASPECT ? WALL_PANEL : PRESENT_PANEL;

/** Room to leave on the stage's right (for the panel) and bottom or left (for figure cards) when framing. */
export function framePadding({
  panelOpen,
  presenting = false,
  figures = false,
}: {
  panelOpen: boolean;
  presenting?: boolean;
  figures?: boolean;
}) {
  const { rem, stage, width, height } = stageSize();
  const cards = figures ? figureRoom(stage, rem) : null;
  return {
    rightPadding: panelOpen ? px(panelExtent(presenting), rem, width) + PANEL_MARGIN_REM * rem : 0,
    bottomPadding: cards ? ('bottom' in cards ? cards.bottom : 0) : figures ? px(FIGURE_BAND, rem, height) : 0,
    leftPadding: cards && 'left' in cards ? cards.left : 0,
  };
}
