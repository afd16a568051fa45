/** Region names in screen space, placed where they fit; they are hit targets too (drawn above the layouts). */
import { useMemo } from 'react';
import type { RegionData } from '../data/regions';
import type { Lang } from '../i18n/strings';
import type { RegionGeometry } from './paths';
import { toScreen, type View } from './projection';
import { placeLabels } from './labels';
import type { Size } from './useViewport';

const LABEL_PX = 14;

interface Props {
  data: RegionData;
  geometry: RegionGeometry;
  displayed: string[];
  view: View;
  size: Size;
  lang: Lang;
}

export function LabelLayer({ data, geometry, displayed, view, size, lang }: Props) {
  const labels = useMemo(() => {
    const candidates = displayed.flatMap((code) => {
      const r = data.regions.get(code);
      if (!r) return [];
      const [x, y] = toScreen(view, geometry.projection.project(r.label));
      return [{ code, text: r.name[lang], x, y, priority: r.level === 'newarea' ? Infinity : r.areaKm2 }];
    });
    return placeLabels(candidates, LABEL_PX, size);
  }, [displayed, data, view, geometry, lang, size]);
  return (
    <g className="svg-map-labels">
      {labels.map((l) => (
        <text key={l.code} x={l.x.toFixed(1)} y={l.y.toFixed(1)} data-code={l.code}>
          {l.text}
        </text>
      ))}
    </g>
  );
}
