import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import { chartMotion } from './motion';
import { wrapParts, wrapText } from './wrapText';

export interface HBarRow {
  key: string;
  label: string;
  /** formatted value shown under the label, e.g. "> 73 billion yuan · by 2026" */
  valueText: string;
  /** bar length in the axis unit */
  value: number;
  color?: string;
}

interface Props {
  rows: HBarRow[];
  /** axis unit, e.g. 亿元 / billion yuan */
  unit: string;
  /** chars per label line */
  wrap: number;
  width?: number;
  dashed?: boolean;
  /** counts: whole-number ticks only */
  integer?: boolean;
}

const LINE = 17;
const LABEL_WIDTH = 175;
/** The label column less the tick gap, in ems of the 14px bold value text. */
const VALUE_MAX_EM = (LABEL_WIDTH - 6) / 14;

/** Horizontal bars with multi-line category labels (label + value) at 14px. */
export function HBarChart({ rows, unit, wrap, width = 340, dashed = false, integer = false }: Props) {
  // Labels wrap whole, never cut with "…" (issue 17): a long label makes its row taller.
  const lines = new Map(rows.map((r) => [r.key, wrapText(r.label, wrap, Infinity)]));
  // "value · year" in bold splits at the dot when it is wider than the label column.
  const valueLines = new Map(rows.map((r) => [r.key, wrapParts(r.valueText.split(' · '), VALUE_MAX_EM)]));
  const lineCount = (key: string) => lines.get(key)!.length + valueLines.get(key)!.length;
  const rowHeight = Math.max(...rows.map((r) => lineCount(r.key) * LINE + 10), 40);
  const height = rowHeight * rows.length + 48;
  return (
    <BarChart
      accessibilityLayer={false}
      layout="vertical"
      width={width}
      height={height}
      data={rows}
      margin={{ top: 4, right: 16, bottom: 20, left: 4 }}
    >
      <CartesianGrid horizontal={false} stroke="#e4e1da" />
      <XAxis
        type="number"
        allowDecimals={!integer}
        tickFormatter={(v: number) => v.toLocaleString('en')}
        tick={{ fontSize: 14, fill: '#1b1b1b' }}
        label={{ value: unit, position: 'insideBottom', offset: -14, fontSize: 14, fill: '#1b1b1b' }}
      />
      <YAxis
        type="category"
        dataKey="key"
        width={LABEL_WIDTH}
        interval={0}
        tick={(props: { x: number | string; y: number | string; payload: { value: string } }) => {
          const ls = lines.get(props.payload.value) ?? [];
          const vs = valueLines.get(props.payload.value) ?? [];
          const x = Number(props.x);
          const y = Number(props.y) - ((ls.length + vs.length) * LINE) / 2 + LINE * 0.8;
          return (
            <text x={x - 6} y={y} textAnchor="end" fontSize={14} fill="#1b1b1b">
              {ls.map((l, i) => (
                <tspan key={i} x={x - 6} dy={i === 0 ? 0 : LINE}>
                  {l}
                </tspan>
              ))}
              {vs.map((v, i) => (
                <tspan key={`v${i}`} x={x - 6} dy={LINE} fontWeight="bold">
                  {v}
                </tspan>
              ))}
            </text>
          );
        }}
      />
      <Bar dataKey="value" barSize={Math.min(22, rowHeight - 14)} strokeDasharray={dashed ? '4 3' : undefined} {...chartMotion}>
        {rows.map((r) => (
          <Cell key={r.key} fill={r.color ?? '#0b5cad'} />
        ))}
      </Bar>
    </BarChart>
  );
}
