/**
 * Pictures of the dashboard: the current view (map, legend, panel) as one PNG with a caption
 * burned in, and a single chart as PNG or SVG. The map's WebGL pixels come from the map
 * controller's snapshot; the HTML around it is rasterised by modern-screenshot with font
 * embedding off (the app has no web fonts, and nothing may be fetched).
 */
import { domToCanvas } from 'modern-screenshot';

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

/** Elements left out of exported pictures: controls, transient notices and hover labels. */
const LEFT_OUT = [
  'notices',
  'hover-label',
  'maplibregl-canvas',
  // zoom buttons and the scale bar (which does not survive cloning in place)
  'maplibregl-control-container',
  'icon-button',
  'table-toggle',
  'chart-export',
  'print-caption',
  // the panels' "read it in the document" buttons (src/sources)
  'source-open',
];

export function keepInPicture(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  if (LEFT_OUT.some((c) => node.classList.contains(c))) return false;
  // Of the header, only the titles: its buttons are controls.
  if (node.parentElement?.classList.contains('app-header') && !node.classList.contains('titles')) return false;
  // The sidebar shows the legend and, when one is set, the filter's chosen kinds; not the
  // filter's other choices, its hint or the region list.
  if (node.tagName === 'DETAILS') {
    if (node.querySelector('.region-list')) return false;
    if (node.querySelector('.industry-filter') && !node.querySelector('.industry-filter input:checked')) return false;
  }
  if (node.matches('.industry-filter > p, .filter-summary button')) return false;
  if (node.matches('.industry-filter li') && !node.querySelector('input:checked')) return false;
  return true;
}

const rasterOptions = (scale: number) => ({
  scale,
  font: false as const,
  filter: keepInPicture,
  timeout: 10_000,
  // Never fetch: a missing image stays empty rather than asking the network.
  fetchFn: async () => false as const,
});

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
    const live = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
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

const FONT = "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/** A white box at the bottom left of the map: title, dates, sources and the boundaries note. */
function drawCaption(ctx: CanvasRenderingContext2D, caption: Caption, scale: number, area: { left: number; bottom: number; width: number }) {
  const pad = 10;
  const boxWidth = Math.min(520, area.width - 2 * 12);
  if (boxWidth < 160) return;
  const textWidth = boxWidth - 2 * pad;
  ctx.save();
  ctx.scale(scale, scale);
  type Line = { text: string; font: string; color: string; size: number };
  const lines: Line[] = [];
  const add = (text: string, size: number, weight: number, color: string) => {
    const font = `${weight} ${size}px ${FONT}`;
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

/** White space around an exported chart: axis labels may reach past the chart's box. */
export const CHART_PAD = 16;

/** One chart frame (title, chart, legend, footer) as a picture, its buttons left out. */
export function chartToCanvas(figure: HTMLElement, scale = 2): Promise<HTMLCanvasElement> {
  const box = figure.getBoundingClientRect();
  return domToCanvas(figure, {
    ...rasterOptions(scale),
    backgroundColor: '#ffffff',
    width: box.width + 2 * CHART_PAD,
    height: box.height + 2 * CHART_PAD,
    // The figure's own margins would shift it out of the picture; padding frames it instead.
    onCloneNode: (clone) => {
      if (!(clone instanceof HTMLElement)) return;
      clone.style.margin = '0';
      clone.style.padding = `${CHART_PAD}px`;
      clone.style.boxSizing = 'content-box';
      clone.style.width = `${box.width}px`;
      clone.style.height = `${box.height}px`;
    },
  });
}

/** SVG properties worth carrying over from CSS when a chart leaves the page. */
const SVG_STYLE = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
];

/**
 * A chart's SVG as a standalone file: styles from CSS written onto each element, the title and
 * the figure lines under the chart added as SVG text (never markup from data), white background.
 */
export function chartToSvg(svg: SVGSVGElement, title: string, footer: readonly string[]): string {
  const ns = 'http://www.w3.org/2000/svg';
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const copy = copies[i] as SVGElement;
    if (!(el instanceof SVGElement) || !copy) return;
    const style = getComputedStyle(el);
    const inline = SVG_STYLE.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
    // Through CSSOM, not setAttribute: the page's CSP (style-src 'self') refuses inline style attributes.
    copy.style.cssText = inline;
    copy.removeAttribute('class');
  });
  const box = svg.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const chartHeight = Math.ceil(box.height);
  const head = 28;
  const lineHeight = 14;
  const foot = footer.length ? footer.length * lineHeight + 10 : 6;
  const out = document.createElementNS(ns, 'svg');
  out.setAttribute('xmlns', ns);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(head + chartHeight + foot));
  out.setAttribute('viewBox', `0 0 ${width} ${head + chartHeight + foot}`);
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  out.appendChild(bg);
  const text = (content: string, y: number, size: number, weight: number) => {
    const el = document.createElementNS(ns, 'text');
    el.setAttribute('x', '4');
    el.setAttribute('y', String(y));
    el.setAttribute('font-family', FONT);
    el.setAttribute('font-size', String(size));
    el.setAttribute('font-weight', String(weight));
    el.setAttribute('fill', '#1b1b1b');
    el.textContent = content;
    out.appendChild(el);
  };
  text(title, 18, 14, 700);
  const g = document.createElementNS(ns, 'g');
  g.setAttribute('transform', `translate(0 ${head})`);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(chartHeight));
  g.appendChild(clone);
  out.appendChild(g);
  footer.forEach((line, i) => text(line, head + chartHeight + 16 + i * lineHeight, 11, 400));
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(out);
}

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))), 'image/png'),
  );
}
