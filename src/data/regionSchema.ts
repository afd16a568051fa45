/**
 * The boundary pack's property schema (zod), shared by the pack validation (src/packs) and the check of a
 * boundary file the first view's quick check rejected (./boundaryPack), so that its message says what is wrong.
 */
// zod's tree-shakable build; the mini build ships without messages: ./zodSetup adds the English ones.
import './zodSetup';
import * as z from 'zod/mini';
import type { RegionProps, RegionPropsCheck } from './boundaryPack';

const sixDigits = () => z.string().check(z.regex(/^\d{6}$/, 'a 6-digit admin code'));
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
// Its output is the `RegionProps` of ./boundaryPack (tsc checks it in `checkRegionProps`; the unit test, the other way round).
const regionProps = z.object({
  code: sixDigits(),
  name_zh: text(80),
  name_en: text(120),
  level: z.enum(['province', 'prefecture', 'county', 'newarea']),
  parent: z.nullable(sixDigits()),
  label_lng: between(-180, 180),
  label_lat: between(-90, 90),
  area_km2: z.number().check(z.nonnegative()),
});

/** Checks one feature's properties against the boundary pack's property schema (shared with pack validation). */
export function checkRegionProps(properties: unknown): RegionPropsCheck {
  const parsed = z.safeParse(regionProps, properties);
  if (parsed.success) {
    const props: RegionProps = parsed.data;
    return { ok: true, props };
  }
  return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: [...issue.path], message: issue.message })) };
}
