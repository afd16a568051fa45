/**
 * One collision pass for everything written or drawn on the map, pure: region names first (by the
 * model's label priority; the names of the displayed regions are never given up for a layout mark,
 * they only make room for each other), then layout symbols (always drawn, what shares a place is
 * spread beforehand), then layout element names, which keep clear of the region names, the symbols
 * and the belt lines; each name takes the first of its candidate positions that overlaps nothing
 * placed before it, or is left out. The SVG map runs all of it; the WebGL map takes its region names
 * (which show, and where: src/map/nameOffsets.ts) and asks maplibre's collision for the rest in the
 * same order (its layer order and text-variable-anchor). Region names move a little off a mark
 * where that leaves them clear (placeRegionNames). Also how a name is broken into lines:
 * never before closing punctuation, never after an opening bracket, a bracketed part kept whole where it fits.
 */

/** [left, top, right, bottom] in screen pixels. */
export type Box = readonly [number, number, number, number];

/** What the collision pass places, in this order. */
export const PLACEMENT_ORDER = ['region-name', 'symbol', 'element-name'] as const;

export interface PlacementItem {
  id: string;
  /** larger first, within its kind */
  priority: number;
  width: number;
  height: number;
  /** candidate centres in order of preference */
  candidates: readonly (readonly [number, number])[];
}

export interface PlacedItem {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** index of the candidate taken (0: the preferred place) */
  candidate: number;
}

export const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The box an item at a centre takes, `gap` around it. */
export const boxAt = (x: number, y: number, width: number, height: number, gap: number): Box => [
  x - width / 2 - gap,
  y - height / 2 - gap,
  x + width / 2 + gap,
  y + height / 2 + gap,
];

/**
 * Greedy placement: `obstacles` (symbols, line samples) are taken as placed; each group of items in
 * turn (earlier groups win), within a group higher priority first. Items with no free candidate, or
 * only candidates leaving the screen, are dropped.
 */
export function placeGreedy(
  groups: readonly (readonly PlacementItem[])[],
  screen: { width: number; height: number },
  options: { gap?: number; obstacles?: readonly Box[] } = {},
): PlacedItem[] {
  const gap = options.gap ?? 3;
  const taken: Box[] = [...(options.obstacles ?? [])];
  const placed: PlacedItem[] = [];
  for (const group of groups) {
    for (const item of [...group].sort((a, b) => b.priority - a.priority)) {
      for (const [i, [x, y]] of item.candidates.entries()) {
        const box = boxAt(x, y, item.width, item.height, gap);
        if (box[0] < 0 || box[1] < 0 || box[2] > screen.width || box[3] > screen.height) continue;
        if (taken.some((b) => overlaps(box, b))) continue;
        taken.push(box);
        placed.push({ id: item.id, x, y, width: item.width, height: item.height, candidate: i });
        break;
      }
    }
  }
  return placed;
}

/**
 * Region names in two passes. Which names show: larger first, each on its own point, left out where a
 * larger name (or the screen's edge) takes that point — moved aside it would read as a neighbour's
 * name — whatever the layout's marks. Then where: a shown name with a mark (symbol, line sample) or a
 * control over the map (`overlays`: breadcrumb, zoom buttons, panel) on its point takes the first of its
 * candidate places clear of them, of the other shown names and of every region's point. With no place
 * clear of the marks it stays on its point, drawn over them (a mark never takes a name away); with no
 * place clear of the controls it is left out. Moving never changes which names show.
 */
export function placeRegionNames(
  items: readonly PlacementItem[],
  screen: { width: number; height: number },
  options: { gap?: number; marks?: readonly Box[]; overlays?: readonly Box[] } = {},
): PlacedItem[] {
  const gap = options.gap ?? 3;
  const onScreen = (b: Box) => b[0] >= 0 && b[1] >= 0 && b[2] <= screen.width && b[3] <= screen.height;
  const clearOf = (list: readonly Box[]) => (b: Box) => !list.some((o) => overlaps(b, o));
  const clearOfOverlays = clearOf(options.overlays ?? []);
  const clearOfMarks = clearOf(options.marks ?? []);
  const byPriority = [...items].sort((a, b) => b.priority - a.priority);
  const shown: { item: PlacementItem; box: Box }[] = [];
  for (const item of byPriority) {
    const box = boxAt(...item.candidates[0], item.width, item.height, gap);
    if (onScreen(box) && !shown.some((s) => overlaps(box, s.box))) shown.push({ item, box });
  }
  const placed: PlacedItem[] = [];
  for (const entry of shown) {
    const { item, box: own } = entry;
    let i = clearOfOverlays(own) && clearOfMarks(own) ? 0 : -1;
    if (i < 0) {
      // Only the few names at a mark or a control look around, and only at what is near them.
      const around: Box = [own[0] - 2 * item.width, own[1] - 3 * item.height, own[2] + 2 * item.width, own[3] + 3 * item.height];
      const others = shown.filter((s) => s !== entry && overlaps(s.box, around)).map((s) => s.box);
      const points = items.filter((o) => o !== item).map((o) => o.candidates[0]);
      const coversAPoint = (b: Box) => points.some(([x, y]) => x > b[0] && x < b[2] && y > b[1] && y < b[3]);
      const boxes = item.candidates.map(([x, y]) => boxAt(x, y, item.width, item.height, gap));
      const free = (b: Box, k: number) => onScreen(b) && clearOfOverlays(b) && (k === 0 || (clearOf(others)(b) && !coversAPoint(b)));
      // Clear of the marks if it can be; else on the first free place, over them; never under a control.
      const clear = boxes.findIndex((b, k) => free(b, k) && clearOfMarks(b));
      i = clear >= 0 ? clear : boxes.findIndex(free);
      if (i > 0) entry.box = boxes[i];
    }
    if (i < 0) continue;
    const [x, y] = item.candidates[i];
    placed.push({ id: item.id, x, y, width: item.width, height: item.height, candidate: i });
  }
  return placed;
}

/**
 * Candidate centres of a region name: its point, then a line below and above, right and left of it,
 * then a line and a half below and above (clear of a symbol taller than the name), then right and
 * left half a line lower or higher (between two symbols beside the point).
 */
export function aroundPoint(x: number, y: number, width: number, height: number): [number, number][] {
  const dx = width / 2 + height;
  const dy = 0.6 * height;
  return [
    [x, y],
    [x, y + 1.1 * height],
    [x, y - 1.1 * height],
    [x + dx, y],
    [x - dx, y],
    [x, y + 1.6 * height],
    [x, y - 1.6 * height],
    [x + dx, y + dy],
    [x + dx, y - dy],
    [x - dx, y + dy],
    [x - dx, y - dy],
  ];
}

/** Candidate centres of a name beside a symbol of a size: right (the usual place), left, below, above. */
export function besideSymbol(x: number, y: number, width: number, height: number, symbolPx: number): [number, number][] {
  const side = symbolPx / 2 + 4;
  return [
    [x + side + width / 2, y],
    [x - side - width / 2, y],
    [x, y + side + height / 2],
    [x, y - side - height / 2],
  ];
}

/** Boxes along a polyline (screen points), `stepPx` apart and `widthPx` wide, so names keep off belt lines. */
export function lineBoxes(points: readonly (readonly [number, number])[], widthPx: number, stepPx = 8): Box[] {
  const boxes: Box[] = [];
  const half = widthPx / 2;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / stepPx));
    for (let s = 0; s <= steps; s++) {
      const x = x0 + ((x1 - x0) * s) / steps;
      const y = y0 + ((y1 - y0) * s) / steps;
      boxes.push([x - half, y - half, x + half, y + half]);
    }
  }
  return boxes;
}

/** Rough text width in ems: CJK characters and full-width punctuation about 1 em, Latin ones about 0.58 em. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : 0.58;
  return ems;
}

const OPENING = '（([【〔《「『“‘';
const CLOSING = '）)]】〕》」』”’，,。.、；;：:！!？?·…';
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF]/;

/**
 * Pieces a line may break between: a bracketed part (with what closes it), a Latin word (with its
 * trailing space), one CJK character; closing punctuation stays with what precedes it, opening
 * punctuation with what follows.
 */
export function breakTokens(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  const chars = [...text];
  while (i < chars.length) {
    const ch = chars[i];
    let token: string;
    if (OPENING.includes(ch)) {
      const close = chars.findIndex((c, j) => j > i && CLOSING.includes(c) && c !== '，' && c !== ',');
      const end = close < 0 ? chars.length - 1 : close;
      token = chars.slice(i, end + 1).join('');
      i = end + 1;
    } else if (CJK.test(ch) || ch === ' ') {
      token = ch;
      i++;
    } else {
      let j = i;
      while (j < chars.length && !CJK.test(chars[j]) && !OPENING.includes(chars[j]) && chars[j] !== ' ') j++;
      while (j < chars.length && chars[j] === ' ') j++;
      token = chars.slice(i, Math.max(j, i + 1)).join('');
      i = Math.max(j, i + 1);
    }
    // Closing punctuation never starts a piece: it joins the one before.
    while (i < chars.length && CLOSING.includes(chars[i])) token += chars[i++];
    tokens.push(token);
  }
  return tokens;
}

/** A bracketed piece wider than a line is broken inside, after its opening bracket's first character. */
function splitLong(token: string, maxEms: number): string[] {
  if (textEms(token) <= maxEms || token.length < 3) return [token];
  const inner = breakTokens(token.slice(1));
  return [token[0] + inner[0], ...inner.slice(1)];
}

/**
 * The lines of a name at most `maxEms` wide (a piece wider than that gets a line of its own, or is
 * broken inside a bracket); no line starts with closing punctuation or ends with an opening bracket.
 */
export function breakName(text: string, maxEms: number): string[] {
  const greedy = fillLines(text, maxEms);
  if (greedy.length < 2) return greedy;
  // Balanced: as many lines, each about as wide (no lone character left on the last line).
  const balanced = fillLines(text, Math.min(maxEms, Math.ceil(textEms(text) / greedy.length) + 0.5));
  return balanced.length === greedy.length ? balanced : greedy;
}

function fillLines(text: string, maxEms: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of breakTokens(text).flatMap((t) => splitLong(t, maxEms))) {
    if (line && textEms(line + token) > maxEms) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
