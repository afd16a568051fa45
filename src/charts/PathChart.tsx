import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { Bilingual } from '../data/planSchema';
import { useT } from '../ui/useT';
import type { DerivedPath } from './shapeTargets';
import { SourceNote } from '../sources/SourceNote';
import { formatValue } from '../ui/formatValue';
import { ChartFrame } from './ChartFrame';
import { chartMotion } from './motion';

interface Props {
  path: DerivedPath;
  planTitle: Bilingual;
}

/** The yearly path of a share target derived from its stated rate (dashed: derived). */
export function PathChart({ path, planTitle }: Props) {
  const { lang, t } = useT();
  const label = path.target.label[lang];
  const values = path.points.map((p) => p.value);
  const lo = Math.floor(Math.min(...values) - 1);
  const hi = Math.ceil(Math.max(...values) + 1);
  const status = (stated: boolean) => (stated ? t('plans.status.stated') : t('plans.status.derived'));
  return (
    <ChartFrame
      title={t('plans.derivedPath', { label })}
      chart={
        <LineChart
          accessibilityLayer={false}
          width={340}
          height={200}
          data={path.points}
          margin={{ top: 10, right: 20, bottom: 20, left: 4 }}
        >
          <CartesianGrid stroke="#e4e1da" />
          <XAxis dataKey="year" tick={{ fontSize: 14, fill: '#1b1b1b' }} />
          <YAxis domain={[lo, hi]} unit="%" width={52} tick={{ fontSize: 14, fill: '#1b1b1b' }} />
          <Line type="linear" dataKey="value" stroke="#0b5cad" strokeWidth={2} strokeDasharray="5 4" {...chartMotion} />
        </LineChart>
      }
      columns={[{ header: t('plans.col.year') }, { header: t('plans.col.value'), numeric: true }, { header: t('plans.source.status') }]}
      rows={path.points.map((p) => ({
        key: String(p.year),
        cells: [String(p.year), formatValue(p.value, 'percent', lang), status(p.stated)],
      }))}
      footer={
        <p className="derived-note">
          {t('plans.derivedNote', { year: String(path.target.year) })}{' '}
          <SourceNote source={path.source} planTitle={planTitle} label={t('plans.derivedPath', { label })} />
        </p>
      }
    />
  );
}
