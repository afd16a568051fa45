/**
 * A chart frame as a picture: PNG of the whole frame (title, chart, legend, figure lines) or the
 * chart's SVG as a standalone file. Loaded when a chart's PNG or SVG button is pressed.
 */
import { domToCanvas } from 'modern-screenshot';
import { PICTURE_FONT, rasterOptions } from '../ui/picture';

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
    el.setAttribute('font-family', PICTURE_FONT);
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
