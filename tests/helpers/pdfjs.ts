// pdf.js for the tests, without what its legacy build does to the process.
//
// The legacy build is the one that runs on Node 20. It carries core-js, which replaces
// some of Node's own built-ins for the whole process when it is loaded: Array.prototype.push
// becomes a function written in JavaScript, seven times slower here, and JSON.parse another
// of core-js's. Test files share a process (vitest.config.ts), so once one file had read a
// PDF, every later file in that process ran classpack on them: slower than it runs for a
// teacher, and not the built-ins it is shipped to. So pdf.js and its worker (which pdf.js
// would load on the first document, with the same polyfills) are loaded here once, and
// every built-in they replaced is put back. What they only add (Promise.withResolvers and
// the like, which pdf.js calls and Node 20 lacks) stays; tsc's `lib` keeps classpack's own
// code from using those. tests/test-process.test.ts holds this.
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The objects whose own properties the polyfills replace. */
const GUARDED: object[] = [globalThis, Object, Array, Array.prototype, JSON, Promise, Promise.prototype, Map.prototype, Set.prototype, String.prototype, Uint8Array, Uint8Array.prototype, Object.getPrototypeOf(Uint8Array.prototype) as object, ArrayBuffer.prototype, Math, RegExp.prototype, Error]

type Saved = Array<[object, PropertyKey, PropertyDescriptor]>

function save(): Saved {
  return GUARDED.flatMap((target) => Reflect.ownKeys(target).map((key): [object, PropertyKey, PropertyDescriptor] => [target, key, Object.getOwnPropertyDescriptor(target, key)!]))
}

const same = (a: PropertyDescriptor, b: PropertyDescriptor | undefined): boolean => b !== undefined && Object.is(a.value, b.value) && a.get === b.get && a.set === b.set

/** Put back each saved property that was changed. */
function restore(saved: Saved): void {
  for (const [target, key, descriptor] of saved) {
    // Node defines some globals (DOMException, MessageChannel…) by getters that replace
    // themselves with the value on first use: those are Node's own doing.
    if (descriptor.get !== undefined || same(descriptor, Object.getOwnPropertyDescriptor(target, key))) continue
    Object.defineProperty(target, key, descriptor)
  }
}

const saved = save()
const pdfjs: typeof PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs')
// pdf.js takes its worker's message handler from here instead of importing the worker itself.
// (The worker's module has no type declarations: its name is a string here.)
const WORKER: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs'
;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(WORKER)
restore(saved)

export const { getDocument, OPS } = pdfjs
