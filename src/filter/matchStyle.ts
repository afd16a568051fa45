/**
 * How the industry filter draws a region, in one place for the matching, the WebGL map (as
 * feature-state `match`), the SVG map and the filter's key. No imports: the first view loads it.
 */
export const MATCH = { none: 0, unmatched: -1, viaParent: 1, own: 2, interpretation: 3 } as const;
export type MatchState = (typeof MATCH)[keyof typeof MATCH];
/**
 * own: the region itself plans it (a plan of its own, or named in one); viaParent: only covered
 * by the plan of a province or city above it; interpretation: its only link of its own is our
 * reading of the text (a member or host marked interpretation), whatever covers it from above.
 */
export type MatchStrength = typeof MATCH.viaParent | typeof MATCH.own | typeof MATCH.interpretation;

/**
 * Fill opacity by state: [displayed region, faint region]. Every match reads as planned: a region
 * covered by its province's or city's plan is drawn more strongly than the map without a filter
 * (it is planned there), one named for itself darker still; a region no plan links to the chosen
 * kinds all but disappears. An interpretation-only link is drawn as the coverage from above that
 * it always has, with a dashed outline (our reading adds nothing the map may show as stated).
 */
export const MATCH_FILL: Record<MatchState, readonly [number, number]> = {
  [MATCH.none]: [0.55, 0.14],
  [MATCH.unmatched]: [0.05, 0.05],
  [MATCH.viaParent]: [0.62, 0.2],
  [MATCH.own]: [0.88, 0.3],
  [MATCH.interpretation]: [0.62, 0.2],
};

/**
 * The most a theme that deepens tints (high contrast) may raise a state's fill: coverage from
 * above stays a step lighter than "named here", whatever the theme.
 */
export const MATCH_FILL_MAX: Record<MatchState, number> = {
  [MATCH.none]: 0.95,
  [MATCH.unmatched]: 0.05,
  [MATCH.viaParent]: 0.7,
  [MATCH.own]: 0.95,
  [MATCH.interpretation]: 0.7,
};

/** The dashed outline of an interpretation-only match (dashes in line widths, as maplibre counts them). */
export const INTERPRETATION_LINE = { colour: '#3b3b3b', width: 2, dash: [2, 1.5] } as const;

/** The filter's key on the map, darkest first: each shade, what it says, and whether it is dashed. */
export const MATCH_KEY = [
  { state: MATCH.own, label: 'filter.key.own', dashed: false },
  { state: MATCH.viaParent, label: 'filter.key.viaParent', dashed: false },
  { state: MATCH.interpretation, label: 'filter.key.interpretation', dashed: true },
  { state: MATCH.unmatched, label: 'filter.key.unmatched', dashed: false },
] as const;

/** One line of the key as a map draws it in a look (src/mapModel/matchKey.ts fills it in). */
export interface KeySwatch {
  state: MatchState;
  label: (typeof MATCH_KEY)[number]['label'];
  /** the map's ground behind the region */
  ground: string;
  /** region colours shown side by side (two provinces), at `opacity` */
  colours: readonly string[];
  opacity: number;
  /** the dashed outline of an interpretation, else null */
  outline: { colour: string; width: number; dash: readonly number[] } | null;
}
