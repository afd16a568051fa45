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

/** Fill opacity by state: [displayed region, faint region]. */
export const MATCH_FILL: Record<MatchState, readonly [number, number]> = {
  [MATCH.none]: [0.55, 0.14],
  [MATCH.unmatched]: [0.05, 0.05],
  [MATCH.viaParent]: [0.45, 0.15],
  [MATCH.own]: [0.85, 0.3],
  [MATCH.interpretation]: [0.6, 0.2],
};

/** The dashed outline of an interpretation-only match (dashes in line widths, as maplibre counts them). */
export const INTERPRETATION_LINE = { colour: '#3b3b3b', width: 2, dash: [2, 1.5] } as const;
