// The `classpack` command (package.json's `bin`, copied to dist/bin/classpack.cjs by
// scripts/bundle.mjs). It runs the bundled CLI beside it (check.cjs for `check`, which holds
// only what check runs; cli.cjs for every other command) through V8's code cache:
// the bytecode an earlier run compiled is read back instead of compiled again, which is
// much of what a cold `classpack check` spends beyond Node's own start.
//
// The CommonJS files the bundle requires as it runs (pdfkit and fontkit with theirs from
// node_modules, the precompiled templates, any-ascii, init.cjs) go through the same kind of
// cache, kept beside the bundle's: about 30 ms of a `build`'s compiling.
//
// The cache only ever saves time. One file per bundle, Node binary, flags and command, in
// dist/bin/cache/, and one more for what that command required; V8 itself refuses code
// that does not fit (and the code is the same either way). After a run that found none,
// or one V8 refused, the cache is written to a temporary file and renamed into place, so
// a reader never sees half of one. Safe to delete; CLASSPACK_CODE_CACHE=0 runs without
// it and writes none.
'use strict'
const { accessSync, constants, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs')
const Module = require('node:module')
const { createRequire } = Module
const { dirname, join } = require('node:path')
const v8 = require('node:v8')
const vm = require('node:vm')

const COMMANDS = ['check', 'build', 'verify']
/** Code of required files kept from earlier runs beside this run's, at most (a build's own is about 1.4 MB). */
const KEPT_BYTES = 16 * 1024 * 1024

const command = COMMANDS.includes(process.argv[2]) ? process.argv[2] : 'other'
const BUNDLE = join(__dirname, command === 'check' ? 'check.cjs' : 'cli.cjs')
// The bundle's sha256, put here by scripts/bundle.mjs: a rebuilt bundle never meets the
// cache of an older one (V8 itself compares only the source's length).
const BUNDLE_HASH = command === 'check' ? '__CLASSPACK_CHECK_HASH__' : '__CLASSPACK_CLI_HASH__'
// `check` reads a few files and exits; the optimizing compiler's work (on a background
// thread) costs it more than it returns. `build` renders for seconds and keeps it.
// Nor does it gain from V8's regular expression tier-up (each pattern interpreted on its
// first match, compiled on a later one): most of check's patterns run over a few hundred
// short texts, compiled either way, and interpreted first they also ran slowly. Compiled
// from the start, `check` of the demo executes 64 million fewer instructions of its 840
// beyond Node's own start (callgrind); the tiny, second-article and German fixture modules
// 2–6% fewer too. A build runs its patterns often enough to tier up anyway (no gain there).
//
// And it keeps the young generation at its first size. V8 doubles it while most of what is
// allocated lives on, as check's syntax trees do; every page it grows into is a page fault,
// about 12 µs each on this virtual machine, for a process that ends before the space would
// pay. A check of the demo touched some 1,400 fewer pages (7,800 → 6,400), about 25 ms.
if (command === 'check') {
  v8.setFlagsFromString('--no-opt')
  v8.setFlagsFromString('--no-regexp-tier-up')
  v8.setFlagsFromString('--semi-space-growth-factor=1')
}

// The bundle is ASCII and already the function CommonJS would wrap it in (scripts/bundle.mjs):
// read as Latin-1 it is a one-byte string, compiled as it is, never copied.
const source = readFileSync(BUNDLE, 'latin1')
const cacheFile = process.env.CLASSPACK_CODE_CACHE === '0' ? undefined : join(__dirname, 'cache', `${cacheKey()}.bin`)
let cachedData
if (cacheFile !== undefined) {
  try {
    cachedData = readFileSync(cacheFile)
  } catch {
    // none yet: this run writes it
  }
}
const script = new vm.Script(source, {
  filename: BUNDLE,
  cachedData,
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
})
if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) process.once('exit', () => save(cacheFile, () => script.createCachedData()))
if (cacheFile !== undefined) cacheRequired(cacheFile.replace(/\.bin$/, '-required.bin'))

// When the command is done, exit without taking the heap apart piece by piece as a normal
// end does. Node emits 'beforeExit' only once nothing is pending, so every write has landed;
// the exit code is the one the CLI set.
process.once('beforeExit', () => process.exit())

const bundleModule = { exports: {}, filename: BUNDLE, id: BUNDLE, loaded: false }
script.runInThisContext()(bundleModule.exports, createRequire(BUNDLE), bundleModule, BUNDLE, __dirname)

/** The cache's name: what V8 checks a cache against, and the command whose code it holds. */
function cacheKey() {
  const node = fnv1a([process.version, process.arch, process.platform, ...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0'))
  return `${BUNDLE_HASH.slice(0, 16)}-${node}-${command}`
}

/**
 * A 64-bit FNV-1a hash of `text`, in hex: a file name for what V8 checks a cache against.
 * Not node:crypto, which `check` would load for this alone (its start costs more than the
 * rest of this file). A collision costs nothing but time: V8 refuses a cache that does not
 * fit, and this run writes its own.
 */
function fnv1a(text) {
  let hash = 0xcbf29ce484222325n
  for (let i = 0; i < text.length; i++) hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n)
  return hash.toString(16).padStart(16, '0')
}

/**
 * Compile every CommonJS file required from here on through V8's code cache, kept in
 * `file`: the code of each, by the SHA-256 of its text, so a file changed in node_modules
 * never meets the code of the old one (V8 compares only a source's length). The hashes
 * need node:crypto, loaded with the first such file (`check` requires none).
 */
function cacheRequired(file) {
  /** Code by its source's hash, as this run found it. */
  const found = readEntries(file)
  /** What this run compiled: hash and script. */
  const compiled = new Map()
  let stale = false
  const compile = Module.prototype._compile
  Module.prototype._compile = function (content, filename, format) {
    // An ES module (its own loader) or a file whose content is not text as read: Node's own way.
    if (format === 'module' || typeof content !== 'string') return compile.call(this, content, filename, format)
    const hash = require('node:crypto').createHash('sha256').update(content).digest('hex')
    const cachedData = found.get(hash)
    // A `#!` line, valid only at the very start of a source, blanked as for the bundle above.
    const compiledScript = new vm.Script(Module.wrap(content.startsWith('#!') ? '//' + content.slice(2) : content), { filename, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER })
    if (cachedData === undefined || compiledScript.cachedDataRejected) stale = true
    compiled.set(hash, compiledScript)
    // As Node's own loader calls a module: `this` its exports, and a `require` resolving from it.
    const module = this
    const moduleRequire = (id) => module.require(id)
    moduleRequire.resolve = (request, options) => Module._resolveFilename(request, module, false, options)
    moduleRequire.resolve.paths = (request) => Module._resolveLookupPaths(request, module)
    moduleRequire.main = require.main
    moduleRequire.extensions = Module._extensions
    moduleRequire.cache = Module._cache
    return compiledScript.runInThisContext({ displayErrors: true }).call(module.exports, module.exports, moduleRequire, module, filename, dirname(filename))
  }
  process.once('exit', () => {
    if (!stale) return
    save(file, () => {
      // Code other runs compiled (a build without a roster needs no any-ascii) stays, up to
      // a bound: files edited again and again must not grow the cache without end.
      let kept = 0
      const entries = new Map([...found].filter(([hash, code]) => !compiled.has(hash) && (kept += code.length) <= KEPT_BYTES))
      for (const [hash, compiledScript] of compiled) entries.set(hash, compiledScript.createCachedData())
      return writeEntries(entries)
    })
  })
}

/** The entries of a file of cached code: per entry, 32 bytes of hash, 4 of length, the code. A damaged file reads as far as it is whole. */
function readEntries(file) {
  const entries = new Map()
  let bytes
  try {
    bytes = readFileSync(file)
  } catch {
    return entries
  }
  for (let at = 0; at + 36 <= bytes.length; ) {
    const length = bytes.readUInt32LE(at + 32)
    if (at + 36 + length > bytes.length) break
    entries.set(bytes.toString('hex', at, at + 32), bytes.subarray(at + 36, at + 36 + length))
    at += 36 + length
  }
  return entries
}

function writeEntries(entries) {
  const parts = []
  for (const [hash, code] of entries) {
    const head = Buffer.alloc(36)
    head.write(hash, 'hex')
    head.writeUInt32LE(code.length, 32)
    parts.push(head, code)
  }
  return Buffer.concat(parts)
}

/** Write `file` with what `make` returns, for the next run; a failure (read-only install) is no error. */
function save(file, make) {
  const temp = `${file}.${process.pid}.tmp`
  try {
    mkdirSync(join(__dirname, 'cache'), { recursive: true })
    // Where it cannot be written, do not spend the time making it.
    accessSync(join(__dirname, 'cache'), constants.W_OK)
    writeFileSync(temp, make())
    renameSync(temp, file)
  } catch {
    try {
      rmSync(temp, { force: true })
    } catch {
      // nothing more to do
    }
  }
}
