// Bundles the command so it starts fast (run by `npm run build`, after tsc):
//
//   dist/bin/cli.cjs        the CLI and every module it imports, one CommonJS file: one read
//                           instead of about 130 module loads, and a script V8 can cache
//   dist/bin/check.cjs      the same without what only build, init and studio run: `check`
//   dist/bin/worker.cjs     the PDF rendering thread, beside cli.cjs where pack/pool.ts looks
//   dist/bin/any-ascii.cjs  transliteration for file names, read by a build with a roster
//   dist/bin/templates.cjs  the built-in templates, precompiled
//   dist/bin/classpack.cjs  the launcher (package.json's `bin`; see scripts/launcher.cjs)
//   dist/bin/code.sha256    a hash of them all, classpack's code in the document cache's keys
//   dist/bin/runtime-packages.json
//                           the dependencies the bundles leave to node_modules (pdfkit, fontkit,
//                           the fonts): the cache's keys fingerprint these as installed
//
// pdfkit and fontkit stay outside (they read their own data files relative to themselves);
// code only `build` needs stays behind the `import()`s of src/cli.ts, so `check` never runs
// it. Then `check` and `build --format html` run once on the demo module, so the first real
// run finds a code cache (a missing one is written by the first run instead).
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
const INSTALLED = join(ROOT, 'dist/bin')
// Elsewhere only for tests/bundle.test.ts, which bundles again to see the same bytes.
const OUT = process.env.CLASSPACK_BUNDLE_OUT ? resolve(process.env.CLASSPACK_BUNDLE_OUT) : INSTALLED
const EXTERNAL = ['pdfkit', 'fontkit']
const DEMO = join(ROOT, 'source/us-backstop-ukraine')

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // Less to read and compile: `check` started about 40 ms sooner (of CPU) than unminified.
  // Stack traces name minified functions; dist/src/cli.js runs the same code readably.
  minify: process.env.CLASSPACK_BUNDLE_MINIFY !== '0',
  logLevel: 'warning',
  // Any other `import.meta` than `.url` would be empty in the CommonJS bundle: fail loudly.
  logOverride: { 'empty-import-meta': 'error' }
}

const SRC = join(ROOT, 'src') + sep
const CLI_ENTRY = join(ROOT, 'src/cli.ts')
const INDEX = join(ROOT, 'src/index.ts')
const INIT_ENTRY = join(ROOT, 'src/init.ts')
const INIT_DIR = join(ROOT, 'src/init') + sep
/** Whether `path` is init's own code: src/init.ts and src/init/. */
const ownedByInit = (path) => path === INIT_ENTRY || path.startsWith(INIT_DIR)
const cli = {
  ...common,
  entryPoints: [CLI_ENTRY],
  format: 'cjs',
  // The sources locate templates, fonts and the worker from `import.meta.url`: the bundle's own.
  define: { 'import.meta.url': '__classpack_import_meta_url' }
}
/** Resolves the library's `import('./init.js')` (src/index.ts) with `plugin`. */
const initImport = (plugin) => ({ name: 'init-import', setup: (b) => b.onResolve({ filter: /^\.\/init\.js$/ }, (args) => (args.importer === INDEX ? plugin(args) : undefined)) })

rmSync(OUT, { recursive: true, force: true })
mkdirSync(OUT, { recursive: true })

// `classpack init` brings its own libraries (an NLP lexicon, DOCX and HTML readers), twice
// the size of everything else, and esbuild lifts every function of an ES module to the top
// of a bundle, where V8 creates each one as the bundle starts, called or not. So init and
// the packages only it uses go in a file of their own, init.cjs, read when init runs. The
// src/ modules and packages it shares with the rest stay single copies in cli.cjs, handed
// to init.cjs by the name it requires them by (FlagError stays one class).
const rest = await build({ ...cli, write: false, metafile: true, plugins: [initImport(() => ({ path: 'init', external: true }))] })
const shared = new Set(Object.keys(rest.metafile.inputs).map(packageOf).filter((name) => name !== null))
/** What init.cjs requires from cli.cjs: name it requires → what cli.cjs requires for it. */
const handed = new Map()
const init = await build({
  ...cli,
  entryPoints: [INIT_ENTRY],
  write: false,
  metafile: true,
  plugins: [
    {
      name: 'share-with-cli',
      setup(b) {
        b.onResolve({ filter: /.*/ }, async (args) => {
          // Imports inside packages resolve as usual; only init's own files are redirected.
          if (args.pluginData === 'resolving' || !ownedByInit(args.importer) || args.path.startsWith('node:')) return undefined
          if (!args.path.startsWith('.')) {
            if (!shared.has(packageName(args.path))) return undefined
            handed.set(args.path, args.path)
            return { path: args.path, external: true }
          }
          const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' })
          if (resolved.errors.length > 0 || ownedByInit(resolved.path)) return resolved
          const name = relative(ROOT, resolved.path).split(sep).join('/')
          handed.set(name, resolved.path)
          return { path: name, external: true }
        })
      }
    }
  ]
})
writeFileSync(
  join(OUT, 'init.cjs'),
  // A factory: cli.cjs calls it with a `require` that answers the shared names.
  `module.exports = function (require) {\n'use strict'\nvar module = { exports: {} }, exports = module.exports;\nvar __classpack_import_meta_url = require('node:url').pathToFileURL(__filename).href;\n${init.outputFiles[0].text}return module.exports\n}\n`
)
// Sorted: esbuild resolves in parallel, so the order names arrive in varies from build to
// build, and the bundle (whose hash names its code cache and the document cache's code) would too.
const cases = [...handed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, target]) => `case ${JSON.stringify(name)}: return require(${JSON.stringify(target)})`).join('\n')
const initModule = `let loaded
export function initModule(...args) {
  loaded ??= require('./init.cjs')((name) => {
    switch (name) {
      ${cases}
      default: return require(name)
    }
  })
  return loaded.initModule(...args)
}
`
// any-ascii (file names in any script; src/roster/transliterate.ts) is a half-megabyte
// table: a file of its own beside cli.cjs, which requires it when a build has a roster.
// Its function is what the file exports, as Node hands a CommonJS module to an import.
const anyAsciiBuild = await build({ ...common, metafile: true, entryPoints: [fileURLToPath(import.meta.resolve('any-ascii'))], format: 'cjs', outfile: join(OUT, 'any-ascii.cjs'), footer: { js: 'module.exports = module.exports.default;' } })
const anyAscii = { name: 'any-ascii', setup: (b) => b.onResolve({ filter: /^any-ascii$/ }, () => ({ path: './any-ascii.cjs', external: true })) }
/** A bundle written to `file` beside the launcher, `import.meta.url` its own file's URL. */
const bundleTo = (file, options) =>
  build({ ...cli, metafile: true, outfile: join(OUT, file), banner: { js: "var __classpack_import_meta_url = require('node:url').pathToFileURL(__filename).href;" }, ...options })
const cliBuild = await bundleTo('cli.cjs', {
  plugins: [
    anyAscii,
    initImport(() => ({ path: INIT_ENTRY, namespace: 'classpack-init' })),
    {
      name: 'init-module',
      setup(b) {
        b.onLoad({ filter: /.*/, namespace: 'classpack-init' }, () => ({ contents: initModule, loader: 'js', resolveDir: dirname(INIT_ENTRY) }))
        b.onResolve({ filter: /^\.\/init\.cjs$/ }, () => ({ path: './init.cjs', external: true }))
      }
    }
  ]
})
// `classpack check` runs check.cjs: the same command without what only build, init and the
// studio run (the renderers, the exporters' writers, the studio's server: a third of
// cli.cjs). esbuild defers running a lazily imported module's code but not declaring its
// functions, and V8 reads, creates and caches every one as the bundle starts; a `check`
// with 370 KB less to read and 175 KB less of cached code started about 20 ms sooner
// here. Those three imports of src/index.ts answer here with functions that throw: the
// launcher runs this bundle for `check` alone, whose code never calls them.
const checkBuild = await bundleTo('check.cjs', {
  plugins: [
    anyAscii,
    {
      name: 'check-only',
      setup(b) {
        b.onResolve({ filter: /^\.\/(build|init|studio)\.js$/ }, (args) => (args.importer === INDEX ? { path: args.path, namespace: 'classpack-absent' } : undefined))
        b.onLoad({ filter: /.*/, namespace: 'classpack-absent' }, (args) => ({
          contents: ['buildModule', 'initModule', 'startStudio'].map((name) => `export function ${name}() { throw new Error('classpack: check.cjs has no ${args.path}; cli.cjs runs every command') }`).join('\n'),
          loader: 'js'
        }))
      }
    }
  ]
})

// The launcher compiles cli.cjs or check.cjs as it reads it, one string with no copy made of
// it: so the file is the function it runs (CommonJS's wrapper written in, the `#!` line left
// out), and ASCII, which Node reads as Latin-1 into a one-byte string (half the memory of
// the two-byte string a single `…` in a pattern makes of the whole megabyte, and no UTF-8
// to decode). Together about 1,600 fewer pages of memory touched by a `check` (of 9,600),
// which on this virtual machine cost more than the instructions.
for (const name of ['cli.cjs', 'check.cjs']) {
  const file = join(OUT, name)
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, `(function (exports, require, module, __filename, __dirname) {${asciiOnly(text.replace(/^#![^\n]*/, ''))}\n})`)
}

// The rendering thread is CommonJS too: an ES module's imports all run before its own code,
// so pdfkit and fontkit would start before lazy-deps.ts could put its stand-ins in place
// (each thread would start Brotli, AES and kin again). pack/pool.ts looks for worker.cjs
// beside cli.cjs.
const workerBuild = await bundleTo('worker.cjs', { entryPoints: [join(ROOT, 'src/pack/worker.ts')] })

// A dependency none of the bundles holds is read from node_modules as the command runs:
// pdfkit and fontkit (external above) with theirs, and the font packages (found by
// require.resolve). The document cache fingerprints these as installed (src/write/cache.ts);
// the bundled ones are in code.sha256 with the bundles.
const bundled = new Set([cliBuild, checkBuild, workerBuild, init, anyAsciiBuild].flatMap((b) => Object.keys(b.metafile.inputs).map(packageOf)).filter((name) => name !== null))
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
const runtime = Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies }).filter((name) => !bundled.has(name)).sort()
writeFileSync(join(OUT, 'runtime-packages.json'), JSON.stringify(runtime, null, 2) + '\n')

const hashOf = (name) => createHash('sha256').update(readFileSync(join(OUT, name))).digest('hex')
const launcher = join(OUT, 'classpack.cjs')
writeFileSync(launcher, '#!/usr/bin/env node\n' + readFileSync(join(ROOT, 'scripts/launcher.cjs'), 'utf8').replace('__CLASSPACK_CLI_HASH__', hashOf('cli.cjs')).replace('__CLASSPACK_CHECK_HASH__', hashOf('check.cjs')))
chmodSync(launcher, 0o755)

// The built-in templates, precompiled (src/fill/templates.ts finds them by the hash of
// their text, so an edited one compiles as usual): a build does not parse and compile them.
const { precompile, templateKey } = await import(join(ROOT, 'dist/src/fill/templates.js'))
const specs = []
for (const name of readdirSync(join(ROOT, 'templates'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.hbs')).sort()) {
  const text = readFileSync(join(ROOT, 'templates', name), 'utf8')
  const done = precompile(text)
  if (done === undefined) throw new Error(`bundle: templates/${name} does not compile`)
  specs.push(`${JSON.stringify(templateKey(text))}: { partials: ${JSON.stringify(done.partials)}, spec: ${done.spec} }`)
}
writeFileSync(join(OUT, 'templates.cjs'), `'use strict'\n// classpack's built-in templates, precompiled by scripts/bundle.mjs, by the sha256 of their text.\nmodule.exports = {\n${specs.join(',\n')}\n}\n`)

// What the document cache fingerprints classpack's code by (src/write/cache.ts): every
// file of the bundle, hashed here once rather than read and hashed by every build.
const code = createHash('sha256')
for (const entry of readdirSync(OUT, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
  if (entry.isFile()) code.update(`${entry.name}\0`).update(readFileSync(join(OUT, entry.name)))
}
writeFileSync(join(OUT, 'code.sha256'), `${code.digest('hex')}\n`)

// The installed command only: from another folder its packages are not found.
if (OUT === INSTALLED && existsSync(DEMO)) {
  const out = mkdtempSync(join(tmpdir(), 'classpack-warm-'))
  try {
    for (const args of [['check', DEMO], ['build', DEMO, '--format', 'html', '--out', out]]) {
      const run = spawnSync(process.execPath, [launcher, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CLASSPACK_CODE_CACHE: '1' } })
      // 1 is a problem in the demo's files, which a user may be editing; anything else is ours.
      if (run.status !== 0 && run.status !== 1) throw new Error(`bundle: \`classpack ${args[0]}\` failed from the bundle:\n${run.stderr}`)
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

/**
 * `text` with every character beyond ASCII written as a `\uXXXX` escape. esbuild escapes
 * them in strings and templates but leaves regular expression literals as written, and
 * String.raw templates (src/references/parse.ts builds patterns from those); in a pattern an
 * escape is the character it names, a surrogate pair's two escapes one character under the
 * `u` flag as the pair is. `\…`, an identity escape, becomes the escape alone.
 */
function asciiOnly(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, char) => `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** The package a bundled file belongs to (`node_modules/vfile/lib/index.js` → `vfile`), or null for our own. */
function packageOf(input) {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input)
  return match ? match[1] : null
}

/** The package an import names (`vfile`, `@mozilla/readability/x` → `@mozilla/readability`). */
function packageName(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}
