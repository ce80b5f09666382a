// English quotation marks inside a nested quotation. A quote holding the article's straight
// double marks ("…," Cho said) is set in single curly marks, as British English nests; the
// straight marks inside it are curled too, or the page mixed two styles (‘"…," Cho said’),
// which the lint's `mixed-typography` faults in classpack's own items. Anchoring reads any
// style of quotation mark as the same, so a curled quote still anchors.

/**
 * `text` with its double quotation marks set as `open` and `close`: `opening` always opens,
 * `closing` always closes, and any other of `marks` opens or closes as the characters beside
 * it say (after a space or at the start, before a word, it opens; after a word, before a space
 * or at the end, it closes); where they do not say, it opens where none is open and another
 * follows, else closes. English curls its straight marks so; German turns them to ‚…‘. A
 * passage cut out of a longer one may hold one mark of a pair: "“The forecasts that justify
 * this plant assume … the way …" kept its opening mark alone, and was set ”The forecasts ….
 */
export function pairQuotes(text: string, marks: RegExp, { opening, closing, open, close }: { opening: string; closing: string; open: string; close: string }): string {
  const count = text.match(marks)?.length ?? 0
  let inside = false
  let k = 0
  return text.replace(marks, (mark: string, at: number) => {
    k++
    const side = mark === opening || mark === closing ? undefined : sideOf(text, at, mark.length)
    inside = side !== undefined ? side === 'open' : mark === opening || (mark !== closing && !inside && k < count)
    return inside ? open : close
  })
}

/** Whether the mark at `at` opens or closes by the characters beside it; undefined when they do not tell. */
function sideOf(text: string, at: number, length: number): 'open' | 'close' | undefined {
  const before = text[at - 1]
  const after = text[at + length]
  const spaceBefore = before === undefined || /[\s([{—–]/u.test(before)
  const spaceAfter = after === undefined || /[\s)\]}.,;:!?…—–]/u.test(after)
  if (spaceBefore && !spaceAfter) return 'open'
  if (spaceAfter && !spaceBefore) return 'close'
  return undefined
}

/** `text` with its straight double marks curled: opening where none is open (and another follows), else closing. */
export function curlDoubleQuotes(text: string): string {
  return text.includes('"') ? pairQuotes(text, /[“”"]/g, { opening: '“', closing: '”', open: '“', close: '”' }) : text
}

/**
 * `text` with an apostrophe typed straight after a letter curled: ’. Between two letters
 * (city's, don't), and after a plural's s (students' own reports), which printed straight
 * beside classpack's curly ones; a closing single quotation mark is the same ’.
 */
export function curlApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})'/gu, '’')
}
