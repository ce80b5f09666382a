// pdfkit and fontkit load, as they start, packages for features classpack never uses: a
// Brotli decoder with its dictionary (fontkit: WOFF2 fonts), AES ciphers (pdfkit: encrypted
// PDFs), a PNG decoder (pdfkit: images) and pdfkit's own line breaker (classpack breaks its
// lines itself: inline.ts). Starting them costs about 90 ms of every process that renders
// PDFs, the main one and each rendering thread (measured: `require('pdfkit')` 250 ms, of
// which Brotli 41, AES 29, linebreak 23, png-js 10).
//
// So each is put in Node's module cache, before pdfkit and fontkit are loaded, as a
// stand-in that loads the real package the first time anything of it is used (called,
// constructed, or read): nothing changes but when the cost is paid. Imported first by every
// module that loads pdfkit or fontkit; where the packages already started (a test that
// imported pdfkit itself), it leaves them be. tests/pdf-lazy-deps.test.ts holds it to both.
import { createRequire, Module } from 'node:module'

const require = createRequire(import.meta.url)

/** The packages to defer, each as the package that requires it names it. */
const DEFERRED: ReadonlyArray<{ readonly from: string; readonly name: string }> = [
  { from: 'fontkit', name: 'brotli/decompress.js' },
  { from: 'pdfkit', name: '@noble/ciphers/aes' },
  { from: 'pdfkit', name: 'linebreak' },
  { from: 'pdfkit', name: 'png-js' }
]

/** The files given stand-ins, and whether each real package has been loaded since. */
export const deferred = new Map<string, { loaded: boolean }>()

for (const { from, name } of DEFERRED) defer(from, name)

function defer(from: string, name: string): void {
  let fromRequire: NodeJS.Require
  let file: string
  try {
    fromRequire = createRequire(require.resolve(from))
    file = fromRequire.resolve(name)
  } catch {
    return // not installed as expected: pdfkit then loads what it loads
  }
  if (require.cache[file] !== undefined) return
  const state = { loaded: false }
  let real: unknown
  const load = (): object => {
    if (!state.loaded) {
      state.loaded = true
      delete require.cache[file]
      real = fromRequire(name)
    }
    return real as object
  }
  // A function target, so the stand-in can be called and constructed as well as read.
  const standIn = new Proxy(function standIn() {}, {
    apply: (_target, self, args) => Reflect.apply(load() as (...a: unknown[]) => unknown, self, args),
    construct: (_target, args) => Reflect.construct(load() as new (...a: unknown[]) => object, args),
    get: (_target, key) => Reflect.get(load(), key),
    has: (_target, key) => Reflect.has(load(), key)
  })
  const module = new Module(file)
  module.filename = file
  module.loaded = true
  module.exports = standIn
  require.cache[file] = module
  deferred.set(file, state)
}

/**
 * fontkit also decompresses, as it starts, the Unicode tables of its Arabic, Indic and
 * Universal shapers (three `unicode-trie` instances, about 10 ms), which only text in
 * those scripts reaches. So `unicode-trie`, as fontkit and unicode-properties require it,
 * makes each table when it is first read (`get`, the one method either calls).
 */
export const tries = { made: 0, used: 0 }

deferTries()

function deferTries(): void {
  let file: string
  let Trie: new (data: Uint8Array) => { get(codePoint: number): number }
  try {
    file = createRequire(require.resolve('fontkit')).resolve('unicode-trie')
    if (require.cache[file] !== undefined) return
    Trie = require(file) as typeof Trie
  } catch {
    return // not installed as expected: fontkit then makes its tables as it starts
  }
  class DeferredTrie {
    private readonly data: Uint8Array
    constructor(data: Uint8Array) {
      this.data = data
      tries.made++
    }
    get(codePoint: number): number {
      const trie = new Trie(this.data)
      tries.used++
      // From now on, the table's own method.
      this.get = trie.get.bind(trie)
      return trie.get(codePoint)
    }
  }
  const module = new Module(file)
  module.filename = file
  module.loaded = true
  module.exports = DeferredTrie
  require.cache[file] = module
}
