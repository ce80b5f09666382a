// The words `classpack init` writes into a new module as teaching material (the first
// discussion question, the short-answer items, the first set's title, the comment that asks
// for each actor's role, which the teacher writes in the article's language, and the words of
// the commented example items, which print once uncommented), in the article's language where
// classpack has them, so a German article does not start with English questions. Comments
// that teach the file formats stay English, as the README is.

import { de as german } from '../lang/de.js'
import { MODEL_ANSWER_TO_WRITE } from '../placeholders.js'
import { quoted } from '../generate/common.js'

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
  /** The words of questions.yaml's commented example items: `…` and what is in brackets is for the teacher to replace; `n` a ¶ number. */
  examples: {
    single: { stem: string; right: string; rightFeedback: string; wrong: string; wrongFeedback: string }
    trueFalse: { stem: (n: number) => string; ifTrue: (n: number) => string; ifFalse: (n: number) => string }
    multiple: { stem: string; one: string; another: string; not: string; says: (n: number) => string; instead: string }
    cloze: { stem: string }
    matching: { stem: string; premise: string; response: string; together: (n: number) => string; anotherPremise: string; itsMatch: string; why: (n: number) => string; distractor: string }
    ordering: { stem: string; step: (i: number, n: number) => string }
    numeric: { stem: (n: number) => string; feedback: (n: number) => string }
  }
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
    // Quoted as every generated stem quotes: quotation marks inside it curled and nested in
    // single ones (an article typed with straight marks printed ‘"Teenagers' sleep …," she said’).
    stem: (n, quote) => `In your own words, what does the article claim in ¶${n}, and how firmly does it put it? ${ended(quote, quoted(quote))}`,
    modelAnswer: (n, hedges) => `A paraphrase of ¶${n} that keeps its ${hedges.length ? `hedging (${hedges.map((h) => `“${h}”`).join(', ')})` : 'force'} and says whose claim it is. ${MODEL_ANSWER_TO_WRITE.en}`,
    rubric: ["States the claim accurately in the student's own words", 'Says how firmly it is put and whose claim it is']
  },
  role: (n) => `who they are, in a few words (named in ¶${n})`,
  generated: true,
  examples: {
    single: {
      stem: 'According to the author, what is the main reason …?',
      right: '… (the answer the article gives)',
      // The key prints "A. Correct." or "B. Incorrect." before the feedback: an example that
      // opened with "Right:" taught teachers to write "Correct. Right: …".
      rightFeedback: 'Why it is right, with the ¶ that says so',
      wrong: '… (an answer it does not give)',
      wrongFeedback: 'Why it is wrong: what the article says instead, with its ¶'
    },
    trueFalse: { stem: (n) => `According to ¶${n}, … (a statement that is true, or false, by the article)`, ifTrue: (n) => `Right: ¶${n} says so.`, ifFalse: (n) => `¶${n} says so: …` },
    multiple: {
      stem: 'Which of these does the article say?',
      one: '… (one thing the article says)',
      another: '… (another thing it says)',
      not: '… (a thing it does not say)',
      says: (n) => `¶${n} says so.`,
      instead: 'What the article says instead, with its ¶'
    },
    cloze: { stem: "Complete the article's words with words from the word bank." },
    matching: {
      stem: 'Match each … to …',
      premise: '… (an actor, a term, a claim)',
      response: '… (what the article pairs it with)',
      together: (n) => `Why they belong together, as ¶${n} says`,
      anotherPremise: '… (another)',
      itsMatch: '… (its match)',
      why: (n) => `Why, as ¶${n} says`,
      distractor: '… (a response that matches no premise)'
    },
    ordering: { stem: 'Put these steps of the argument in the order in which the article makes them.', step: (i, n) => `… (step ${i}: what ¶${n} says, in a few words)` },
    numeric: { stem: (n) => `How many … does ¶${n} give?`, feedback: (n) => `¶${n} gives it: …` }
  }
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
  generated: false,
  // Instructions in the infinitive, as the short items' and the German pack's own are.
  examples: {
    single: {
      stem: 'Was ist laut Text der wichtigste Grund für …?',
      right: '… (die Antwort, die der Text gibt)',
      rightFeedback: 'Warum sie richtig ist, mit dem ¶, in dem es steht',
      wrong: '… (eine Antwort, die der Text nicht gibt)',
      wrongFeedback: 'Warum sie falsch ist: was der Text stattdessen sagt, mit seinem ¶'
    },
    trueFalse: { stem: (n) => `Laut ¶${n} … (eine Aussage, die nach dem Text wahr oder falsch ist)`, ifTrue: (n) => `Richtig: So steht es in ¶${n}.`, ifFalse: (n) => `In ¶${n} steht: …` },
    multiple: {
      stem: 'Welche dieser Aussagen macht der Text?',
      one: '… (etwas, das der Text sagt)',
      another: '… (etwas anderes, das er sagt)',
      not: '… (etwas, das er nicht sagt)',
      says: (n) => `So steht es in ¶${n}.`,
      instead: 'Was der Text stattdessen sagt, mit seinem ¶'
    },
    cloze: { stem: 'Die Lücken im Wortlaut des Textes mit Wörtern aus dem Wortspeicher füllen.' },
    matching: {
      stem: 'Jedem … das passende … zuordnen.',
      premise: '… (eine Person, ein Begriff, eine Aussage)',
      response: '… (was der Text damit verbindet)',
      together: (n) => `Warum beides zusammengehört, wie es in ¶${n} steht`,
      anotherPremise: '… (ein weiteres)',
      itsMatch: '… (das Passende dazu)',
      why: (n) => `Warum, wie es in ¶${n} steht`,
      distractor: '… (eine Antwort, die zu nichts passt)'
    },
    ordering: { stem: 'Diese Schritte der Argumentation in die Reihenfolge bringen, in der der Text sie macht.', step: (i, n) => `… (Schritt ${i}: was in ¶${n} steht, in wenigen Worten)` },
    numeric: { stem: (n) => `Wie viele … nennt ¶${n}?`, feedback: (n) => `¶${n} nennt die Zahl: …` }
  }
}

/** The scaffold's words for an article in `lang` (BCP 47): German for `de…`, else English. */
export function scaffoldWords(lang: string | undefined): ScaffoldWords {
  return (lang ?? '').toLowerCase().split(/[-_]/)[0] === 'de' ? de : en
}
