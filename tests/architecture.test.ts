// The shape of src/: no import cycles, a pure core between clear edges. The load stage
// reads, the writer writes, the CLI is a shell around the library API, and views know
// nothing of the CLI, the pack or rendering.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers/fixtures.js'
import { cycles, importGraph, importsOf, sourceFiles, type Import } from './helpers/imports.js'

const graph = importGraph()
const local = graph.filter((i): i is Import & { file: string } => i.file !== null)

/** Imports from files matching `from` of files matching `to` (type-only ones too unless `runtime`). */
function imports(from: RegExp, to: RegExp, runtime = false): string[] {
  return local.filter((i) => from.test(i.from) && to.test(i.file) && !(runtime && i.typeOnly)).map((i) => `${i.from} → ${i.file}`)
}

/** The stage a file belongs to: its folder under src/, or the file itself at the top. */
function stage(file: string): string {
  const parts = file.split('/')
  return parts.length > 2 ? `src/${parts[1]}/` : file
}

describe('the import graph of src/', () => {
  it('is read (so the rules below see something)', () => {
    expect(sourceFiles().length).toBeGreaterThan(50)
    expect(local.some((i) => i.from === 'src/command.ts' && i.file === 'src/index.ts')).toBe(true)
    expect(local.some((i) => i.from === 'src/index.ts' && i.file === 'src/build.ts' && i.dynamic)).toBe(true)
    expect(local.some((i) => i.from === 'src/index.ts' && i.file === 'src/init.ts' && i.dynamic)).toBe(true)
    expect(graph.some((i) => i.from === 'src/roster/csv.ts' && i.specifier === 'csv-parse/sync')).toBe(true)
  })

  it('finds a cycle when there is one, and names it', () => {
    expect(cycles([['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd']])).toEqual([['a', 'b', 'c', 'a']])
    expect(cycles([['a', 'a']])).toEqual([['a', 'a']])
    expect(cycles([['a', 'b'], ['b', 'c']])).toEqual([])
  })

  it('has no cycle between files at run time', () => {
    const found = cycles(local.filter((i) => !i.typeOnly).map((i) => [i.from, i.file] as const))
    expect(found.map((c) => c.join(' → '))).toEqual([])
  })

  it('has type-only cycles only where a registry and the interface it fills name each other', () => {
    // A question type names its UI words (lang/), the UI strings interface lists every
    // type's and format's words, and a format's writer takes the Module whose items are
    // the registered types: the compiler checks both directions, and nothing of it runs.
    const registry = /^src\/(types|lang|formats)(\/|\.ts$)/
    const found = cycles(local.map((i) => [i.from, i.file] as const))
    expect(found.filter((c) => !c.some((file) => registry.test(file))).map((c) => c.join(' → '))).toEqual([])
  })

  it('has no cycle between stages (folders) at run time', () => {
    const edges = local.filter((i) => !i.typeOnly && stage(i.from) !== stage(i.file)).map((i) => [stage(i.from), stage(i.file)] as const)
    expect(cycles(edges).map((c) => c.join(' → '))).toEqual([])
  })
})

describe('layering', () => {
  it('views import neither the CLI, its report, the library entry, the pack, rendering, loading nor writing', () => {
    expect(imports(/^src\/view\//, /^src\/(cli|check|index|build|write|load)\.ts$|^src\/(pack|render|load|export)\//)).toEqual([])
  })

  it('the pack imports neither the CLI, its report, the library entry, the build command nor the writer', () => {
    expect(imports(/^src\/pack\//, /^src\/(cli|check|index|build|write)\.ts$/)).toEqual([])
  })

  it('the pack reads nothing from disk: templates come in as data from the load stage', () => {
    expect(imports(/^src\/(pack|fill|view|render\/[^/]+\.ts$)/, /^src\/load(\.ts|\/)/, true)).toEqual([])
  })

  it('the pack is handed its rendering threads: only the build command starts them', () => {
    expect(imports(/./, /^src\/pack\/pool\.ts$/, true)).toEqual(['src/build.ts → src/pack/pool.ts'])
  })

  it('only the build command writes a pack and its cache, only the init command a module, and only `check --renumber` its references', () => {
    expect(imports(/./, /^src\/write\.ts$/, true)).toEqual(['src/build.ts → src/write.ts'])
    // The writers share write/folders.ts among themselves; from outside, only the three commands reach them.
    expect(imports(/^(?!src\/write(\.ts|\/))/, /^src\/write\//, true).sort()).toEqual(['src/build.ts → src/write/cache.ts', 'src/init.ts → src/write/module.ts', 'src/renumber.ts → src/write/edits.ts'])
    expect(imports(/^src\/write(\.ts|\/)/, /^src\/write\/folders\.ts$/, true).sort()).toEqual(['src/write.ts → src/write/folders.ts', 'src/write/cache.ts → src/write/folders.ts', 'src/write/module.ts → src/write/folders.ts'])
  })

  it('the library entry loads init (linkedom, Readability, mammoth, compromise) only when initModule is called', () => {
    expect(imports(/^src\/index\.ts$/, /^src\/init(\.ts|\/)/, true).filter((edge) => !edge.endsWith('src/init/article-type.ts'))).toEqual(['src/index.ts → src/init.ts'])
    expect(local.filter((i) => i.from === 'src/index.ts' && i.file === 'src/init.ts' && !i.typeOnly).every((i) => i.dynamic)).toBe(true)
  })

  it('the library entry loads the studio (its server and page) only when startStudio is called, and the studio does not import the entry back', () => {
    expect(imports(/^src\/index\.ts$/, /^src\/studio(\.ts|\/)/, true)).toEqual(['src/index.ts → src/studio.ts'])
    expect(local.filter((i) => i.from === 'src/index.ts' && i.file === 'src/studio.ts' && !i.typeOnly).every((i) => i.dynamic)).toBe(true)
    expect(imports(/^src\/studio(\.ts|\/)/, /^src\/(index|cli|command)\.ts$/)).toEqual([])
  })

  it('nothing imports the CLI, and the CLI calls the library only through its API', () => {
    expect(imports(/./, /^src\/cli\.ts$/)).toEqual([])
    expect(imports(/./, /^src\/command\.ts$/)).toEqual(['src/cli.ts → src/command.ts'])
    const files = (from: string): string[] => [...new Set(importsOf(from).flatMap((i) => (i.file === null ? [] : [i.file])))]
    expect(files('src/cli.ts')).toEqual(['src/command.ts'])
    expect(files('src/command.ts').sort()).toEqual(['src/build-watch.ts', 'src/flags.ts', 'src/index.ts', 'src/progress.ts', 'src/system-error.ts'])
    // `build --watch` is the CLI's too: it watches through the API as well.
    expect(files('src/build-watch.ts')).toEqual(['src/index.ts'])
  })

  it('only the edges touch the file system', () => {
    // The load stage reads inputs and templates, the writers write (write.ts a pack,
    // write/module.ts the new module of `classpack init`; guard.ts and guard/ look first at what
    // is at the target), verify reads a pack,
    // the CLI checks a flag's folder (and `build --watch` which changed files are still there, to
    // name them); paths.ts finds the package root, pool.ts looks for
    // the compiled worker, and the PDF backend reads its font files. The studio is a server
    // over the module folder: it serves its page, reads and writes the module's files and
    // watches them.
    const edges = /^src\/(load\/.*|write|write\/.*|guard|guard\/.*|verify|command|build-watch|paths|pack\/pool|render\/pdf\/.*|studio|studio\/.*)\.ts$/
    const fs = graph.filter((i) => /^(node:)?fs(\/promises)?$/.test(i.specifier)).map((i) => i.from)
    expect(fs.filter((file) => !edges.test(file))).toEqual([])
    expect(fs).toContain('src/load/templates.ts')
    expect(fs).toContain('src/write/module.ts')
  })

  it('the domain type Student lives in the roster model, not in a view', () => {
    const declares = sourceFiles().filter((file) => /^export (interface|type) Student\b/m.test(readFileSync(join(ROOT, file), 'utf8')))
    expect(declares).toEqual(['src/roster/model.ts'])
  })
})
