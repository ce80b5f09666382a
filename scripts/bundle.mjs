// Bundles the command so it starts fast (run by `npm run build`, after tsc):
//
//   dist/bin/cli.cjs        the CLI and every module it imports, one CommonJS file: one read
//                           instead of about 130 module loads, and a script V8 can cache
//   dist/bin/worker.js      the PDF rendering thread, beside cli.cjs where pack/pool.ts looks
//   dist/bin/classpack.cjs  the launcher (package.json's `bin`; see scripts/launcher.cjs)
//
// pdfkit and fontkit stay outside (they read their own data files relative to themselves);
// code only `build` needs stays behind the `import()`s of src/cli.ts, so `check` never runs
// it. Then `check` and `build --format html` run once on the demo module, so the first real
// run finds a code cache (a missing one is written by the first run instead).
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
const OUT = join(ROOT, 'dist/bin')
const EXTERNAL = ['pdfkit', 'fontkit']
const DEMO = join(ROOT, 'source/us-backstop-ukraine')

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // Less to read and compile: `check` started about 40 ms sooner (of CPU) than unminified.
  // Stack traces name minified functions; dist/src/cli.js runs the same code readably.
  minify: true,
  logLevel: 'warning',
  // Any other `import.meta` than `.url` would be empty in the CommonJS bundle: fail loudly.
  logOverride: { 'empty-import-meta': 'error' }
}

rmSync(OUT, { recursive: true, force: true })
await build({
  ...common,
  entryPoints: [join(ROOT, 'src/cli.ts')],
  outfile: join(OUT, 'cli.cjs'),
  format: 'cjs',
  // The sources locate templates, fonts and the worker from `import.meta.url`: the bundle's own.
  define: { 'import.meta.url': '__classpack_import_meta_url' },
  banner: { js: "var __classpack_import_meta_url = require('node:url').pathToFileURL(__filename).href;" }
})
await build({
  ...common,
  entryPoints: [join(ROOT, 'src/pack/worker.ts')],
  outfile: join(OUT, 'worker.js'),
  format: 'esm',
  // CommonJS packages inside an ES module bundle still `require` Node's own modules.
  banner: { js: "import { createRequire as __classpackCreateRequire } from 'node:module'; const require = __classpackCreateRequire(import.meta.url);" }
})

const hash = createHash('sha256').update(readFileSync(join(OUT, 'cli.cjs'))).digest('hex')
const launcher = join(OUT, 'classpack.cjs')
writeFileSync(launcher, '#!/usr/bin/env node\n' + readFileSync(join(ROOT, 'scripts/launcher.cjs'), 'utf8').replace('__CLASSPACK_BUNDLE_HASH__', hash))
chmodSync(launcher, 0o755)

if (existsSync(DEMO)) {
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
