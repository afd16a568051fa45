import { memo, useId } from 'react';
import { useT } from '../ui/useT';
import type { KeySwatch } from './matchStyle';

/**
 * The key of the filter's shades, over the map while a filter is on (both map renderers, on the
 * desk and in presentation): a titled list a screen reader reads as one group, each shade drawn as
 * the map draws it in the current theme (`swatches`, from the map model).
 */
export const FilterKey = memo(function FilterKey({ swatches }: { swatches: readonly KeySwatch[] }) {
  const { t } = useT();
  const title = useId();
  return (
    <section className="map-key" aria-labelledby={title} data-testid="filter-key" data-map-overlay>
      <h2 id={title} className="map-key-title">
        {t('filter.key')}
      </h2>
      <ul>
        {swatches.map((s) => (
          <li key={s.state} data-match={s.state}>
            <Swatch swatch={s} />
            {t(s.label)}
          </li>
        ))}
      </ul>
    </section>
  );
});

const W = 36;
const H = 18;

/** A region as the map draws it in that state: two provinces' colours at the state's fill opacity over the map's ground. */
function Swatch({ swatch }: { swatch: KeySwatch }) {
  const { outline } = swatch;
  const inset = outline ? outline.width / 2 : 0;
  const half = W / swatch.colours.length;
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <rect width={W} height={H} fill={swatch.ground} />
      {swatch.colours.map((colour, i) => (
        <rect key={colour} x={i * half} width={half} height={H} fill={colour} fillOpacity={swatch.opacity} />
      ))}
      <rect x={0.5} y={0.5} width={W - 1} height={H - 1} fill="none" stroke="currentColor" strokeWidth={1} />
      {outline && (
        <rect
          x={inset}
          y={inset}
          width={W - 2 * inset}
          height={H - 2 * inset}
          fill="none"
          stroke={outline.colour}
          strokeWidth={outline.width}
          strokeDasharray={outline.dash.map((d) => d * outline.width).join(' ')}
        />
      )}
    </svg>
  );
}
