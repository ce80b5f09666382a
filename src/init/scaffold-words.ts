// The words `classpack init` writes into a new module as teaching material (the first
// discussion question, the short-answer items, the first set's title, the comment that asks
// for each actor's role, which the teacher writes in the article's language), in the article's
// language where classpack has them, so a German article does not start with English
// questions. Comments that teach the file formats stay English, as the README is.

import { de as german } from '../lang/de.js'
import { MODEL_ANSWER_TO_WRITE } from '../placeholders.js'

/** What the scaffold writes for a reader. */
export interface ScaffoldWords {
  /** The theme of the paragraphs before the first subhead. */
  opening: string
  /** The one theme of an article without subheads. */
  whole: string
  setTitle: string
  discussion: { prompt: string; followUps: [string, string]; facilitatorNotes: [string, string] }
  short: {
    /** A quote that holds direct speech is set in single marks, as the generated items' are: ““…,” she said” reads as a typo. */
    stem: (paragraph: number, quote: string) => string
    modelAnswer: (paragraph: number, hedges: readonly string[]) => string
    rubric: [string, string]
  }
  /** The comment that asks for an actor's role, with the ¶ that names them first. */
  role: (paragraph: number) => string
  /** Whether the first set draws on generated items (worded in English only). */
  generated: boolean
}

/** `quote` in German marks, nested as the handout nests it („… ‚…‘ …“, not ‚„…“‘). */
function germanQuoted(quote: string): string {
  if (!/[„“”"]/.test(quote)) return `„${quote}“`
  const { openQuote, text, closeQuote } = german.nested(quote)
  return `${openQuote}${text}${closeQuote}`
}

/**
 * The quotation that ends a stem, `quoted` (the `quote` in marks), closed with a full stop
 * after its marks unless the words end a sentence of their own: a quote is cut before its
 * full stop, and what the quiz prints after the stem must start a sentence of its own: the
 * item's instruction, when a teacher rewords the stem so that it no longer gives one ("…stayed
 * the same” Answer in a few sentences." ran two sentences together).
 */
function ended(quote: string, quoted: string): string {
  return /[.?!…]["”’“‘]*$/u.test(quote) ? quoted : `${quoted}.`
}

const en: ScaffoldWords = {
  opening: 'The opening, before the first subhead',
  whole: 'The whole article',
  setTitle: 'First draft',
  discussion: {
    prompt: 'Which claims does the author put most firmly, and which most cautiously? What in the wording tells you?',
    followUps: ['Pick a hedged sentence and read it without its hedge. What would the author then be claiming?', "Whose voice is each claim in, the author's or someone the author reports?"],
    facilitatorNotes: ["Students should tell the author's own claims from the views the author reports, and notice", 'where hedges (perhaps, may, likely) soften a claim and boosters (clearly, surely) harden it.']
  },
  short: {
    stem: (n, quote) => `In your own words, what does the article claim in ¶${n}, and how firmly does it put it? ${ended(quote, /[“”"]/.test(quote) ? `‘${quote}’` : `“${quote}”`)}`,
    modelAnswer: (n, hedges) => `A paraphrase of ¶${n} that keeps its ${hedges.length ? `hedging (${hedges.map((h) => `“${h}”`).join(', ')})` : 'force'} and says whose claim it is. ${MODEL_ANSWER_TO_WRITE.en}`,
    rubric: ["States the claim accurately in the student's own words", 'Says how firmly it is put and whose claim it is']
  },
  role: (n) => `who they are, in a few words (named in ¶${n})`,
  generated: true
}

const de: ScaffoldWords = {
  opening: 'Der Einstieg, vor der ersten Zwischenüberschrift',
  whole: 'Der ganze Text',
  setTitle: 'Erster Entwurf',
  discussion: {
    prompt: 'Welche Aussagen trifft der Text am entschiedensten, welche am vorsichtigsten? Woran ist das am Wortlaut zu erkennen?',
    followUps: ['Einen abgeschwächten Satz ohne seine Abschwächung lesen: Was würde der Text dann behaupten?', 'Wessen Stimme spricht in jeder Aussage: die des Textes selbst oder die einer Person, deren Sicht er wiedergibt?'],
    facilitatorNotes: ['Die Lernenden unterscheiden die eigenen Aussagen des Textes von den Sichtweisen, die er wiedergibt, und bemerken,', 'wo Abschwächungen (vielleicht, wahrscheinlich) eine Aussage vorsichtiger und Verstärkungen (eindeutig, sicher) sie entschiedener machen.']
  },
  short: {
    stem: (n, quote) => `Was sagt der Text in ¶${n} aus, und wie entschieden? Mit eigenen Worten beantworten. ${ended(quote, germanQuoted(quote))}`,
    modelAnswer: (n, hedges) => `Eine Paraphrase von ¶${n}, die ${hedges.length ? `die Abschwächung (${hedges.map((h) => `„${h}“`).join(', ')})` : 'die Entschiedenheit'} beibehält und sagt, wessen Aussage es ist. ${MODEL_ANSWER_TO_WRITE.de}`,
    rubric: ['Gibt die Aussage zutreffend mit eigenen Worten wieder', 'Sagt, wie entschieden sie formuliert ist und wessen Aussage es ist']
  },
  role: (n) => `Rolle in wenigen Worten beschreiben (genannt in ¶${n})`,
  // The generators word items in English only: a German module starts from its own items.
  generated: false
}

/** The scaffold's words for an article in `lang` (BCP 47): German for `de…`, else English. */
export function scaffoldWords(lang: string | undefined): ScaffoldWords {
  return (lang ?? '').toLowerCase().split(/[-_]/)[0] === 'de' ? de : en
}
