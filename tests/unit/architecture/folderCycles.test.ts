// @vitest-environment node
/**
 * No cycles between the top-level folders of src/: the import graph of every file, collapsed to
 * its folder, must have no loop. A failure names the folders and the file imports that close it.
 * Run-time imports may never loop. A type-only import (gone from the build) may close a loop only
 * where it is listed below with its reason, so a new one fails too.
 */
import { describe, expect, it } from 'vitest';
import { describeCycle, folderCycles, folderGraph, srcImports, topFolder, type SrcImport } from './importGraph';

/** Type-only imports allowed to point back into a folder that depends on this one. */
const TYPE_ONLY_BACK_EDGES: Record<string, string> = {
  // The loaded-packs store and the merge are data (the plan hooks read them), but a validated
  // pack's shape is defined by its validator, which needs data's schemas and briefings' checks.
  'data/loadedPacks.ts -> packs/validatePack.ts': 'the type of a validated pack',
  'data/mergePack.ts -> packs/validatePack.ts': 'the type of a validated pack',
};

const imports = srcImports('src');
const key = (edge: SrcImport) => `${edge.from} -> ${edge.to}`;

describe('folders of src/', () => {
  it('the graph sees the imports it should (a broken parser would find no cycle at all)', () => {
    const folders = new Set(imports.map((edge) => topFolder(edge.from)));
    for (const folder of ['app', 'charts', 'data', 'map', 'plans', 'tools']) expect(folders).toContain(folder);
    expect(imports).toContainEqual({ from: 'app/lazyPanels.ts', to: 'panel/RegionPanel.tsx', typeOnly: false });
    expect(imports.some((edge) => edge.to.endsWith('.css'))).toBe(true);
  });

  it('import each other in no loop at run time', () => {
    const cycles = folderCycles(folderGraph(imports.filter((edge) => !edge.typeOnly)));
    expect(cycles.map(describeCycle)).toEqual([]);
  });

  it('import each other in no loop even counting types, but for the listed type-only imports', () => {
    const counted = imports.filter((edge) => !(edge.typeOnly && key(edge) in TYPE_ONLY_BACK_EDGES));
    expect(folderCycles(folderGraph(counted)).map(describeCycle)).toEqual([]);
  });

  it('lists only type-only imports that still exist', () => {
    const present = new Set(imports.filter((edge) => edge.typeOnly).map(key));
    expect(Object.keys(TYPE_ONLY_BACK_EDGES).filter((edge) => !present.has(edge))).toEqual([]);
  });
});

describe('the cycle finder', () => {
  const edge = (from: string, to: string): SrcImport => ({ from, to, typeOnly: false });

  it('names the loop through three folders and the imports that make it', () => {
    const graph = folderGraph([edge('a/x.ts', 'b/y.ts'), edge('b/y.ts', 'c/z.ts'), edge('c/z.ts', 'a/w.ts'), edge('c/z.ts', 'd/v.ts')]);
    const [cycle, ...rest] = folderCycles(graph);
    expect(rest).toEqual([]);
    expect(describeCycle(cycle)).toBe('a → b → c → a\n    a/x.ts imports b/y.ts\n    b/y.ts imports c/z.ts\n    c/z.ts imports a/w.ts');
  });

  it('finds none in a layered graph, and ignores imports inside one folder', () => {
    const graph = folderGraph([
      edge('a/x.ts', 'b/y.ts'),
      edge('a/x.ts', 'c/z.ts'),
      edge('b/y.ts', 'c/z.ts'),
      edge('c/z.ts', 'c/w.ts'),
      edge('c/w.ts', 'c/z.ts'),
    ]);
    expect(folderCycles(graph)).toEqual([]);
  });
});
