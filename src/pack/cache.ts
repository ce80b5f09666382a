// Documents already rendered, by what they were rendered from. A document's bytes are a
// function of its inputs alone (output is deterministic): its templates (its own, and the
// page template for HTML), every partial and the style sheet as loaded; the page context
// (language, author, running header); its view (which holds every word it prints: module,
// set, options, the student's roster row and version); its details (file name, title, who it is for, its mark); and its PDF options
// (paper, dates, the language and the language of classpack's own words (`--lang`), the
// squeeze its version was fitted with: fit.ts). Its key is a hash of all of them; the
// store (write/cache.ts) adds classpack's own code, its dependencies and fonts (fallback
// fonts too) and Node's version to every key. So an entry is found only for exactly the
// inputs it was made from, and a changed input of any kind misses it and renders afresh.
// The fit itself (each version's squeeze and pages) is kept the same way, under the
// versions' views and options it is worked out from.
import { createHash } from 'node:crypto'
import type { TemplateSources } from '../load/templates.js'

/** Rendered documents by key; the store behind it is the caller's (write/cache.ts). */
export interface DocumentCache {
  /** The bytes stored under `key`, if any (and intact); `file` false for what is no file of a pack (the fit), which the store does not count as one. */
  get(key: string, file?: boolean): Uint8Array | undefined
  /** Whether an entry is stored under `key` (without reading it: it may yet prove damaged). */
  has(key: string): boolean
  /** Store `bytes` under `key`. */
  put(key: string, bytes: Uint8Array): void
}

/** A hash of `parts`, each told apart from the next (so `ab`,`c` and `a`,`bc` differ). */
export function cacheKey(...parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part
    hash.update(`${bytes.byteLength}:`).update(bytes)
  }
  return hash.digest('hex')
}

/** A value that cannot be told apart from others by its serialization (a function, a cycle): its document is not cached. */
const UNCACHEABLE = Symbol('uncacheable')

/**
 * `value` as text that tells apart every value a template or renderer could tell apart:
 * JSON, with maps, sets, byte arrays and class instances spelled out (plain JSON would
 * write them all as `{}`); throws for what has no such text (functions, symbols, cycles).
 */
export function serialize(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') throw new TypeError(`classpack: a ${typeof v} in a cache key`)
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
    if (v instanceof Map) return { $map: [...v] }
    if (v instanceof Set) return { $set: [...v] }
    if (ArrayBuffer.isView(v)) return { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') }
    const proto: unknown = Object.getPrototypeOf(v)
    if (proto === Object.prototype || proto === null) return v
    return { $class: (v as { constructor?: { name?: string } }).constructor?.name ?? '?', ...v }
  })
  return text ?? 'undefined'
}

/**
 * A pack's documents as the cache has them: keys made from `base` (the partials, style
 * sheet and page context every document shares), the document's templates and its own
 * inputs; bytes found; bytes made, stored once they are ready. Without a store it finds nothing
 * and stores nothing; a document whose inputs cannot be serialized (serialize) is
 * rendered and not stored.
 */
export class CachedDocuments {
  private readonly versions = new Map<object, string | typeof UNCACHEABLE>()
  private readonly base: string
  private readonly templates: Map<string, string>

  /** @param context what else every page shares (its language, author, running header, PDF options). */
  constructor(
    private readonly store: DocumentCache | undefined,
    sources: TemplateSources,
    context: unknown
  ) {
    const partials = [...sources.partials].flatMap(([name, file]) => [name, String(file.value)])
    // A template reaches no other template, only partials (fill/templates.ts), so a
    // document's key names its own templates and every partial.
    this.base = cacheKey('partials', ...partials, 'css', sources.css, 'context', serialize(context))
    this.templates = new Map([...sources.templates].map(([name, file]) => [name, cacheKey(name, String(file.value))]))
  }

  /**
   * The key of a document in `format` filled from `templates` with `inputs` (view,
   * details, options); undefined without a store.
   */
  key(format: string, templates: readonly string[], ...inputs: unknown[]): string | undefined {
    if (this.store === undefined) return undefined
    const filled = templates.map((name) => this.templates.get(name) ?? name)
    try {
      return cacheKey('document', this.base, format, ...filled, ...inputs.map(serialize))
    } catch {
      return undefined
    }
  }

  /** A hash of a version's view, once per version: students' keys name it instead of holding it. */
  view(view: object): string | typeof UNCACHEABLE {
    let key = this.versions.get(view)
    if (key === undefined) {
      try {
        key = cacheKey(serialize(view))
      } catch {
        key = UNCACHEABLE
      }
      this.versions.set(view, key)
    }
    return key
  }

  has(key: string | undefined): boolean {
    return key !== undefined && this.store!.has(key)
  }

  get(key: string | undefined): Uint8Array | undefined {
    return key === undefined ? undefined : this.store!.get(key)
  }

  /** What is stored under `key` that is no file of a pack (the fit: fit.ts), if any. */
  recall(key: string | undefined): Uint8Array | undefined {
    return key === undefined ? undefined : this.store!.get(key, false)
  }

  /** `bytes`, stored under `key` once ready (a failed render stores nothing). */
  keep<T extends Uint8Array | Promise<Uint8Array>>(key: string | undefined, bytes: T): T {
    if (key !== undefined) Promise.resolve(bytes).then((ready) => this.store!.put(key, ready), () => {})
    return bytes
  }
}
