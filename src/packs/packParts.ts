/** The pieces a pack is read into before they are checked, and the shapes of the result. */
import type { FeatureCollection, Geometry } from 'geojson';
import type { RegionProps } from '../data/regions';
import type { Plan, PlanIndex, Taxonomy } from '../data/planSchema';
import { formatPath } from '../data/validate';
import type { Briefing } from '../briefings/briefingSchema';
import type { PackLimits } from './limits';

export interface Pack {
  name: string | null;
  /** the pack's regions, with `id` = numeric admin code like the built-in boundaries */
  boundaries: FeatureCollection<Geometry, RegionProps>;
  plans: Plan[];
  taxonomy: Taxonomy | null;
  index: PlanIndex | null;
  /** checked like the shipped ones: shape, and references to the pack's and the built-in plans and regions */
  briefings: Briefing[];
  /** things worth knowing that are not problems (ignored files, a cut-short check) */
  notes: string[];
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: string[] };

export interface PackOptions {
  /** taxonomy category ids industries may use when the pack has no taxonomy of its own */
  taxonomyIds?: Iterable<string>;
  /** ids of plans already loaded: a pack plan may not reuse one */
  planIds?: Iterable<string>;
  /** the plans already loaded, which pack briefings may refer to (their ids count as `planIds` too) */
  builtInPlans?: readonly Plan[];
  /** ids of the shipped briefings: a pack briefing may not reuse one */
  briefingIds?: Iterable<string>;
  limits?: Partial<PackLimits>;
}

export type FileData = Uint8Array | ArrayBuffer | string;

export type Key = string | number;

/** One JSON value of the pack: the file it came from and where in that file it sits. */
export interface Part {
  file: string;
  base: Key[];
  json: unknown;
}

export interface Parts {
  name: string | null;
  boundaries: Part | null;
  taxonomy: Part | null;
  index: Part | null;
  plans: Part[];
  briefings: Part[];
  notes: string[];
}

export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export class Problems {
  readonly list: string[] = [];
  private dropped = 0;
  constructor(private readonly max: number) {}
  add(message: string) {
    if (this.list.length < this.max) this.list.push(message);
    else this.dropped++;
  }
  at(file: string, path: Key[], message: string) {
    this.add(`${file}: ${formatPath(path)}: ${message}`);
  }
  get count() {
    return this.list.length + this.dropped;
  }
  final(): string[] {
    return this.dropped ? [...this.list, `… and ${this.dropped} more problems`] : this.list;
  }
}

type Checked<T> = { ok: true; data: T } | { ok: false; errors: string[] };

/**
 * Runs one of the data validators (which write "file: path: message") on a part that sits
 * inside a file, and puts the part's own path in front of theirs: "pack.json: plans[2].targets[0].value: …".
 */
export function rebased<T>(part: Part, check: (file: string, json: unknown) => Checked<T>): Checked<T> {
  if (part.base.length === 0) return check(part.file, part.json);
  const base = formatPath(part.base);
  const label = `${part.file}: ${base}`;
  const result = check(label, part.json);
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.errors.map((e) => {
      if (!e.startsWith(`${label}: `)) return e;
      const rest = e.slice(label.length + 2);
      const joined = rest.startsWith('(root): ')
        ? `${base}: ${rest.slice(8)}`
        : rest.startsWith('(')
          ? `${base} ${rest}`
          : rest.startsWith('[')
            ? `${base}${rest}`
            : `${base}.${rest}`;
      return `${part.file}: ${joined}`;
    }),
  };
}
