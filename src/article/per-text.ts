// Work on a text done once per text and shared: the checks ask for the same paragraphs,
// options and stems again and again (a `check` of the demo normalized 225 texts 1,113 times).
// What is made is shared between callers: read it, never change it.

/** `make`, remembered per text; `known` answers only what was made already. */
export interface PerText<T> {
  (text: string): T
  /** What was made for `text` already, if anything (nothing is made). */
  known(text: string): T | undefined
}

/** Texts remembered at most (a module has a few hundred); then it starts again. */
const LIMIT = 10_000

export function perText<T>(make: (text: string) => T): PerText<T> {
  const made = new Map<string, T>()
  const once = (text: string): T => {
    let result = made.get(text)
    if (result === undefined) {
      if (made.size >= LIMIT) made.clear()
      result = make(text)
      made.set(text, result)
    }
    return result
  }
  return Object.assign(once, { known: (text: string) => made.get(text) })
}
