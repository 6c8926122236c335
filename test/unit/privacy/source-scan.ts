import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Everything that ships in the extension bundle. */
export const SHIPPED_DIRS = ['lib', 'components', 'entrypoints'];

export interface Finding {
  file: string;
  line: number;
  name: string;
}

export function sourceFiles(dirs = SHIPPED_DIRS, extensions = ['.ts', '.tsx']): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
      .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name))),
  );
}

/**
 * Every use of one of `names` as code (an identifier: a call, a property, a JSX attribute), not
 * in comments or strings, so a comment that mentions `fetch(` is no finding and `x['fetch']` is.
 * A name with a dot (`document.write`) matches that property access.
 */
export function findNames(file: string, text: string, names: ReadonlySet<string>): Finding[] {
  // Parsing is the slow part: skip a file that does not even contain one of the names.
  if (![...names].some((name) => text.includes(name))) return [];
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const found: Finding[] = [];
  const visit = (node: ts.Node) => {
    const name =
      ts.isIdentifier(node) || ts.isPrivateIdentifier(node)
        ? node.text
        : ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)
          ? node.argumentExpression.text
          : undefined;
    // A qualified name (`document.write`) for methods whose bare name is common elsewhere.
    const qualified = ts.isPropertyAccessExpression(node)
      ? `${node.expression.getText(source)}.${node.name.text}`
      : undefined;
    for (const match of [name, qualified]) {
      if (match !== undefined && names.has(match)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ file, line: line + 1, name: match });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function scanShipped(names: ReadonlySet<string>): Finding[] {
  return sourceFiles().flatMap((file) =>
    findNames(file, readFileSync(path.join(ROOT, file), 'utf8'), names),
  );
}
