/**
 * The boundary pack: loading, lookups and types (./boundaryPack, zod-free, on the first view's path), with
 * the zod-checked parse for tools, tests and packs. Code on the first view imports ./boundaryPack instead.
 */
import { buildBoundaryPack, type RegionData } from './boundaryPack';
import { checkRegionProps } from './regionSchema';

export * from './boundaryPack';
export { checkRegionProps } from './regionSchema';

/** Parses a boundary pack, each feature's properties checked by the zod schema (messages name the field). */
export function parseBoundaryPack(json: unknown, file: string): RegionData {
  return buildBoundaryPack(json, file, checkRegionProps);
}
