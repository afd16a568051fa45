/**
 * The renderer-neutral map model: every rule of what the map draws and how, as plain values and
 * pure functions. The WebGL map (src/map) generates its maplibre style from it; the SVG map reads it.
 * No maplibre, no React.
 */
export * from './look';
export * from './regionStyle';
export * from './scope';
export * from './labels';
export * from './hit';
export * from './layoutStyle';
export * from './tooltip';
export * from './camera';
export * from './progressStyle';
export * from './placement';
export * from './outline';
export * from './testHandle';
export * from './matchKey';
export * from './mapNames';
export * from './symbolPlaces';
