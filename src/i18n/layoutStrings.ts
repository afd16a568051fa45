import type { Bilingual } from './strings';

/** Strings of the layout overlays, their legend and the industry filter. */
export const layoutStrings = {} as const satisfies Record<string, Bilingual>;
