// Words that say who speaks: "Mensah said", "City officials said they expect", "Marcus Bell,
// owner of X, estimated that", "The Air Resources Board has estimated", "according to the
// board", "sagte VDV-Präsident Ingo Wortmann". An evidence item quoting them asks "what
// support does the article give?" of a quote that shows the answer ("Reported words: what
// someone said or wrote") on its face. A verb of saying anywhere in the quote counts, whoever
// its subject: looking for the speaker as well missed every subject the pattern did not
// foresee (a noun phrase, a name after an apposition), and an item left out loses less than
// one that gives its answer away.

/** Verbs of saying, writing, estimating and believing, English and German (generated items quote German articles too), in the forms that are verbs only. */
const VERBS = [
  ...'say says said saying tell tells told argue argues argued insist insists insisted claimed warn warns warned add adds added explain explains explained noted write writes wrote written indicate indicates indicated estimated reported predict predicts predicted believe believes believed think thinks assume assumes assumed expect expects acknowledge acknowledges acknowledged admit admits admitted agreed assert asserts asserted announce announces announced cautioned conclude concludes concluded concede concedes conceded contend contends contended declare declares declared emphasise emphasises emphasised emphasize emphasizes emphasized maintains maintained mentioned observed promised recalled remarked replied responded stressed testified confirmed denied alleges alleged urged vowed complained suggested'.split(' '),
  ...'sagt sagte sagten sagen gesagt erklärt erklärte erklärten erklären betont betonte betonten betonen warnt warnte warnten warnen mahnt mahnte unterstrich ergänzte bekräftigte äußerte äußerten geäußert rät riet empfiehlt empfahl fordert forderte forderten fordern behauptet behauptete meint meinte meinen schreibt schrieb geschrieben berichtet berichtete berichten meldet meldete meldeten kritisiert kritisierte argumentiert argumentierte schätzt schätzte schätzen geschätzt glaubt glaubte glauben erwartet erwartete erwarten beziffert bezifferte'.split(' ')
]
/** Phrases that name a source: "according to", "pointed out", "laut", "zufolge", "nach Angaben". */
const PHRASES = ['according to', 'pointed out', 'points out', 'in the words of', 'as reported by', 'laut', 'zufolge', 'nach Angaben', 'nach Ansicht', 'nach Einschätzung', 'nach Auffassung', 'nach Darstellung', 'nach Berechnungen', 'nach Schätzungen', 'teilte mit']
/** Forms that are nouns as often as verbs ("the claims of the board", "news reports"): verbs only in lower case, after a word that could be their subject, not before "of". */
const EITHER = ['claim', 'claims', 'note', 'notes', 'report', 'reports', 'state', 'states', 'estimate', 'estimates']
/** Words after which those forms are nouns: determiners, possessives, prepositions, conjunctions. */
const NOT_SUBJECT = new Set('the a an this that these those his her its their our my your whose such many some any no several few all both each every other new recent earlier latest official of in on by for from with to about under and or than as'.split(' '))

/** The quote's words: runs of letters and digits, as the patterns' edges took them, with where each stands. */
const WORD = /[\p{L}\p{N}]+/gu
// Looked up word by word, not as one pattern of some 200 alternatives: compiling that
// case-insensitive Unicode pattern cost a cold `classpack check` some 8 ms, more than every
// quote it was ever run over.
const SAYING = new Set([...VERBS, ...PHRASES.filter((p) => !p.includes(' '))].map((w) => w.toLowerCase()))
/** The phrases of several words, each as its lower-case words (between them, space only). */
const SAYING_RUNS = PHRASES.filter((p) => p.includes(' ')).map((p) => p.toLowerCase().split(' '))
const EITHER_WORDS = new Set(EITHER)
// German's "…, so Knie" names its speaker, capitalised words to the clause's end (not the
// English "…, so Putin will"). Case-sensitive: under `i`, \p{Lu} matches any letter.
const SO_NAME = /,\s+so\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*\s*(?:[.;,)]|$)/u

/** Whether a quote says whose words it gives: a verb of saying, or a phrase naming a source. */
export function attributed(quote: string): boolean {
  const words = [...quote.matchAll(WORD)]
  const lower = words.map((m) => m[0].toLowerCase())
  if (lower.some((w) => SAYING.has(w))) return true
  if (SAYING_RUNS.some((run) => lower.some((_, i) => run.every((w, k) => lower[i + k] === w && (k === 0 || spaceBetween(quote, words[i + k - 1]!, words[i + k]!)))))) return true
  if (SO_NAME.test(quote)) return true
  // The noun-or-verb forms count in lower case only, and not after an apostrophe ("the board's
  // reports" is no verb, nor is "'claims'").
  return words.some((m) => EITHER_WORDS.has(m[0]) && !/['’]/u.test(quote[m.index - 1] ?? '') && asVerb(quote, m.index, m[0].length))
}

/** Whether only white space stands between two of the quote's words. */
const spaceBetween = (quote: string, a: RegExpMatchArray, b: RegExpMatchArray): boolean => /^\s+$/u.test(quote.slice(a.index! + a[0].length, b.index))

/** Whether the form at `at` is a verb: a word stands before it in its clause, not one a noun follows, and "of" does not follow it. */
function asVerb(quote: string, at: number, length: number): boolean {
  const before = /([\p{L}'’]+)\s+$/u.exec(quote.slice(0, at))?.[1]
  if (before === undefined || NOT_SUBJECT.has(before.toLowerCase()) || /['’]s$/u.test(before)) return false
  return !/^\s+of(?![\p{L}])/u.test(quote.slice(at + length))
}
