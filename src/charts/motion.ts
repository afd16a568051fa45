/**
 * Charts draw without animation. A bar growing in over 300 ms re-renders the whole chart on
 * every frame; on a meeting-room PC without a GPU that work competes with the map and delays the
 * next click, and a projected figure should simply be there (the map has no label fade either).
 * This also honours prefers-reduced-motion without watching it.
 */
export const chartMotion = { isAnimationActive: false } as const;
