/** PNG and SVG buttons for one chart frame (shown with the chart, not with its data table). */
import { useId, useState, type RefObject } from 'react';
import { useT } from '../ui/useT';
import { downloadBlob, downloadText, fileName } from '../ui/download';
import { canvasToBlob } from '../ui/picture';
import { SOURCE_NOTE } from '../sources/SourceNote';
import './charts.css';

/** The text of the figure list under a chart, source buttons left out: the SVG's footer lines. */
function footerLines(figure: HTMLElement): string[] {
  return [...figure.querySelectorAll('li')]
    .filter((li) => !li.closest('.chart-body'))
    .map((li) => {
      const copy = li.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(SOURCE_NOTE).forEach((n) => n.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    })
    .filter(Boolean);
}

export function ChartExport({ figure, titleId }: { figure: RefObject<HTMLElement | null>; titleId: string }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const pngId = useId();
  const svgId = useId();
  const title = () => figure.current?.querySelector('h5')?.textContent?.trim() || 'chart';

  const save = async (kind: 'png' | 'svg') => {
    const el = figure.current;
    if (!el || busy) return;
    setBusy(true);
    try {
      const { chartToCanvas, chartToSvg } = await import('./chartPicture');
      if (kind === 'png') {
        downloadBlob(await canvasToBlob(await chartToCanvas(el)), fileName('plan-chart', title(), 'png'));
      } else {
        const svg =
          el.querySelector<SVGSVGElement>('.chart-body svg.recharts-surface') ?? el.querySelector<SVGSVGElement>('.chart-body svg');
        if (svg) downloadText(chartToSvg(svg, title(), footerLines(el)), 'image/svg+xml', fileName('plan-chart', title(), 'svg'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="chart-export" data-export="omit">
      <button
        type="button"
        className="chart-export-button"
        disabled={busy}
        aria-labelledby={`${pngId} ${titleId}`}
        onClick={() => void save('png')}
      >
        <span id={pngId} className="visually-hidden">
          {t('export.chartPngLabel')}
        </span>
        <span aria-hidden="true">{t('export.chartPng')}</span>
      </button>
      <button
        type="button"
        className="chart-export-button"
        disabled={busy}
        aria-labelledby={`${svgId} ${titleId}`}
        onClick={() => void save('svg')}
      >
        <span id={svgId} className="visually-hidden">
          {t('export.chartSvgLabel')}
        </span>
        <span aria-hidden="true">{t('export.chartSvg')}</span>
      </button>
    </span>
  );
}
