/**
 * What the person picked or dropped → the names the validator expects. One `.json` file is a
 * single-file pack; several files, or a folder, are a pack folder laid out as validatePackFiles
 * describes. Files picked flat (no folder) are placed by name: `boundaries.*`, `taxonomy.json`
 * and `pack.json` at the top, `index.json` and any other `.json` under `plans/`.
 */
export interface PickedFile<T> {
  /** path inside the picked or dropped folder ("mypack/plans/a.json"), or just the file name */
  path: string;
  item: T;
}

export interface PackInput<T> {
  layout: 'file' | 'folder';
  files: { name: string; item: T }[];
  /** a short label for the pack until it names itself: the folder or file name */
  label: string;
}

const TOP_LEVEL = /^(boundaries\.(json|geojson|topo\.json|topojson)|taxonomy\.json|pack\.json)$/;

export function packInput<T>(picked: readonly PickedFile<T>[]): PackInput<T> | null {
  if (picked.length === 0) return null;
  const paths = picked.map((p) => p.path.replace(/\\/g, '/').replace(/^\/+/, ''));
  const first = paths[0].split('/')[0];
  const inFolder = paths.every((p) => p.includes('/') && p.split('/')[0] === first);
  // A lone pack.json is a whole pack; a lone boundaries file is a pack of boundaries only.
  const single = picked.length === 1 && !inFolder && (paths[0] === 'pack.json' || !TOP_LEVEL.test(paths[0]));
  if (single) {
    return { layout: 'file', files: [{ name: paths[0], item: picked[0].item }], label: paths[0] };
  }
  const files = picked.map((p, i) => {
    if (inFolder) return { name: paths[i].slice(first.length + 1), item: p.item };
    const base = paths[i].split('/').pop()!;
    return { name: TOP_LEVEL.test(base) || !base.endsWith('.json') ? base : `plans/${base}`, item: p.item };
  });
  return { layout: 'folder', files, label: inFolder ? first : paths[0] };
}
