/**
 * Builders that turn the map model's tables and functions into maplibre expressions: a value per
 * state, evaluated from the model at every state, so that no number is written here.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { MATCH, type MatchState } from '../filter/matchStyle';
import { MATCH_STATES } from '../mapModel';

type Value = number | string | ExpressionSpecification;

/** Filter match as feature-state `match` (absent: no filter). */
export const matchStateExpression: ExpressionSpecification = ['number', ['feature-state', 'match'], MATCH.none];
/** Hover as feature-state `hover`. */
export const hoveredExpression: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
/** Layout elements that do not match the industry filter carry feature-state `dimmed`. */
export const dimmedExpression: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];

const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);

/** `condition ? whenTrue : whenFalse`, or just the value when both sides are equal. */
export function ifElse(condition: ExpressionSpecification, whenTrue: Value, whenFalse: Value): Value {
  return same(whenTrue, whenFalse) ? whenTrue : (['case', condition, whenTrue, whenFalse] as ExpressionSpecification);
}

/**
 * A `match` over `input` with one arm per distinct value (labels sharing a value grouped), the
 * fallback's value taken as the default. A single value when every label gives the fallback's.
 */
export function matchTable<L extends string | number>(
  input: ExpressionSpecification,
  table: readonly (readonly [L, Value])[],
  fallback: Value,
): Value {
  const arms: { labels: L[]; value: Value }[] = [];
  for (const [label, value] of table) {
    if (same(value, fallback)) continue;
    const arm = arms.find((a) => same(a.value, value));
    if (arm) arm.labels.push(label);
    else arms.push({ labels: [label], value });
  }
  if (arms.length === 0) return fallback;
  const flat = arms.flatMap((a) => [a.labels.length === 1 ? a.labels[0] : a.labels, a.value]);
  return ['match', input, ...flat, fallback] as unknown as ExpressionSpecification;
}

/** A value per filter match state, from the model's function of the state. */
export function byMatchState(valueAt: (match: MatchState) => Value): Value {
  return matchTable(
    matchStateExpression,
    MATCH_STATES.filter((m) => m !== MATCH.none).map((m) => [m, valueAt(m)] as const),
    valueAt(MATCH.none),
  );
}
