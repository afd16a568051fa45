import { useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../ui/useT';
import { ChartExport } from './ChartExport';
import { useNearViewport } from './useNearViewport';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import './charts.css';

export interface TableColumn {
  header: string;
  numeric?: boolean;
}

interface Props {
  title: ReactNode;
  /** the chart itself (SVG) */
  chart: ReactNode;
  /** the same numbers as a table: the chart's text alternative */
  columns: TableColumn[];
  rows: { key: string; cells: ReactNode[] }[];
  /** shown under the chart (the table has its own source column) */
  footer?: ReactNode;
}

/** A titled chart with a "data table" toggle that swaps the chart for a real table. */
export function ChartFrame({ title, chart, columns, rows, footer }: Props) {
  const { t } = useT();
  const [table, setTable] = useState(false);
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  const near = useNearViewport(figure);
  return (
    <figure ref={figure} className="chart-frame" aria-labelledby={titleId}>
      <div className="chart-frame-head">
        <h5 id={titleId}>{title}</h5>
        {!table && near && <ChartExport figure={figure} titleId={titleId} />}
        <button type="button" className="table-toggle" data-export="omit" aria-pressed={table} onClick={() => setTable((v) => !v)}>
          {table ? t('plans.showChart') : t('plans.showTable')}
        </button>
      </div>
      {table ? (
        <table className="data-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                {r.cells.map((cell, i) => (
                  <td key={i} className={columns[i]?.numeric ? 'num' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className={near ? 'chart-body' : 'chart-body chart-pending'}>
          {/* A chart that fails says so here; the table toggle, the panel and the map go on working. */}
          {near && (
            <ErrorBoundary>
              <div aria-hidden="true">{chart}</div>
            </ErrorBoundary>
          )}
        </div>
      )}
      {!table && footer}
    </figure>
  );
}
