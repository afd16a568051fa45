/** The viewer asked for less motion: camera moves jump instead of gliding. */
export const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
