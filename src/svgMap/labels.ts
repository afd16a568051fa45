/**
 * Which region names fit on the SVG map, pure: greedy placement by priority (new areas,
 * then larger regions first, as on the WebGL map), skipping any name whose box would overlap
 * one already placed or leave the screen.
 */
export interface LabelCandidate {
  code: string;
  text: string;
  /** screen position of the label point (the text is centred on it) */
  x: number;
  y: number;
  /** larger first */
  priority: number;
}

export interface PlacedLabel extends LabelCandidate {
  width: number;
}

/** Rough text width: CJK characters are about 1 em, Latin ones about 0.58 em. */
export function textWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.58;
  return ems * fontPx;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  fontPx: number,
  screen: { width: number; height: number },
  gap = 3,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: [number, number, number, number][] = [];
  const height = fontPx * 1.2;
  for (const c of [...candidates].sort((a, b) => b.priority - a.priority)) {
    const width = textWidth(c.text, fontPx);
    const box: [number, number, number, number] = [
      c.x - width / 2 - gap,
      c.y - height / 2 - gap,
      c.x + width / 2 + gap,
      c.y + height / 2 + gap,
    ];
    if (box[0] < 0 || box[1] < 0 || box[2] > screen.width || box[3] > screen.height) continue;
    if (boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
    boxes.push(box);
    placed.push({ ...c, width });
  }
  return placed;
}
