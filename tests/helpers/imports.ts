// The import graph of src/, read with the TypeScript compiler's parser: every import and
// export-from statement and every dynamic import(), with whether it is only for types.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import ts from 'typescript'
import { ROOT } from './fixtures.js'

export interface Import {
  /** The importing file, relative to the repository: `src/pack/build.ts`. */
  from: string
  /** The specifier as written: `../fill/templates.js`, `node:fs`, `csv-parse/sync`. */
  specifier: string
  /** For a relative specifier, the imported file (`src/fill/templates.ts`); null for a package or a built-in. */
  file: string | null
  /** Erased when compiled: `import type`, `export type`, or every name marked `type`. */
  typeOnly: boolean
  /** An `import()` expression, or a `require` through createRequire. */
  dynamic: boolean
}

/** Every .ts file under `dir` (relative to the repository), sorted. */
export function sourceFiles(dir = 'src'): string[] {
  const out: string[] = []
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(ROOT, rel), { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts')) out.push(path)
    }
  }
  walk(dir)
  return out.sort()
}

/** The imports of one file. */
export function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true)
  const found: Import[] = []
  const add = (specifier: string, typeOnly: boolean, dynamic: boolean): void => {
    const file = specifier.startsWith('.') ? relative(ROOT, join(ROOT, dirname(source.fileName), specifier)).split(sep).join('/').replace(/\.js$/, '.ts') : null
    found.push({ from: source.fileName, specifier, file, typeOnly, dynamic })
  }
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause
      const named = clause?.namedBindings
      const allTypes = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)))
      add(statement.moduleSpecifier.text, allTypes, false)
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const named = statement.exportClause
      const allTypes = statement.isTypeOnly || (named !== undefined && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly))
      add(statement.moduleSpecifier.text, allTypes, false)
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) add(node.arguments[0].text, false, true)
    // `require('fontkit')`, `require.resolve('dejavu-fonts-ttf/package.json')` through createRequire.
    if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression
      const required = ts.isIdentifier(callee) ? callee.text === 'require' : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'require' && callee.name.text === 'resolve'
      if (required) add(node.arguments[0].text, false, true)
    }
    // `typeof import('…')` in a type position is erased.
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) add(node.argument.literal.text, true, true)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Every import of every file under src/. */
export function importGraph(): Import[] {
  return sourceFiles().flatMap(importsOf)
}

/** The package a bare specifier names: `csv-parse/sync` → `csv-parse`, `@types/x/y` → `@types/x`; null for `node:` built-ins and relative paths. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return null
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

/** The cycles of a graph (one per strongly connected component of more than one node, or a node importing itself), each as a path that returns to its start. */
export function cycles(edges: ReadonlyArray<readonly [string, string]>): string[][] {
  const next = new Map<string, string[]>()
  for (const [a, b] of edges) {
    if (!next.has(a)) next.set(a, [])
    if (!next.has(b)) next.set(b, [])
    next.get(a)!.push(b)
  }
  // Tarjan's strongly connected components.
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  const connect = (v: string): void => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of next.get(v)!) {
      if (!index.has(w)) {
        connect(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      components.push(component)
    }
  }
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v)

  // Name each cycle by a shortest path from the component's first node back to itself.
  const out: string[][] = []
  for (const component of components) {
    const members = new Set(component)
    const start = [...component].sort()[0]!
    if (component.length === 1 && !next.get(start)!.includes(start)) continue
    const previous = new Map<string, string>()
    const queue = [start]
    let end: string | undefined
    while (queue.length && end === undefined) {
      const v = queue.shift()!
      for (const w of next.get(v)!) {
        if (!members.has(w)) continue
        if (w === start) {
          end = v
          break
        }
        if (!previous.has(w)) {
          previous.set(w, v)
          queue.push(w)
        }
      }
    }
    const path = [start]
    for (let v = end!; v !== start; v = previous.get(v)!) path.splice(1, 0, v)
    out.push([...path, start])
  }
  return out
}
