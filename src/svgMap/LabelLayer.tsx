/**
 * Region names in screen space, placed where they fit, by the model's priority and at its size for
 * the zoom; they are hit targets too (drawn above the layouts).
 */
import { memo, useMemo } from 'react';
import type { RegionData } from '../data/regions';
import type { Lang } from '../i18n/strings';
import { labelPriority, labelSize, labelStyle, labelText, type MapLook } from '../mapModel';
import type { RegionGeometry } from './paths';
import { toScreen, zoomOfScale, type View } from './projection';
import { placeLabels } from './labels';
import type { Size } from './useViewport';

interface Props {
  data: RegionData;
  geometry: RegionGeometry;
  displayed: string[];
  view: View;
  size: Size;
  lang: Lang;
  look: MapLook;
}

/** Memoised: it re-renders when the view, scope, language or look change, not on hover or selection. */
export const LabelLayer = memo(function LabelLayer({ data, geometry, displayed, view, size, lang, look }: Props) {
  const fontPx = labelSize(zoomOfScale(geometry.projection, view.k), look);
  const labels = useMemo(() => {
    const candidates = displayed.flatMap((code) => {
      const r = data.regions.get(code);
      if (!r) return [];
      const [x, y] = toScreen(view, geometry.projection.project(r.label));
      return [{ code, text: labelText(r.name, lang), x, y, priority: labelPriority(r) }];
    });
    return placeLabels(candidates, fontPx, size, labelStyle(look).paddingPx);
  }, [displayed, data, view, geometry, lang, size, fontPx, look]);
  return (
    <g className="svg-map-labels" fontSize={`${fontPx.toFixed(2)}px`}>
      {labels.map((l) => (
        <text key={l.code} x={l.x.toFixed(1)} y={l.y.toFixed(1)} data-code={l.code}>
          {l.text}
        </text>
      ))}
    </g>
  );
});
