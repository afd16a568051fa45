/**
 * A picture of the dashboard: the current view (map, legend, panel) as one PNG with a caption
 * burned in (a single chart's picture is src/charts/chartPicture.ts). The map's WebGL pixels
 * come from the map controller's snapshot, laid over the canvas the map marks
 * `data-export="map-canvas"`; the HTML around it is rasterised by modern-screenshot with font
 * embedding off (the app has no web fonts, and nothing may be fetched).
 */
import { domToCanvas } from 'modern-screenshot';
import { MAP_CANVAS, PICTURE_FONT, rasterOptions } from '../ui/picture';

/** What gets burned into an exported picture: every line is plain text, drawn with fillText. */
export interface Caption {
  title: string;
  /** data date and export date */
  dateLine: string;
  /** plan documents and boundary attribution */
  sources: string[];
  /** "illustrative, not an official map" */
  note: string;
}

/** A 2D canvas as an <img>, which the rasteriser copies as it is. */
async function canvasAsImage(canvas: HTMLCanvasElement, className: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.className = className;
  img.alt = '';
  img.src = canvas.toDataURL('image/png');
  await img.decode();
  return img;
}

/**
 * The whole dashboard as it is on screen (the `.app` element, i.e. the window), at `scale`
 * times its CSS pixel size, with the map's current pixels and a caption box over the map.
 */
export async function captureView(mapSnapshot: HTMLCanvasElement | null, scale: number, caption: Caption): Promise<HTMLCanvasElement> {
  const root = document.querySelector<HTMLElement>('.app');
  if (!root) throw new Error('no .app element');
  let uncover = () => {};
  if (mapSnapshot) {
    const live = document.querySelector<HTMLCanvasElement>(MAP_CANVAS);
    const img = await canvasAsImage(mapSnapshot, 'export-map-snapshot');
    if (live?.parentElement) {
      img.style.cssText = `position:absolute;left:0;top:0;width:${live.clientWidth}px;height:${live.clientHeight}px`;
      live.parentElement.appendChild(img);
      uncover = () => img.remove();
    }
  }
  try {
    const width = root.clientWidth;
    const height = root.clientHeight;
    const raster = await domToCanvas(root, { ...rasterOptions(scale), width, height, backgroundColor: '#eef1f3' });
    const out = document.createElement('canvas');
    out.width = Math.round(width * scale);
    out.height = Math.round(height * scale);
    const ctx = out.getContext('2d')!;
    ctx.drawImage(raster, 0, 0, out.width, out.height);
    const stage = document.querySelector('.stage')?.getBoundingClientRect();
    const panel = document.querySelector('.stage .panel')?.getBoundingClientRect();
    const rootBox = root.getBoundingClientRect();
    if (stage) {
      const left = stage.left - rootBox.left;
      const right = (panel ? panel.left : stage.right) - rootBox.left;
      drawCaption(ctx, caption, scale, { left, bottom: stage.bottom - rootBox.top, width: right - left });
    }
    return out;
  } finally {
    uncover();
  }
}

/** Splits text into lines that fit `max` pixels, at spaces for Latin text and anywhere for CJK. */
export function wrapLines(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, max: number): string[] {
  const tokens = text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line && ctx.measureText(next.trimEnd()).width > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A white box at the bottom left of the map: title, dates, sources and the boundaries note. */
function drawCaption(
  ctx: CanvasRenderingContext2D,
  caption: Caption,
  scale: number,
  area: { left: number; bottom: number; width: number },
) {
  const pad = 10;
  const boxWidth = Math.min(520, area.width - 2 * 12);
  if (boxWidth < 160) return;
  const textWidth = boxWidth - 2 * pad;
  ctx.save();
  ctx.scale(scale, scale);
  type Line = { text: string; font: string; color: string; size: number };
  const lines: Line[] = [];
  const add = (text: string, size: number, weight: number, color: string) => {
    const font = `${weight} ${size}px ${PICTURE_FONT}`;
    ctx.font = font;
    for (const l of wrapLines(ctx, text, textWidth)) lines.push({ text: l, font, color, size });
  };
  add(caption.title, 15, 700, '#17324d');
  add(caption.dateLine, 12, 400, '#1b1b1b');
  for (const s of caption.sources) add(s, 11, 400, '#3a3a3a');
  add(caption.note, 12, 700, '#8a1c1c');
  const lineHeight = (l: Line) => Math.round(l.size * 1.35);
  const boxHeight = lines.reduce((h, l) => h + lineHeight(l), 0) + 2 * pad;
  const x = area.left + 12;
  const y = area.bottom - 12 - boxHeight;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.93)';
  ctx.strokeStyle = '#d4d0c8';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.rect(x, y, boxWidth, boxHeight);
  ctx.fill();
  ctx.stroke();
  ctx.textBaseline = 'top';
  let ty = y + pad;
  for (const l of lines) {
    ctx.font = l.font;
    ctx.fillStyle = l.color;
    ctx.fillText(l.text, x + pad, ty);
    ty += lineHeight(l);
  }
  ctx.restore();
}
