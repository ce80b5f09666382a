// Words a stem mentions as words: its examples ("a word such as perhaps, may or likely") and
// its short quotations (“likely”). A student looks for them among the options; one that stands
// in a key and in no distractor is found by matching, not by reading. Other words a stem shares
// with a key are weighed by count (key-most-stem-overlap): one shared word is chance, but a
// word the stem holds up as an example is the stem pointing at it.
import { words } from './text.js'

/** What introduces examples: "such as", "e.g.", "for example", "a word like"; German "wie etwa", "z. B.", "beispielsweise". */
const EXAMPLES = /(?:\bsuch as|\be\.g\.|\bfor (?:example|instance)|\b(?:words?|terms?|phrases?|expressions?) like|\bwie etwa|\bwie zum Beispiel|\bz\.\s?B\.|\bbeispielsweise)[\s,:]+([^?!.;:()]*)/giu
/**
 * A short quotation, each mark closed by its own: “likely”, "no doubt", ‘may’, „vielleicht“,
 * «peut-être». A ’ followed by a letter is an apostrophe (“in Trump’s head …”), not a close.
 */
const QUOTED = /“([^“”]{1,40})”|"([^"]{1,40})"|‘([^‘’]{1,40})’(?![\p{L}])|„([^„“”]{1,40})[“”]|«([^«»]{1,40})»/gu
/** Words a listed example may carry: "such as the council" mentions "council", "z. B. mit wohl" "wohl". */
const ARTICLES = new Set(['a', 'an', 'the', 'with', 'der', 'die', 'das', 'ein', 'eine', 'mit'])
/** The most words an example or a quotation mentioned as a word has. */
const MOST = 3

/** The words `stem` mentions as words, lower case. */
export function mentionedWords(stem: string): Set<string> {
  const out = new Set<string>()
  const add = (phrase: string): boolean => {
    const ws = words(phrase).filter((w) => !ARTICLES.has(w))
    if (ws.length === 0 || ws.length > MOST) return false
    for (const w of ws) out.add(w)
    return true
  }
  // The list runs to the clause's end, or to the first item longer than an example ("such as
  // perhaps, may or likely, the article says…" mentions three words, not "the article says").
  for (const m of stem.matchAll(EXAMPLES)) for (const item of m[1]!.split(/,\s*|\s+(?:or|and|oder|und)\s+/u)) if (!add(item)) break
  for (const m of stem.matchAll(QUOTED)) add(m.slice(1).find((g) => g !== undefined)!)
  return out
}
