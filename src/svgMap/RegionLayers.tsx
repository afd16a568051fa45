/**
 * The SVG map's base layers in world units (one transform moves them all): other provinces for
 * context, the region fills, the filter's dashed outlines and the province borders on top.
 * They re-render on scope, filter, language and level of detail only; hover and selection are drawn above.
 */
import { memo } from 'react';
import type { RegionData } from '../data/regions';
import type { Lang } from '../i18n/strings';
import { MATCH, type MatchStrength } from '../filter/matchStyle';
import { matchState, progressColour, regionPaint, type MapLook } from '../mapModel';
import { useProgressFill } from '../progress/useProgressFill';
import type { RegionGeometry } from './paths';
import type { DetailLevel } from './projection';
import { MATCH_NAMES, dashPx, regionFill } from './regionStyle';

export const ContextLayer = memo(function ContextLayer({ geometry, level }: { geometry: RegionGeometry; level: DetailLevel }) {
  return (
    <g className="svg-map-context">
      {geometry.layerCodes('context').map((code) => (
        <path key={code} d={geometry.pathOf(code, level)} />
      ))}
    </g>
  );
});

export const ProvinceLines = memo(function ProvinceLines({ geometry, level }: { geometry: RegionGeometry; level: DetailLevel }) {
  return (
    <>
      {geometry.layerCodes('provinces').map((code) => (
        <path key={code} className="svg-map-provinces" d={geometry.pathOf(code, level)} />
      ))}
    </>
  );
});

interface RegionLayerProps {
  data: RegionData;
  geometry: RegionGeometry;
  level: DetailLevel;
  faint: string[];
  displayed: string[];
  matches: ReadonlyMap<string, MatchStrength> | null;
  lang: Lang;
  tabStop: string | undefined;
  onFocusRegion: (code: string | null) => void;
  look: MapLook;
}

/** The region fills: faint ones below, the displayed (clickable, focusable) ones on top. */
export const RegionLayer = memo(function RegionLayer({
  data,
  geometry,
  level,
  faint,
  displayed,
  matches,
  lang,
  tabStop,
  onFocusRegion,
  look,
}: RegionLayerProps) {
  const progress = useProgressFill(data);
  // One memoised path per region, given only its own values: a selection (which moves the tab stop) or a filter
  // re-renders the regions whose values changed, not all of them.
  const path = (code: string, isDisplayed: boolean) => {
    const region = data.regions.get(code);
    if (!region) return null;
    const match = matchState(matches, code);
    const fill = regionFill(code, region.level, { displayed: isDisplayed, match }, look);
    return (
      <RegionPath
        key={code}
        code={code}
        d={geometry.pathOf(code, level)}
        level={region.level}
        match={MATCH_NAMES[match]}
        displayed={isDisplayed}
        progress={progress?.get(code)}
        fill={progressColour(progress, code, fill.colour)}
        opacity={fill.opacity}
        name={isDisplayed ? region.name[lang] : undefined}
        tabStop={isDisplayed && code === tabStop}
        onFocusRegion={onFocusRegion}
      />
    );
  };
  // Matches that are only our interpretation get a dashed outline over every fill, as on the WebGL map.
  const interpreted = matches ? [...faint, ...displayed].filter((code) => matches.get(code) === MATCH.interpretation) : [];
  const outline = regionPaint(look).interpretation;
  return (
    <g>
      {faint.map((code) => path(code, false))}
      {displayed.map((code) => path(code, true))}
      <g className="svg-map-match-interpretation" stroke={outline.colour} strokeWidth={outline.width} strokeDasharray={dashPx(outline)}>
        {interpreted.map((code) => (
          <path key={code} d={geometry.pathOf(code, level)} data-outline={code} />
        ))}
      </g>
    </g>
  );
});

interface RegionPathProps {
  code: string;
  d: string;
  level: string;
  match: string;
  displayed: boolean;
  progress: string | undefined;
  fill: string;
  opacity: number;
  /** the accessible name, for a displayed (clickable) region */
  name: string | undefined;
  tabStop: boolean;
  onFocusRegion: (code: string | null) => void;
}

const RegionPath = memo(function RegionPath({
  code,
  d,
  level,
  match,
  displayed,
  progress,
  fill,
  opacity,
  name,
  tabStop,
  onFocusRegion,
}: RegionPathProps) {
  return (
    <path
      d={d}
      data-code={code}
      data-level={level}
      data-match={match}
      data-displayed={displayed || undefined}
      className={`svg-map-region svg-map-${level}`}
      data-progress={progress}
      fill={fill}
      fillOpacity={opacity}
      {...(displayed
        ? {
            role: 'button',
            tabIndex: tabStop ? 0 : -1,
            'aria-label': name,
            onFocus: () => onFocusRegion(code),
            onBlur: () => onFocusRegion(null),
          }
        : {})}
    />
  );
});
