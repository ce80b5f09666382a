// Sentences of a paragraph, by Unicode's sentence segmentation (UAX #29: sentence-breaks.ts),
// with the abbreviations it cannot know about joined back. UAX #29 ends a sentence at any
// full stop before a capital ("said Dr. Helen Arkwright" is two sentences to it), and
// ICU (Intl.Segmenter) would not help: Node's ignores the locale's abbreviation list
// (`-u-ss-standard`). So titles and initials are joined here: a claim quoting such a
// sentence is anchored to all of it.
import type { Sentence } from './model.js'
import { sentenceBreaks } from './sentence-breaks.js'

/** Abbreviations that stand before a name or a word and do not end a sentence, by language. */
const BEFORE_A_NAME: Record<string, ReadonlySet<string>> = {
  en: new Set(['Dr', 'Prof', 'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Mmes', 'St', 'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Rev', 'Hon', 'Pres', 'Supt', 'Insp', 'Det', 'Fr', 'vs', 'cf', 'approx', 'Fig', 'Figs', 'Vol']),
  de: new Set(['Dr', 'Prof', 'Hr', 'Hrn', 'Fr', 'Nr', 'St', 'bzw', 'ca', 'vgl', 'Mio', 'Mrd', 'Jh', 'Abs', 'Bd', 'Tel', 'Str', 'geb', 'gest', 'Dipl', 'Ing', 'mind', 'ggf', 'evtl', 'inkl', 'zzgl', 'sog', 'bspw', 'insb', 'Tsd', 'Hrsg'])
}
/**
 * Words an ordinal number stands before, by language: German writes ordinals with a full
 * stop ("am 1. Januar", "im 19. Jahrhundert", "zum 3. Mal"), and UAX #29 ends a sentence
 * there, so a claim on the sentence after it was cited one sentence too late. A year or a
 * figure that ends a sentence ("im Jahr 2019. Danach …") is followed by none of these.
 */
const AFTER_AN_ORDINAL: Record<string, ReadonlySet<string>> = {
  de: new Set(['Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember', 'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez', 'Jahrhundert', 'Jahrhunderts', 'Jahrtausend', 'Jahrtausends', 'Mal', 'Lebensjahr', 'Lebensjahres', 'Geburtstag', 'Jahrestag', 'Todestag', 'Klasse', 'Platz', 'Stelle', 'Runde', 'Liga', 'Auflage', 'Sitzung', 'Weltkrieg', 'Weltkriegs', 'Weltkrieges', 'Stock', 'Etage', 'Quartal', 'Quartals', 'Halbjahr', 'Halbjahres', 'Spieltag', 'Bundesliga', 'Legislaturperiode', 'Amtszeit'])
}
/**
 * Words an ordinal stands after, by language: an article or a preposition with one ("am 1.
 * Schultag", "der 5. Klassen", "der 1. FC Köln"). A figure ending a sentence follows a verb or a
 * noun ("stieg auf 12. Die Polizei …", "waren es 12.").
 */
const BEFORE_AN_ORDINAL: Record<string, ReadonlySet<string>> = {
  de: new Set(['am', 'im', 'vom', 'zum', 'zur', 'beim', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'Am', 'Im', 'Vom', 'Zum', 'Zur', 'Beim', 'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine'])
}
/** The word before a number of one to three digits and its full stop ending a sentence as segmented. */
const WORD_BEFORE_ORDINAL = /(?:^|\s)(\p{L}+)\s+\d{1,3}\.$/u
/** A number of one to three digits and its full stop, ending a sentence as segmented: perhaps an ordinal. */
const ORDINAL_END = /(?:^|[\s(])\d{1,3}\.$/
/** The first word of a text. */
const FIRST_WORD = /^\s*(\p{L}+)/u

/** Small letters with a full stop each, one or more, written apart or together: "z. B.", "d. h.", "e.g.", "i.e.". */
const LETTER_RUN = /(?:^|[\s(])(?:\p{Ll}\. ?)+\p{L}\.$|(?:^|[\s(])\p{Ll}\.$/u
/** An initial after a name ("John F.", "J. R. R."), or opening the sentence ("F. Scott"); not the pronoun or numeral I. */
const INITIAL = /(?:^|\s)\p{Lu}[\p{L}'’-]*\.?\s(?!I\.)\p{Lu}\.$|^(?!I\.)\p{Lu}\.$/u
const LAST_WORD = /([\p{L}]+)\.$/u
/**
 * Capital letters with a full stop each, two or more: "U.K.", "U.S.", "N.I.C.H.". UAX #29 ends a
 * sentence at the last one before a capital, so "a researcher at the U.K. Sleep Council said …"
 * was two sentences, the second opening mid-name: init quoted it from "Sleep Council" and took no
 * speaker for it, and the handout cited one sentence as two. Such a run ends a sentence only
 * before a word that opens sentences (below), as "… moved to the U.S. Then she …".
 */
const DOTTED_CAPITALS = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u
/** Words that open an English sentence and seldom continue a name after "U.S.": the sentence ended at the run. */
const OPENERS: Record<string, ReadonlySet<string>> = {
  en: new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'There', 'Here', 'Then', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'With', 'Of', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though', 'Because', 'However', 'Now', 'Still', 'What', 'Why', 'How', 'Who', 'Where', 'Which', 'Some', 'Many', 'Most', 'No', 'Not', 'One', 'Two', 'All', 'Both', 'Each', 'Every', 'Such', 'Last', 'Next', 'Other', 'Others'])
}
/**
 * A question or an exclamation, closing quotation marks or brackets after it, and what follows
 * opening in lower case: `"Is it the heat?" he asked.` is one sentence. UAX #29 ends one after
 * "?" or "!" whatever follows (only a full stop before a small letter is kept going), so "he
 * asked." was a sentence of its own and every later one in the paragraph cited one too far on.
 */
const QUESTION_END = /[?!‽][\p{Pe}\p{Pf}"'’”»›]*$/u
const LOWER_NEXT = /^\s*\p{Ll}/u

/** Split `text` into sentences, trimmed, with offsets into `text`. */
export function splitSentences(text: string, lang: string): Sentence[] {
  const language = lang.split('-')[0]!.toLowerCase()
  const abbreviations = BEFORE_A_NAME[language] ?? BEFORE_A_NAME.en!
  const ordinalWords = AFTER_AN_ORDINAL[language]
  const ordinalArticles = BEFORE_AN_ORDINAL[language]
  const openers = OPENERS[language]
  const sentences: Sentence[] = []
  let open: { start: number; end: number } | undefined
  const close = (): void => {
    if (open) sentences.push({ n: sentences.length + 1, start: open.start, end: open.end, text: text.slice(open.start, open.end) })
    open = undefined
  }
  // A line break inside a paragraph is a space to Markdown (a hard-wrapped article.md), and
  // UAX #29 ends a sentence at one: "That is why\nthe tests use one." was two sentences, and
  // the handout cited every later one by the wrong number. Same length, so offsets hold.
  const bounds = [0, ...sentenceBreaks(text.replace(/[\r\n]/g, ' '), lang), text.length]
  for (let k = 1; k < bounds.length; k++) {
    const index = bounds[k - 1]!
    const segment = text.slice(index, bounds[k])
    const lead = segment.length - segment.trimStart().length
    const body = segment.trim()
    if (body === '') continue
    const start = index + lead
    const end = start + body.length
    if (open) open.end = end
    else open = { start, end }
    const sentence = text.slice(open.start, open.end)
    const after = text.slice(end, end + TAIL)
    if (!continues(sentence, abbreviations) && !(openers && beforeName(sentence, after, openers)) && !(QUESTION_END.test(sentence) && LOWER_NEXT.test(after)) && !(ordinalWords && beforeOrdinalWord(sentence, text.slice(end, end + TAIL), ordinalWords)) && !(ordinalArticles && afterOrdinalArticle(sentence, ordinalArticles))) close()
  }
  close()
  return sentences
}

/** Whether a sentence as segmented ends in an abbreviation, so that what follows belongs to it. */
function continues(sentence: string, abbreviations: ReadonlySet<string>): boolean {
  // Patterns anchored at the end still try every position from the start: on a cold start
  // they cost `check` milliseconds over an article's sentences. The last word is found in
  // the sentence's tail (a word cut short there is longer than any abbreviation either way),
  // and LETTER_RUN and INITIAL, which both end in one letter and a full stop ("e.g.",
  // "John F."), run only where the last word is one letter (a code point: two units at most).
  const word = LAST_WORD.exec(sentence.slice(-TAIL))?.[1]
  if (word === undefined) return false
  return abbreviations.has(word) || (word.length <= 2 && (LETTER_RUN.test(sentence) || INITIAL.test(sentence)))
}

/** Whether a sentence as segmented ends in a dotted abbreviation in capitals ("U.K.") that a word other than a sentence's opener follows ("Sleep"). */
function beforeName(sentence: string, after: string, openers: ReadonlySet<string>): boolean {
  if (!DOTTED_CAPITALS.test(sentence.slice(-TAIL))) return false
  const word = FIRST_WORD.exec(after)?.[1]
  return word !== undefined && !openers.has(word)
}

/** Whether a sentence as segmented ends in an ordinal ("vom 1.") whose word (`Januar`) follows. */
function beforeOrdinalWord(sentence: string, after: string, words: ReadonlySet<string>): boolean {
  if (!ORDINAL_END.test(sentence.slice(-5))) return false
  const word = FIRST_WORD.exec(after)?.[1]
  return word !== undefined && words.has(word)
}

/** Whether a sentence as segmented ends in a number an article or preposition stands before ("am 1."): an ordinal. */
function afterOrdinalArticle(sentence: string, articles: ReadonlySet<string>): boolean {
  const word = WORD_BEFORE_ORDINAL.exec(sentence.slice(-TAIL))?.[1]
  return word !== undefined && articles.has(word)
}

/** Characters at the end of a sentence its last word is looked for in: more than any abbreviation has. */
const TAIL = 40
