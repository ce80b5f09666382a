// Declared dependencies match what the code imports: every package src/ imports is a
// dependency, every dependency is imported, and every package the published type
// declarations name can be resolved by a project that installs classpack.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers/fixtures.js'
import { importGraph, importsOf, packageOf, sourceFiles } from './helpers/imports.js'

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> }
const dependencies = new Set(Object.keys(pkg.dependencies))
const declared = new Set([...dependencies, ...Object.keys(pkg.devDependencies)])

/** The package that provides a module's types: itself, or `@types/…` for a types-only name like `mdast`. */
const typesOf = (name: string, among: ReadonlySet<string>): string | undefined => [name, `@types/${name.replace(/^@(.*)\/(.*)$/, '$1__$2')}`].find((p) => among.has(p))

const graph = importGraph().map((i) => ({ ...i, package: packageOf(i.specifier) })).filter((i): i is typeof i & { package: string } => i.package !== null)
const runtime = new Set(graph.filter((i) => !i.typeOnly).map((i) => i.package))
const typeOnly = new Set(graph.filter((i) => i.typeOnly).map((i) => i.package))

describe('package.json dependencies', () => {
  it('are read (so the checks below see something)', () => {
    expect(runtime.has('csv-parse')).toBe(true)
    expect(runtime.has('fontkit')).toBe(true)
    expect(typeOnly.has('mdast')).toBe(true)
  })

  it('declare every package src/ imports at run time', () => {
    expect([...runtime].filter((name) => !dependencies.has(name)).sort()).toEqual([])
  })

  it('declare a package or its @types for every type-only import', () => {
    expect([...typeOnly].filter((name) => typesOf(name, declared) === undefined).sort()).toEqual([])
  })

  it('hold nothing src/ does not import', () => {
    const used = new Set([...runtime, ...[...typeOnly].map((name) => typesOf(name, dependencies)).filter((p): p is string => p !== undefined)])
    expect([...dependencies].filter((name) => !used.has(name)).sort()).toEqual([])
  })

  it('cover every package the published type declarations name', () => {
    const declarations = join(ROOT, 'dist/src/index.d.ts')
    expect(existsSync(declarations), 'run `npm run build` first').toBe(true)
    const named = new Set(
      sourceFiles('dist/src')
        .filter((file) => file.endsWith('.d.ts'))
        .flatMap(importsOf)
        .map((i) => packageOf(i.specifier))
        .filter((p): p is string => p !== null)
    )
    expect(named.has('vfile')).toBe(true)
    expect([...named].filter((name) => typesOf(name, dependencies) === undefined).sort()).toEqual([])
  })

  it('keep bench/ to declared packages', () => {
    const bench = sourceFiles('bench').flatMap(importsOf).map((i) => packageOf(i.specifier)).filter((p): p is string => p !== null)
    expect(bench.filter((name) => typesOf(name, declared) === undefined)).toEqual([])
  })
})
