import type { Region } from '../data/regions';

/** Regions whose Chinese or English name or code contains the query (case-insensitive). */
export function searchRegions(regions: Iterable<Region>, query: string): Region[] {
  const q = query.trim().toLowerCase();
  const all = [...regions];
  if (!q) return all;
  return all.filter((r) => r.code.includes(q) || r.name.zh.includes(q) || r.name.en.toLowerCase().includes(q));
}

/** Depth-first order: each region followed by its children, so the list reads like a tree. */
export function treeOrder(roots: Region[], children: Map<string, Region[]>): { region: Region; depth: number }[] {
  const out: { region: Region; depth: number }[] = [];
  const visit = (region: Region, depth: number) => {
    out.push({ region, depth });
    for (const child of children.get(region.code) ?? []) visit(child, depth + 1);
  };
  roots.forEach((r) => visit(r, 0));
  return out;
}
