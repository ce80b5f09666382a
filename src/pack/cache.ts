// Documents already rendered, by what they were rendered from. A document's bytes are a
// function of its inputs alone (output is deterministic): its template (and the page
// template, for HTML), every partial and the style sheet as loaded, its view (which holds every word it prints: module, set,
// options, the student's roster row and version), its details (file name, title) and its
// PDF options (paper, dates, language). Its key is a hash of all of them; the store
// (write/cache.ts) adds classpack's own code and fonts to every key. So an entry is
// found only for exactly the inputs it was made from, and a changed input of any kind
// misses it and renders afresh.
import { createHash } from 'node:crypto'
import type { TemplateSources } from '../load/templates.js'

/** Rendered documents by key; the store behind it is the caller's (write/cache.ts). */
export interface DocumentCache {
  /** The bytes stored under `key`, if any (and intact). */
  get(key: string): Uint8Array | undefined
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


/**
 * A pack's documents as the cache has them: keys made from `base` (the templates and
 * page context every document shares) and each document's own inputs; bytes found; bytes
 * made, stored once they are ready. Without a store it finds nothing and stores nothing.
 */
export class CachedDocuments {
  private readonly versions = new Map<object, string>()
  private readonly base: string
  private readonly templates: Map<string, string>

  /** @param context what else every page shares (its language, author, running header). */
  constructor(
    private readonly store: DocumentCache | undefined,
    sources: TemplateSources,
    context: unknown
  ) {
    const partials = [...sources.partials].flatMap(([name, file]) => [name, String(file.value)])
    this.base = cacheKey('partials', ...partials, 'css', sources.css, 'context', JSON.stringify(context))
    this.templates = new Map([...sources.templates].map(([name, file]) => [name, cacheKey(name, String(file.value))]))
  }

  /**
   * The key of a document in `format` filled from `templates` with `inputs` (view,
   * details, options); undefined without a store.
   */
  key(format: string, templates: readonly string[], ...inputs: unknown[]): string | undefined {
    if (this.store === undefined) return undefined
    const filled = templates.map((name) => this.templates.get(name) ?? name)
    return cacheKey('document', this.base, format, ...filled, ...inputs.map((input) => JSON.stringify(input) ?? 'undefined'))
  }

  /** A hash of a version's view, once per version: students' keys name it instead of holding it. */
  view(view: object): string {
    let key = this.versions.get(view)
    if (key === undefined) this.versions.set(view, (key = cacheKey(JSON.stringify(view))))
    return key
  }

  has(key: string | undefined): boolean {
    return key !== undefined && this.store!.has(key)
  }

  get(key: string | undefined): Uint8Array | undefined {
    return key === undefined ? undefined : this.store!.get(key)
  }

  /** `bytes`, stored under `key` once ready (a failed render stores nothing). */
  keep<T extends Uint8Array | Promise<Uint8Array>>(key: string | undefined, bytes: T): T {
    if (key !== undefined) Promise.resolve(bytes).then((ready) => this.store!.put(key, ready), () => {})
    return bytes
  }
}
