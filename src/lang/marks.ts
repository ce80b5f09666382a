// English quotation marks inside a nested quotation. A quote holding the article's straight
// double marks ("…," Cho said) is set in single curly marks, as British English nests; the
// straight marks inside it are curled too, or the page mixed two styles (‘"…," Cho said’),
// which the lint's `mixed-typography` faults in classpack's own items. Anchoring reads any
// style of quotation mark as the same, so a curled quote still anchors.

/** `text` with its straight double marks curled: opening where none is open (and another follows), else closing. */
export function curlDoubleQuotes(text: string): string {
  if (!text.includes('"')) return text
  const marks = [...text.matchAll(/[“”"]/g)]
  let open = false
  let k = 0
  return text.replace(/[“”"]/g, (mark) => {
    k++
    const opens = mark === '“' || (mark !== '”' && !open && k < marks.length)
    open = opens
    return opens ? '“' : '”'
  })
}

/** `text` with an apostrophe typed straight between two letters (city's, don't) curled: ’. */
export function curlApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})'(?=\p{L})/gu, '’')
}
