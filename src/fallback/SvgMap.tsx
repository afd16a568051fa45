/**
 * The map without WebGL2: the same regions drawn as SVG from the same boundaries (d3-geo),
 * with the WebGL map's inputs (data, layouts, filter matches, selection and scope from the
 * store) and behaviour: hover names a region, click or Enter selects it, the filter lights
 * regions up, drilling shows a region's children, layouts are drawn as symbols and lines.
 * `handleRef` gets a small controller (`frame(bbox)`) like the MapController's.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MutableRefObject } from 'react';
import type { Bbox, RegionData } from '../data/regions';
import type { LayoutCollections } from '../layouts/layoutFeatures';
import type { MapTarget } from '../map/MapController';
import { KIND_STYLE, PLAN_COLOURS, DEFAULT_PLAN_COLOUR, SHAPES } from '../layouts/symbols';
import type { LayoutKind } from '../data/planSchema';
import { useUi } from '../state/store';
import { displayedParents } from '../state/drill';
import { useT } from '../ui/useT';
import type { Lang } from '../i18n/strings';
import { regionGeometry, type RegionGeometry } from './paths';
import { detailLevel, fitView, toScreen, viewTransform, zoomAt, type DetailLevel, type Padding, type Point, type View, type WorldBox } from './projection';
import { MATCH_NAMES, fillOpacity, matchState, regionColour, scopeRegions } from './regionStyle';
import { INTERPRETATION_LINE, MATCH, type MatchStrength } from '../filter/matchStyle';
import { placeLabels } from './labels';
import './svgMap.css';

export interface SvgMapHandle {
  /** Frames a box, leaving room on the right for the side panel (the same call as MapController.frame). */
  frame(bbox: Bbox, options: { animate: boolean; rightPadding: number }): Promise<void>;
}

interface Props {
  data: RegionData;
  layouts: LayoutCollections | undefined;
  /** region code → filter match strength; null when no filter is active */
  regionMatches: ReadonlyMap<string, MatchStrength> | null;
  matchedElements: ReadonlySet<string> | null;
  handleRef: MutableRefObject<SvgMapHandle | null>;
  onTargetClick: (target: MapTarget | null) => void;
  /** Called once, when the regions are first drawn. */
  onDrawn?: () => void;
}

const PAD = 40;
const NOTICE_ROOM_REM = 7.5;
const rootFontPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
const basePadding = (right = 0): Padding => ({ top: PAD + 12, right: PAD + right, bottom: PAD + 30, left: PAD });
/** Relative to the view of the whole pack: framing stops at 24× (about the WebGL map's maxZoom 9), zooming at 64×. */
const FRAME_MAX = 24;
const ZOOM_MIN = 0.5;
const ZOOM_MAX = 64;
const LABEL_PX = 14;
const SYMBOL_PX = 18;
/** Pointer travel (px) above which a press is a drag, not a click. */
const DRAG_PX = 4;

export function SvgMap({ data, layouts, regionMatches, matchedElements, handleRef, onTargetClick, onDrawn }: Props) {
  const { lang, t } = useT();
  const scope = useUi((s) => s.scope);
  const selected = useUi((s) => s.selected);
  const selectedElement = useUi((s) => s.selectedElement);
  const hiddenPlans = useUi((s) => s.hiddenPlans);
  const geometry = regionGeometry(data);
  const parents = useMemo(() => displayedParents(data, scope), [data, scope]);
  const regions = scopeRegions(data, parents);

  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  // The first view leaves room at the top for the "no WebGL2" notice, which would otherwise cover the northernmost regions.
  const [framed, setFramed] = useState<{ box: WorldBox; padding: Padding }>(() => ({
    box: geometry.projection.box(data.bbox),
    padding: { ...basePadding(), top: NOTICE_ROOM_REM * rootFontPx() },
  }));
  const [userView, setUserView] = useState<View | null>(null);
  const [hovered, setHovered] = useState<MapTarget | null>(null);

  useLayoutEffect(() => {
    const el = wrap.current!;
    const measure = () => setSize((s) => (s && s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth, height: el.clientHeight }));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const baseK = useMemo(() => (size ? fitView(geometry.projection.box(data.bbox), size, basePadding()).k : 1), [size, geometry, data]);
  const view = useMemo<View>(
    () => userView ?? (size ? fitView(framed.box, size, framed.padding, baseK * FRAME_MAX) : { k: 1, tx: 0, ty: 0 }),
    [userView, size, framed, baseK],
  );
  const viewRef = useRef(view);
  viewRef.current = view;

  useEffect(() => {
    handleRef.current = {
      frame: async (bbox, options) => {
        setFramed({ box: geometry.projection.box(bbox), padding: basePadding(options.rightPadding) });
        setUserView(null);
      },
    };
    return () => {
      handleRef.current = null;
    };
  }, [handleRef, geometry]);

  const drawnRef = useRef(onDrawn);
  useEffect(() => {
    if (!size || !drawnRef.current) return;
    const done = drawnRef.current;
    drawnRef.current = undefined;
    // In the frame that paints the regions (the counterpart of the WebGL map's first idle).
    requestAnimationFrame(() => {
      performance.mark('svg-map-drawn');
      done();
    });
  }, [size]);

  // A typed handle for browser tests and the benchmark: geographic point → page position.
  useEffect(() => {
    const handle = {
      project: (lng: number, lat: number) => {
        const [x, y] = toScreen(viewRef.current, geometry.projection.project([lng, lat]));
        const rect = wrap.current!.getBoundingClientRect();
        return { x: rect.left + x, y: rect.top + y };
      },
      scale: () => viewRef.current.k / baseK,
    };
    (window as unknown as { __svgMap?: typeof handle }).__svgMap = handle;
    return () => void delete (window as unknown as { __svgMap?: unknown }).__svgMap;
  }, [geometry, baseK]);

  // Wheel zoom about the pointer; a native listener, since React's wheel listeners are passive.
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      setUserView(zoomAt(viewRef.current, Math.exp(-e.deltaY * 0.002), [e.clientX - rect.left, e.clientY - rect.top], baseK * ZOOM_MIN, baseK * ZOOM_MAX));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [baseK, size]);

  const drag = useRef<{ x: number; y: number; view: View; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  const targetOf = useCallback(
    (el: Element | null): MapTarget | null => {
      const hit = el?.closest<SVGElement>('[data-code], [data-element]');
      if (!hit) return null;
      if (hit.dataset.element) {
        const key = hit.dataset.element;
        const f = layouts?.points.features.find((p) => p.properties.key === key) ?? layouts?.lines.features.find((p) => p.properties.key === key);
        return { type: 'element', key, name: { zh: f?.properties.name_zh ?? key, en: f?.properties.name_en ?? key } };
      }
      return { type: 'region', code: hit.dataset.code! };
    },
    [layouts],
  );
  const hover = useCallback((target: MapTarget | null) => {
    setHovered((h) => (keyOf(h) === keyOf(target) ? h : target));
  }, []);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const el = e.target as Element;
    const code = el.getAttribute('data-code');
    if (!code) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onTargetClick({ type: 'region', code });
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    const list = regions.displayed;
    const next = list[(list.indexOf(code) + step + list.length) % list.length];
    svg.current?.querySelector<SVGElement>(`[data-code="${next}"][tabindex]`)?.focus();
  };
  // Stable, so that hover and selection changes do not re-render the region layer.
  const onFocus = useCallback(
    (code: string | null) => {
      hover(code ? { type: 'region', code } : null);
      const region = code ? data.regions.get(code) : undefined;
      if (region && tooltip.current) {
        const [x, y] = toScreen(viewRef.current, geometry.projection.project(region.label));
        tooltip.current.style.transform = `translate(${x + 14}px, ${y + 14}px)`;
      }
    },
    [hover, data, geometry],
  );

  const tabStop = selected && regions.displayed.includes(selected) ? selected : regions.displayed[0];
  const labels = useMemo(() => {
    if (!size) return [];
    const candidates = regions.displayed.flatMap((code) => {
      const r = data.regions.get(code);
      if (!r) return [];
      const [x, y] = toScreen(view, geometry.projection.project(r.label));
      return [{ code, text: r.name[lang], x, y, priority: r.level === 'newarea' ? Infinity : r.areaKm2 }];
    });
    return placeLabels(candidates, LABEL_PX, size);
  }, [regions, data, view, geometry, lang, size]);

  const hoveredCode = hovered?.type === 'region' ? hovered.code : null;
  const hoveredName = hovered?.type === 'region' ? data.regions.get(hovered.code)?.name[lang] : hovered?.name[lang];
  const elementMembers = useMemo(
    () => (selectedElement && layouts ? layouts.areas.features.filter((f) => f.properties.key === selectedElement && f.properties.code) : []),
    [selectedElement, layouts],
  );

  const zoomBy = (factor: number) =>
    size && setUserView(zoomAt(viewRef.current, factor, [size.width / 2, size.height / 2], baseK * ZOOM_MIN, baseK * ZOOM_MAX));
  const level = detailLevel(view.k);
  const ready = size && size.width > 0 && size.height > 0;
  return (
    <div
      ref={wrap}
      className="map svg-map"
      role="region"
      aria-label={t('mapLabel')}
      onPointerDown={(e) => {
        suppressClick.current = false;
        if (e.button === 0) drag.current = { x: e.clientX, y: e.clientY, view: viewRef.current, moved: false };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (d && e.buttons & 1) {
          const dx = e.clientX - d.x;
          const dy = e.clientY - d.y;
          if (d.moved || Math.hypot(dx, dy) > DRAG_PX) {
            d.moved = true;
            setUserView({ k: d.view.k, tx: d.view.tx + dx, ty: d.view.ty + dy });
          }
        }
        const el = tooltip.current;
        const rect = wrap.current!.getBoundingClientRect();
        if (el) el.style.transform = `translate(${e.clientX - rect.left + 14}px, ${e.clientY - rect.top + 14}px)`;
        hover(targetOf(e.target as Element));
      }}
      onPointerUp={() => {
        suppressClick.current = !!drag.current?.moved;
        drag.current = null;
      }}
      onPointerLeave={() => hover(null)}
      onClick={(e) => {
        if (suppressClick.current) return void (suppressClick.current = false);
        if ((e.target as Element).closest('.svg-map-zoom')) return;
        onTargetClick(targetOf(e.target as Element));
      }}
    >
      {/* Nothing to draw in an empty box (also jsdom, which lays nothing out). */}
      {ready && (
        <>
          {/* Two layers: the regions (redrawn on scope, filter and framing only) and, above, what
              changes on hover and selection, so that a click does not make the rasteriser redraw every boundary. */}
          <svg
            ref={svg}
            className="svg-map-base"
            width={size.width}
            height={size.height}
            role="group"
            aria-label={t('fallback.regions')}
            aria-describedby="svg-map-keys"
            onKeyDown={onKeyDown}
          >
            <rect className="svg-map-sea" width={size.width} height={size.height} />
            <g transform={viewTransform(view)}>
              <ContextLayer geometry={geometry} level={level} />
              <RegionLayer
                data={data}
                geometry={geometry}
                level={level}
                faint={regions.faint}
                displayed={regions.displayed}
                matches={regionMatches}
                lang={lang}
                tabStop={tabStop}
                onFocusRegion={onFocus}
              />
              {geometry.layerCodes('provinces').map((code) => (
                <path key={code} className="svg-map-provinces" d={geometry.pathOf(code, level)} />
              ))}
            </g>
          </svg>
          <svg className="svg-map-overlay" width={size.width} height={size.height} aria-hidden="true">
            <g transform={viewTransform(view)}>
              {hoveredCode && (
                <path className="svg-map-hover" d={geometry.pathOf(hoveredCode, level)} fill={regionColour(hoveredCode, data.regions.get(hoveredCode)?.level ?? '')} />
              )}
              {elementMembers.map((f) => (
                <path
                  key={f.properties.code}
                  className="svg-map-element-member"
                  d={geometry.pathOf(f.properties.code!, level)}
                  stroke={PLAN_COLOURS[f.properties.plan] ?? DEFAULT_PLAN_COLOUR}
                />
              ))}
              {selected && <path className="svg-map-selection" data-selected={selected} d={geometry.pathOf(selected, level)} />}
            </g>
            {layouts && (
              <LayoutLayer
                layouts={layouts}
                geometry={geometry}
                view={view}
                size={size}
                hiddenPlans={hiddenPlans}
                matchedElements={matchedElements}
                selectedElement={selectedElement}
              />
            )}
            {/* Names are hit targets too, above the layouts: a belt through a city never hides the city. */}
            <g className="svg-map-labels">
              {labels.map((l) => (
                <text key={l.code} x={l.x.toFixed(1)} y={l.y.toFixed(1)} data-code={l.code}>
                  {l.text}
                </text>
              ))}
            </g>
          </svg>
        </>
      )}
      <div ref={tooltip} className="hover-label" data-export="omit" aria-hidden="true" hidden={!hoveredName}>
        {hoveredName}
      </div>
      <p id="svg-map-keys" className="svg-map-keys">
        {t('fallback.keys')}
      </p>
      {ready && (
        <div className="svg-map-zoom" data-export="omit">
          <button type="button" className="icon-button" aria-label={t('fallback.zoomIn')} title={t('fallback.zoomIn')} onClick={() => zoomBy(1.6)}>
            +
          </button>
          <button type="button" className="icon-button" aria-label={t('fallback.zoomOut')} title={t('fallback.zoomOut')} onClick={() => zoomBy(1 / 1.6)}>
            −
          </button>
        </div>
      )}
    </div>
  );
}

const keyOf = (t: MapTarget | null) => (t ? (t.type === 'region' ? t.code : t.key) : null);

const ContextLayer = memo(function ContextLayer({ geometry, level }: { geometry: RegionGeometry; level: DetailLevel }) {
  return (
    <g className="svg-map-context">
      {geometry.layerCodes('context').map((code) => (
        <path key={code} d={geometry.pathOf(code, level)} />
      ))}
    </g>
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
}

/** The region fills: faint ones below, the displayed (clickable, focusable) ones on top. Re-renders on scope, filter and language only. */
const RegionLayer = memo(function RegionLayer({ data, geometry, level, faint, displayed, matches, lang, tabStop, onFocusRegion }: RegionLayerProps) {
  const path = (code: string, isDisplayed: boolean) => {
    const region = data.regions.get(code);
    if (!region) return null;
    const match = matchState(matches, code);
    return (
      <path
        key={code}
        d={geometry.pathOf(code, level)}
        data-code={code}
        data-level={region.level}
        data-match={MATCH_NAMES[match]}
        data-displayed={isDisplayed || undefined}
        className={`svg-map-region svg-map-${region.level}`}
        fill={regionColour(code, region.level)}
        fillOpacity={fillOpacity(isDisplayed, match)}
        {...(isDisplayed
          ? {
              role: 'button',
              tabIndex: code === tabStop ? 0 : -1,
              'aria-label': region.name[lang],
              onFocus: () => onFocusRegion(code),
              onBlur: () => onFocusRegion(null),
            }
          : {})}
      />
    );
  };
  // Matches that are only our interpretation get a dashed outline over every fill, as on the WebGL map.
  const interpreted = matches ? [...faint, ...displayed].filter((code) => matches.get(code) === MATCH.interpretation) : [];
  return (
    <g>
      {faint.map((code) => path(code, false))}
      {displayed.map((code) => path(code, true))}
      <g className="svg-map-match-interpretation" stroke={INTERPRETATION_LINE.colour} strokeWidth={INTERPRETATION_LINE.width} strokeDasharray={INTERPRETATION_DASH}>
        {interpreted.map((code) => (
          <path key={code} d={geometry.pathOf(code, level)} data-outline={code} />
        ))}
      </g>
    </g>
  );
});

/** The WebGL map counts dashes in line widths; SVG in pixels (strokes do not scale with zoom here). */
const INTERPRETATION_DASH = INTERPRETATION_LINE.dash.map((d) => d * INTERPRETATION_LINE.width).join(' ');

interface LayoutLayerProps {
  layouts: LayoutCollections;
  geometry: RegionGeometry;
  view: View;
  size: { width: number; height: number };
  hiddenPlans: string[];
  matchedElements: ReadonlySet<string> | null;
  selectedElement: string | null;
}

/** Layout elements in screen space (constant size at any zoom): belts and corridors as lines, the rest as their symbols. */
const LayoutLayer = memo(function LayoutLayer({ layouts, geometry, view, size, hiddenPlans, matchedElements, selectedElement }: LayoutLayerProps) {
  const shown = (plan: string) => !hiddenPlans.includes(plan);
  const dim = (key: string) => (matchedElements && !matchedElements.has(key) ? 0.2 : 1);
  const screen = (p: readonly number[]): Point => toScreen(view, geometry.projection.project([p[0], p[1]]));
  const inside = ([x, y]: Point) => x > -SYMBOL_PX && y > -SYMBOL_PX && x < size.width + SYMBOL_PX && y < size.height + SYMBOL_PX;
  return (
    <g className="svg-map-layouts">
      {layouts.lines.features
        .filter((f) => shown(f.properties.plan))
        .map((f) => {
          const p = f.properties;
          const d = f.geometry.coordinates.map((c, i) => `${i ? 'L' : 'M'}${screen(c).map((v) => v.toFixed(1)).join(' ')}`).join('');
          const dashed = KIND_STYLE[p.kind as LayoutKind]?.dashed;
          return (
            <path
              key={p.key}
              d={d}
              data-element={p.key}
              className="svg-map-line"
              stroke={PLAN_COLOURS[p.plan] ?? DEFAULT_PLAN_COLOUR}
              strokeWidth={p.key === selectedElement ? 5 : 3}
              strokeDasharray={dashed ? '9 6' : undefined}
              opacity={dim(p.key)}
            />
          );
        })}
      {layouts.points.features
        .filter((f) => shown(f.properties.plan))
        .map((f) => {
          const p = f.properties;
          const [x, y] = screen(f.geometry.coordinates);
          const at: Point = [x + p.offset[0], y + p.offset[1]];
          if (!inside(at)) return null;
          const chosen = p.key === selectedElement;
          const px = chosen ? SYMBOL_PX * 1.4 : SYMBOL_PX;
          const shape = KIND_STYLE[p.kind as LayoutKind]?.shape ?? 'square';
          return (
            <path
              key={p.key}
              d={SHAPES[shape]}
              data-element={p.key}
              className={`svg-map-symbol${p.status === 'interpretation' ? ' svg-map-interpretation' : ''}${chosen ? ' svg-map-chosen' : ''}`}
              transform={`translate(${(at[0] - px / 2).toFixed(1)} ${(at[1] - px / 2).toFixed(1)}) scale(${px / 24})`}
              fill={PLAN_COLOURS[p.plan] ?? DEFAULT_PLAN_COLOUR}
              opacity={dim(p.key)}
            />
          );
        })}
    </g>
  );
});
