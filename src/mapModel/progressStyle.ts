/**
 * The map's "progress" colouring: a region's fill by the status of its targets (src/progress decides the
 * status; this only paints it). The legend pairs each colour with a symbol and words, never colour alone.
 */
export const PROGRESS_COLOURS: Readonly<Record<string, string>> = {
  achieved: '#0072B2',
  'on-track': '#009E73',
  behind: '#E69F00',
  'acceleration-needed': '#E69F00',
  limited: '#D55E00',
  'far-behind': '#C0392B',
  deterioration: '#C0392B',
  'cannot-assess': '#8c8c8c',
};
/** Regions without any actual figures, under the progress colouring. */
export const PROGRESS_NONE = '#e4e4e4';

/** A region's fill colour: its progress colour while the map is coloured by progress, else `base`. */
export function progressColour(statuses: ReadonlyMap<string, string> | null, code: string, base: string): string {
  if (!statuses) return base;
  const status = statuses.get(code);
  return status ? (PROGRESS_COLOURS[status] ?? PROGRESS_NONE) : PROGRESS_NONE;
}
