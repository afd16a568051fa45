import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Small units: a file of src/ stays under about 300 lines and a function under about 120, unless a
 * comment starting `Size:` says why — at the top of the file for a file, right above a function
 * for a function. The reason is the price of the exception: it has to be written where it is read.
 */
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 120;
const SRC = join(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const hasReason = (text: string) => /\bSize:/.test(text);

/** Functions (declarations, methods, arrows, function expressions) longer than the limit, without a reason above them. */
export function longFunctions(fileName: string, text: string, max = MAX_FUNCTION_LINES): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const lines = lineOf(node.getEnd()) - lineOf(node.getStart(source)) + 1;
      // The comment may sit above the function or above the statement that holds it (`const f = () => …`).
      const holder = ts.isVariableDeclaration(node.parent) ? node.parent.parent.parent : node;
      const comments = ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? [];
      const reason = comments.some((c) => hasReason(text.slice(c.pos, c.end)));
      if (lines > max && !reason) found.push(`${fileName}:${lineOf(node.getStart(source)) + 1} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('unit sizes in src/', () => {
  const files = sourceFiles(SRC).map((path) => ({ name: relative(SRC, path), text: readFileSync(path, 'utf8') }));

  it('has no file over the limit without a reason at its top', () => {
    const long = files.filter((f) => f.text.split('\n').length > MAX_FILE_LINES && !hasReason(f.text.slice(0, 2000)));
    expect(long.map((f) => `${f.name} (${f.text.split('\n').length} lines)`)).toEqual([]);
  });

  it('has no function over the limit without a reason above it', () => {
    expect(files.flatMap((f) => longFunctions(f.name, f.text))).toEqual([]);
  });

  it('finds a long function and accepts one with a reason', () => {
    const body = Array.from({ length: 130 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    expect(longFunctions('a.ts', `export function long() {\n${body}\n}\n`)).toEqual(['a.ts:1 (132 lines)']);
    expect(longFunctions('b.ts', `export const long = () => {\n${body}\n};\n`)).toEqual(['b.ts:1 (132 lines)']);
    expect(longFunctions('c.ts', `// Size: one table, read top to bottom.\nexport function long() {\n${body}\n}\n`)).toEqual([]);
  });
});
