import { UNITS, type UnitId } from '../data/planVocabulary';

/** A value in `from` expressed in `to` (same unit group), or null when they do not convert. */
export function convert(value: number, from: UnitId, to: UnitId): number | null {
  if (from === to) return value;
  const a = UNITS[from];
  const b = UNITS[to];
  if (a.group !== b.group || a.group === 'share') return null;
  return (value * a.factor) / b.factor;
}
