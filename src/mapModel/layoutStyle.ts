/**
 * How layout elements are drawn: shape per kind and colour per plan (from layouts/symbols, shared
 * with the legend), which kinds are hatched, tinted, solid or dashed, widths per look, how much a
 * filter dims each part, the selected symbol's size, hatch tiles and the elements' names.
 */
import type { Lang } from '../i18n/strings';
import type { LayoutKind } from '../data/planSchema';
import { DEFAULT_PLAN_COLOUR, KIND_STYLE, PLAN_COLOURS, type ShapeName } from '../layouts/symbols';
import { PALETTES, outlineWidth, scaled, type MapLook } from './look';
import { breakName } from './placement';

export interface LayoutView {
  hiddenPlans: readonly string[];
  /** the selected element's key, `${planId}/${elementId}` */
  selectedElement: string | null;
}

export const planColour = (plan: string) => PLAN_COLOURS[plan] ?? DEFAULT_PLAN_COLOUR;
/** The symbol of a kind; a kind the table does not know gets a square. */
export const kindShape = (kind: string): ShapeName => KIND_STYLE[kind as LayoutKind]?.shape ?? FALLBACK_SHAPE;
export const FALLBACK_SHAPE: ShapeName = 'square';
export const isElementShown = (view: LayoutView, plan: string) => !view.hiddenPlans.includes(plan);

const kindsWhere = (test: (style: (typeof KIND_STYLE)[LayoutKind]) => boolean) =>
  (Object.keys(KIND_STYLE) as LayoutKind[]).filter((kind) => test(KIND_STYLE[kind]));
/** Area kinds (zones): member regions outlined (dashed when only our interpretation), hatched only while the element is selected. */
export const HATCHED_KINDS: readonly LayoutKind[] = kindsWhere((s) => s.geometry === 'area');
/** Line kinds (belts, corridors): member regions lightly tinted; the line drawn solid or dashed. */
export const TINTED_KINDS: readonly LayoutKind[] = kindsWhere((s) => s.geometry === 'line');
export const SOLID_LINE_KINDS: readonly LayoutKind[] = kindsWhere((s) => s.geometry === 'line' && !s.dashed);
export const DASHED_LINE_KINDS: readonly LayoutKind[] = kindsWhere((s) => s.geometry === 'line' && !!s.dashed);

/** The parts an element is drawn with. */
export type ElementPart = 'hatch' | 'tint' | 'outline' | 'casing' | 'line' | 'symbol' | 'name';
/** Opacity of each part, normally and when the filter dims the element (names vanish, to keep the map legible). */
export const ELEMENT_EMPHASIS: Record<ElementPart, { on: number; dimmed: number }> = {
  hatch: { on: 0.9, dimmed: 0.15 },
  tint: { on: 0.12, dimmed: 0.03 },
  outline: { on: 1, dimmed: 0.2 },
  casing: { on: 0.9, dimmed: 0.2 },
  line: { on: 1, dimmed: 0.2 },
  symbol: { on: 1, dimmed: 0.25 },
  name: { on: 1, dimmed: 0 },
};
export const elementOpacity = (part: ElementPart, dimmed: boolean) => (dimmed ? ELEMENT_EMPHASIS[part].dimmed : ELEMENT_EMPHASIS[part].on);

/**
 * A zone is read from its outline, symbol and name; its hatching is drawn only while it is the selected
 * element (hatching every zone laid four patterns over Hebei and shimmered when zoomed).
 */
export const isHatchShown = (kind: string, key: string, view: Pick<LayoutView, 'selectedElement'>) =>
  HATCHED_KINDS.includes(kind as LayoutKind) && key === view.selectedElement;

/** The selected element's symbol is this much larger. */
export const SELECTED_SYMBOL_SCALE = 1.35;
/** Dashes in line widths (maplibre's unit). */
export const LAYOUT_DASHES = { interpretationOutline: [1.5, 1.5], corridor: [1.2, 0.8] } as const;

export interface LayoutPaint {
  /** paint behind names and lines (their casing) */
  halo: string;
  selection: string;
  areaOutlineWidth: number;
  selectedAreaWidth: number;
  casingWidth: number;
  lineWidth: number;
  /** the selected belt or corridor: a casing in the selection colour under a wider line in the plan's colour */
  selectedLine: { casingWidth: number; width: number };
  symbolSize: number;
  selectedSymbolSize: number;
  nameSize: number;
  nameHaloWidth: number;
  nameMaxWidthEm: number;
}

/** Layout names are broken into lines of at most this many ems (breakName), never before punctuation. */
export const NAME_MAX_EMS = 9;

/** Widths and colours of the layouts for a look (room scale; high contrast also thickens outlines). */
export function layoutPaint(look: MapLook): LayoutPaint {
  const p = PALETTES[look.theme];
  return {
    halo: p.layoutHalo,
    selection: p.selection,
    areaOutlineWidth: outlineWidth(look, 2),
    selectedAreaWidth: outlineWidth(look, 4),
    casingWidth: scaled(look, 9),
    lineWidth: scaled(look, 5),
    selectedLine: { casingWidth: scaled(look, 13), width: scaled(look, 7) },
    symbolSize: look.scale,
    selectedSymbolSize: SELECTED_SYMBOL_SCALE * look.scale,
    nameSize: scaled(look, 13),
    nameHaloWidth: look.theme === 'default' ? 2 : 2.6,
    nameMaxWidthEm: NAME_MAX_EMS,
  };
}

/** Hatch tiles: one of four line directions per area of a plan, so neighbouring zones differ in pattern, not only colour. */
export const HATCH = { count: 4, tilePx: 16, spacingPx: 8, lineWidth: 2, alpha: 0.75 } as const;
export type HatchDirection = 'rising' | 'falling' | 'horizontal' | 'vertical';
const HATCH_DIRECTIONS: readonly HatchDirection[] = ['rising', 'falling', 'horizontal', 'vertical'];
/** The hatch index of an element's `pattern` number; areas beyond the count reuse them in turn. */
export const hatchIndex = (pattern: number) => pattern % HATCH.count;
export const hatchDirection = (pattern: number) => HATCH_DIRECTIONS[hatchIndex(pattern)];

/** Symbols are drawn in the plan's colour with a white edge, so they read on any ground. */
export const SYMBOL_ICON = { edgeColour: '#ffffff', edgeWidth: 2.6, box: 24 } as const;

/** Plans of this start year are the older ones; their elements say so in their names. */
export const OLD_PLAN_YEAR = '2013';
export const ELEMENT_NAME_SUFFIX = {
  interpretation: { zh: '（解读）', en: ' (interpretation)' },
  oldPlan: { zh: '（2013年规划）', en: ' (2013 plan)' },
} as const;

export interface ElementNameProps {
  name_zh: string;
  name_en: string;
  status: string;
  period: string;
}

/** An element's name on the map: marked when it is only our interpretation, or from the 2013 plan. */
export function elementLabel(props: ElementNameProps, lang: Lang): string {
  const name = lang === 'zh' ? props.name_zh : props.name_en;
  const interpretation = props.status === 'interpretation' ? ELEMENT_NAME_SUFFIX.interpretation[lang] : '';
  const old = props.period.slice(0, 4) === OLD_PLAN_YEAR ? ELEMENT_NAME_SUFFIX.oldPlan[lang] : '';
  return name + interpretation + old;
}

/** An element's name on the map as lines (the WebGL map joins them with line feeds, the SVG map sets one tspan each). */
export const elementLabelLines = (props: ElementNameProps, lang: Lang): string[] => breakName(elementLabel(props, lang), NAME_MAX_EMS);

/** The broken names in both languages, as feature properties for the WebGL map's name layer. */
export const elementLabelProps = (props: ElementNameProps) => ({
  label_zh: elementLabelLines(props, 'zh').join('\n'),
  label_en: elementLabelLines(props, 'en').join('\n'),
});
