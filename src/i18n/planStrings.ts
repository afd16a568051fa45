import type { Bilingual } from './strings';

/** Strings of the plan sections of the panels (targets, industries, sources). */
export const planStrings = {} as const satisfies Record<string, Bilingual>;
