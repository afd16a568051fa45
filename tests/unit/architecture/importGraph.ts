import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One import of one file of src/ that stays inside src/, resolved to the file it names. */
export interface SrcImport {
  from: string; // path relative to src/, with '/'
  to: string;
  /** `import type`, `export type`, a specifier list of types only, or `typeof import(…)`: gone at run time. */
  typeOnly: boolean;
}

const SOURCE = /\.(ts|tsx)$/;
const RESOLVE_AS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : SOURCE.test(name) ? [path] : [];
  });
}

function resolveRelative(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  for (const suffix of RESOLVE_AS) {
    const path = base + suffix;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import such as `import './x.css'`
  if (clause.isTypeOnly) return true;
  // `import { type A, type B } from …` is elided by TypeScript; a default or namespace import is not.
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    !!bindings &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

/** Every module specifier a file names, with whether it survives to run time. */
function specifiersOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnlyImport(node) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) found.push({ specifier: arg.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The imports between files of `srcDir` (relative specifiers only: packages are not part of the graph). */
export function srcImports(srcDir: string): SrcImport[] {
  const root = resolve(srcDir);
  const name = (path: string) => relative(root, path).split(sep).join('/');
  return filesUnder(root).flatMap((file) =>
    specifiersOf(file)
      .filter(({ specifier }) => specifier.startsWith('.'))
      .flatMap(({ specifier, typeOnly }) => {
        const target = resolveRelative(file, specifier);
        if (!target || !target.startsWith(root + sep)) return [];
        return [{ from: name(file), to: name(target), typeOnly }];
      }),
  );
}

/** `map/MapView.tsx` → `map`; a file directly in src/ (main.tsx) is its own node. */
export const topFolder = (path: string) => path.split('/')[0];

/** Folder → folders it imports, each with one file-level import that witnesses the edge. */
export function folderGraph(imports: SrcImport[]): Map<string, Map<string, SrcImport>> {
  const graph = new Map<string, Map<string, SrcImport>>();
  for (const edge of imports) {
    const from = topFolder(edge.from);
    const to = topFolder(edge.to);
    if (from === to) continue;
    const targets = graph.get(from) ?? new Map<string, SrcImport>();
    if (!targets.has(to)) targets.set(to, edge);
    graph.set(from, targets);
  }
  return graph;
}

/**
 * The strongly connected components of more than one folder (Tarjan), each given as one cycle through it,
 * so a failure names the folders and the file imports that close the loop.
 */
export function folderCycles(graph: Map<string, Map<string, SrcImport>>): SrcImport[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const connect = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node)?.keys() ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return components.map((component) => cycleWithin(graph, new Set(component)));
}

/** A shortest cycle from the alphabetically first folder of a component back to itself, staying inside it. */
function cycleWithin(graph: Map<string, Map<string, SrcImport>>, members: Set<string>): SrcImport[] {
  const start = [...members].sort()[0];
  const cameFrom = new Map<string, SrcImport>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const [to, edge] of graph.get(node) ?? []) {
      if (!members.has(to) || cameFrom.has(to)) continue;
      cameFrom.set(to, edge);
      if (to === start) {
        const path: SrcImport[] = [];
        for (let at = start; path.length === 0 || at !== start; at = topFolder(cameFrom.get(at)!.from)) path.unshift(cameFrom.get(at)!);
        return path;
      }
      queue.push(to);
    }
  }
  throw new Error(`no cycle through ${start}`);
}

export function describeCycle(cycle: SrcImport[]): string {
  const folders = [...cycle.map((edge) => topFolder(edge.from)), topFolder(cycle[0].from)].join(' → ');
  return `${folders}\n${cycle.map((edge) => `    ${edge.from} imports ${edge.to}${edge.typeOnly ? ' (type only)' : ''}`).join('\n')}`;
}
