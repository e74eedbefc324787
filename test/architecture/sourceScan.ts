/**
 * Reading `src/` as the TypeScript compiler parses it, for the architecture tests: every function with its
 * length in lines, and every import between source files (type-only imports included).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');
export const SRC = path.join(ROOT, 'src');

/** Every .ts and .tsx file under `dir`, as paths relative to the project root with forward slashes. */
export function sourceFiles(dir: string = SRC): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(relative(full));
  }
  return out.sort();
}

function relative(full: string): string {
  return path.relative(ROOT, full).split(path.sep).join('/');
}

function parse(file: string, source?: string): ts.SourceFile {
  const text = source ?? fs.readFileSync(path.join(ROOT, file), 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

/** A function of the source with the lines it spans. */
export interface FunctionSpan {
  file: string;
  name: string;
  line: number;
  lines: number;
}

/** The name a function is known by: its own, the variable or property it is assigned to, or its line. */
function nameOf(node: ts.FunctionLikeDeclaration, sf: ts.SourceFile): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  let p: ts.Node = node.parent;
  // Through wrappers such as React.memo(function …) or useCallback(() => …) to the variable holding them.
  while (ts.isCallExpression(p) || ts.isParenthesizedExpression(p) || ts.isAsExpression(p)) p = p.parent;
  if ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p)) && ts.isIdentifier(p.name)) return p.name.text;
  return `(anonymous at line ${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1})`;
}

/** Every function, method, arrow function and accessor in `file` (or in `source`), nested ones included. */
export function functionsOf(file: string, source?: string): FunctionSpan[] {
  const sf = parse(file, source);
  const out: FunctionSpan[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const fn = node as ts.FunctionLikeDeclaration;
      const start = sf.getLineAndCharacterOfPosition(fn.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(fn.getEnd()).line;
      out.push({ file, name: nameOf(fn, sf), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The source files `file` imports or re-exports from (relative specifiers only), type-only ones included. */
export function importsOf(file: string): string[] {
  const sf = parse(file);
  const out = new Set<string>();
  for (const stmt of sf.statements) {
    const spec =
      (ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt)) &&
      stmt.moduleSpecifier &&
      ts.isStringLiteral(stmt.moduleSpecifier)
        ? stmt.moduleSpecifier.text
        : null;
    if (!spec || !spec.startsWith('.')) continue;
    const target = resolveModule(path.join(ROOT, path.dirname(file)), spec);
    if (target) out.add(target);
  }
  return [...out].sort();
}

function resolveModule(fromDir: string, spec: string): string | null {
  const base = path.resolve(fromDir, spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile())
      return relative(candidate);
  }
  return null;
}

/**
 * The groups of files that import each other, directly or through others (strongly connected components of
 * the import graph with more than one file, or a file importing itself), by Tarjan's algorithm.
 */
export function importCycles(
  files: string[] = sourceFiles(),
  edgesOf: (file: string) => string[] = importsOf,
): string[][] {
  const edges = new Map(files.map((f) => [f, edgesOf(f)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (edges.get(v) ?? []).includes(v)) groups.push(group.sort());
  };
  for (const f of files) if (!index.has(f)) connect(f);
  return groups.sort((a, b) => a[0].localeCompare(b[0]));
}
