/**
 * Seeded mutations of the valid pack fixture, for the fuzz runs (the validator in
 * tests/unit/packs/fuzz.test.ts, the page in tests/browser/packs.test.ts).
 */
import { validPack } from './packFixture';

/** mulberry32: small, fast, good enough to pick mutations. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = unknown;

/** Keys that reach prototypes when a program copies JSON carelessly. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/**
 * Objects with hostile keys as their own keys, as JSON.parse makes them from a file's text (an object
 * literal `{ '__proto__': … }` would set the prototype instead, and the key would never reach the JSON).
 */
const HOSTILE: Json[] = [
  JSON.parse('{"__proto__": {"polluted": 1}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
  JSON.parse('{"prototype": {"polluted": 1}}'),
];

const STRANGE: Json[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  1e308,
  -1e308,
  5e-324,
  2 ** 53 + 1,
  1.5,
  'NaN',
  'Infinity',
  '-Infinity',
  '',
  ' ',
  '0',
  '999999',
  '<script>alert(1)</script>',
  '"\'><img src=x onerror=alert(1)>',
  '\u0000',
  '\u202e',
  '𠀀',
  [],
  {},
  [[]],
  ...HOSTILE,
  [1, 2],
  [[200, 95]],
  'x'.repeat(500),
];

/** An own property, whatever its name: plain assignment to `__proto__` would set the prototype. */
const define = (target: object, key: string | number, value: Json) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

function containers(root: Json): { parent: Record<string, Json> | Json[]; key: string | number }[] {
  const out: { parent: Record<string, Json> | Json[]; key: string | number }[] = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      v.forEach((c, i) => {
        out.push({ parent: v, key: i });
        stack.push(c);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, c] of Object.entries(v)) {
        out.push({ parent: v as Record<string, Json>, key: k });
        stack.push(c);
      }
    }
  }
  return out;
}

export function mutate(random: () => number, topo: boolean): { text: string; what: string } {
  const pack = validPack() as Record<string, Json>;
  if (topo) {
    const features = (pack.boundaries as { features: { properties: Json; geometry: { coordinates: Json[] } }[] }).features;
    pack.boundaries = {
      type: 'Topology',
      arcs: features.map((f) => f.geometry.coordinates[0]),
      objects: {
        r: { type: 'GeometryCollection', geometries: features.map((f, i) => ({ type: 'Polygon', arcs: [[i]], properties: f.properties })) },
      },
    };
  }
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const steps = 1 + Math.floor(random() * 3);
  const what: string[] = [];
  for (let s = 0; s < steps; s++) {
    const slots = containers(pack);
    const slot = pick(slots);
    const kind = pick(['delete', 'strange', 'strange', 'deep', 'number', 'swap', 'duplicate', 'hostile']);
    what.push(`${kind}@${String(slot.key)}`);
    const { parent, key } = slot;
    const set = (v: Json) => define(parent, key, v);
    const get = () => (parent as Record<string | number, Json>)[key];
    if (kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (kind === 'strange') set(structuredClone(pick(STRANGE)));
    else if (kind === 'deep') {
      let v = get();
      const depth = Math.floor(random() * 60);
      for (let d = 0; d < depth; d++) v = random() < 0.5 ? [v] : { v };
      set(v);
    } else if (kind === 'number')
      set(pick([Number.MAX_VALUE, -Number.MAX_VALUE, 1e21, -181, 181, 91, -91, 0.1 + 0.2, Math.floor(random() * 1e6)]));
    else if (kind === 'swap')
      set(structuredClone(pick(slots).parent)); // another part of the pack, in the wrong place
    else if (kind === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(get()));
    else if (kind === 'hostile') {
      // A hostile key beside the others in an object (or in the object this slot holds).
      const target = parent && !Array.isArray(parent) ? parent : get();
      if (target && typeof target === 'object') define(target, pick([...HOSTILE_KEYS]), structuredClone(pick(HOSTILE)));
    }
  }
  let text = JSON.stringify(pack);
  const textual = random();
  if (textual < 0.1) {
    text = text.slice(0, Math.floor(random() * text.length));
    what.push('truncate');
  } else if (textual < 0.15) {
    const at = Math.floor(random() * text.length);
    text = text.slice(0, at) + pick(['{', '[', ']', '}', '"', '\\', ',', ':', '\u0000', '\ud800']) + text.slice(at);
    what.push('insert');
  }
  return { text, what: what.join(' ') };
}
