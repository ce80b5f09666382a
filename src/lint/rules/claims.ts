// claims.yaml against the article and the questions: asserters the quote contradicts,
// feedback that contradicts the claim's metadata, outside facts without a source or date.
import { describedSpeaker, namedSpeaker, outsideQuotes } from '../../claims/speaker-named.js'
import { code } from '../../messages.js'
import { placeOf } from '../../yaml/decode.js'
import { textsOf } from '../items.js'
import { rule, type Finding, type LintContext } from '../model.js'

/**
 * What an option's feedback says of its claim, and the metadata that would contradict it.
 * Denials ("not a prediction") describe the option itself; the affirmation "the author's own"
 * is read on keys only, since a distractor's feedback often says whose the right answer is.
 */
const CONTRADICTIONS: Array<{ says: RegExp; keysOnly?: boolean; contradicts: (c: { kind: string; hedges: string[]; asserted_by: string[] }) => boolean; what: (c: { kind: string; hedges: string[]; asserted_by: string[] }) => string }> = [
  { says: /\b(?:not|isn't|is no)\s+(?:a\s+)?prediction\b/i, contradicts: (c) => c.kind === 'predictive', what: (c) => `\`kind: ${c.kind}\`` },
  { says: /\b(?:not|isn't)\s+(?:a\s+)?hedged?\b|\bunhedged\b|\bno hedge\b/i, contradicts: (c) => c.hedges.length > 0, what: (c) => `hedges ${c.hedges.map((h) => '"' + h + '"').join(', ')}` },
  // "rather than the author's own", "unlike the author's own" deny it, as "not" does.
  { says: /(?<!\b(?:not|isn't|isn’t|nor|than|unlike|instead\s+of)\s+)\b(?:the author's own|in (?:his|her|their) own voice)\b/i, keysOnly: true, contradicts: (c) => !c.asserted_by.includes('author'), what: (c) => `\`asserted_by: ${c.asserted_by.join(', ')}\`` },
  // About voice only ("not a reported statement", "not reported as saying it", "not reported:
  // the author's own"): a bare "Not reported." or "Not reported: the article mentions no
  // tram" says the article does not report the option's content at all, and stopped a build
  // as an error on ordinary feedback.
  { says: /\bnot\s+(?:a\s+)?reported\s+(?:statement|speech|view|claim|words|opinion|as\s+(?:saying|having\s+said))\b|\bnot\s+reported\s*(?:but\b|[:;—–])\s*(?:(?:it|this)\s+is\s+|it's\s+|it’s\s+)?(?:the\s+author(?:'s|’s)?\b|(?:in\s+)?(?:his|her|their)\s+own\b)/i, contradicts: (c) => !c.asserted_by.includes('author'), what: (c) => `\`asserted_by: ${c.asserted_by.join(', ')}\`` }
]

export const metadataContradiction = rule('metadata-contradiction', 'error', 'Feedback says "not a prediction", "not a hedge", "the author\'s own" or "not reported" of a claim whose metadata says otherwise', (context) =>
  context.module.questions.quiz.flatMap((item) => {
    const feedbacks = textsOf(item).filter((t) => t.feedback)
    return feedbacks.flatMap(({ text, owner, key, claim, isKey }): Finding[] => {
      const c = context.claims.get(claim)
      if (!c) return []
      return CONTRADICTIONS.filter((x) => (isKey || !x.keysOnly) && x.says.test(text) && x.contradicts(c)).map((x) => ({
        rule: 'metadata-contradiction',
        file: 'questions',
        place: placeOf(owner, key),
        item: item.id,
        reason: `Unexpected feedback ${code(x.says.exec(text)![0])} in \`${item.id}\` on claim \`${claim}\`, whose ${x.what(c)} says otherwise, expected feedback and claims.yaml to agree: correct one, or point the option at the claim it means (\`claim:\`)`
      }))
    })
  })
)

const REPORTING = /\b(says|said|has said|have said|indicated|has indicated|told|according to|announced|insisted|claimed)\b/i
const AUTHOR_VOICE = /\b(it is not clear|it's not clear|it is unclear|to date|I think|I believe|in my view|it seems|arguably)\b/i

export const mixedVoiceClaim = rule('mixed-voice-claim', 'warning', 'A claim\'s quote mixes a reported statement with the author\'s own voice', (context) =>
  context.module.claims.flatMap((c): Finding[] => {
    if (c.asserted_by.every((a) => a === 'author')) return []
    const reported = REPORTING.exec(c.quote)
    // Inside quotation marks "I think" is the speaker's, not the author's: “…, I think other schools will follow,” she said.
    const own = AUTHOR_VOICE.exec(c.quote.replace(/[“"«][^”"»]*(?:[”"»]|$)/gu, ' '))
    if (!reported || !own) return []
    return [{ rule: 'mixed-voice-claim', file: 'claims', place: placeOf(c, 'asserted_by'), reason: `Unexpected quote of claim \`${c.id}\` with both a reporting verb ${code(reported[0])} and the author's own ${code(own[0])}, while \`asserted_by\` is ${c.asserted_by.map((a) => '`' + a + '`').join(', ')}, expected two claims: what is reported, and what the author adds` }]
  })
)

// "According to the Urban Land Institute, …", "Laut einer Studie …", "Amin said …": the quote
// itself gives the words to a source, outside any quotation marks, and the claim to the author.
// A generated voice item would then key "the author, in their own voice" against its own stem.
const ATTRIBUTION = /\b(?:according to|as reported by|in the words of)\s+(?!the author\b|me\b|us\b)|(?:^|[\s(])(?:laut|zufolge|nach Angaben)\s/iu

// "according to the plan", "according to the latest figures": what speaks for no one, which
// init leaves to the author (as its README says). The warning asked for it "as an actor" in
// `asserted_by`, which a plan cannot be: init wrote what check then warned of. Figures with an
// owner ("the museum's own figures", "figures from the council") still name a source.
const NO_ONE = /^according to\s+(?:(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:plans?|schedule|timetable|figures|data|statistics|numbers|estimates?|forecasts?|records?|minutes|budget|proposals?|documents?|map|rules)$/iu

export const reportedAsAuthor = rule('reported-as-author', 'warning', 'A claim given to the author quotes words the article gives to another source', (context) =>
  context.module.claims.flatMap((c): Finding[] => {
    if (c.asserted_by.length !== 1 || c.asserted_by[0] !== 'author') return []
    // Outside quotation marks: inside them the words are the speaker's anyway.
    const bare = outsideQuotes(c.quote)
    const frame = ATTRIBUTION.exec(bare)
    // The rule init also uses to find a speaker its own rules missed (claims/speaker-named.ts).
    const speaker = namedSpeaker(c.quote, context.module.actors.filter((a) => a.id !== 'author'))
    // "Owners of small landscaping firms, several of whom spoke, said …": a speaker described, not named (init makes the same actor).
    const described = speaker ? undefined : describedSpeaker(c.quote)
    // A block quote sets apart someone's words (a letter, a speech), not the author's own:
    // init gives it to the speaker the line before names, and says when it found none.
    const paragraph = context.module.article.paragraphs[c.anchor.paragraph - 1]
    const blockQuote = paragraph?.within?.some((w) => w.kind === 'quote') === true
    // The frame with the words after it, up to five, as far as a comma: `According to the Urban Land Institute`.
    const phrase = (at: number): string => bare.slice(at).trim().split(/[,;:.]/)[0]!.split(/\s+/).slice(0, 6).join(' ')
    const byNoOne = frame !== null && NO_ONE.test(phrase(frame.index))
    if ((!frame || byNoOne) && !speaker && !described && !blockQuote) return []
    const who = speaker ?? described
    const found = frame && !byNoOne ? code(phrase(frame.index)) : who ? `${code(who.name)} and a reporting verb` : `words of the block quote in ¶${c.anchor.paragraph}`
    const meant = speaker ? `\`asserted_by: ${speaker.id}\`` : frame && !byNoOne ? 'the source it names as an actor in `asserted_by`' : described ? 'the speaker it describes as an actor in `asserted_by`' : 'whoever the article quotes there as an actor in `asserted_by`'
    return [{ rule: 'reported-as-author', file: 'claims', place: placeOf(c, 'asserted_by'), reason: `Unexpected \`asserted_by: author\` for claim \`${c.id}\`, whose quote has ${found}, expected ${meant}, or a quote of the author's own words: a voice question would key the author` }]
  })
)

// "Macron and Starmer have indicated", "teachers and parents have said": two speakers, one statement.
/** What JOINT needs at the least, in a pattern V8 runs fast: "and", then one of its verbs. */
const JOINT_WORDS = /\sand\s.*\b(?:said|indicated|say|argued|insisted|stated|made clear|agreed)\b/s
const JOINT = /\b((?:[\p{L}'’-]+\s+){0,1}[\p{L}'’-]+)\s+and\s+((?:[\p{L}'’-]+\s+){0,1}?[\p{L}'’-]+)\s+(?:have\s+|had\s+)?(said|indicated|say|argued|insisted|stated|made clear|agreed)\b/u

export const jointAsserter = rule('joint-asserter', 'warning', 'The quote has "X and Y have said" but `asserted_by` names one actor', (context) =>
  context.module.claims.flatMap((c): Finding[] => {
    // The cheap tests first: the pattern tries every word of the quote as X (a tenth of a
    // millisecond a quote on a cold start), and most quotes have no "and" before a reporting verb.
    if (c.asserted_by.length !== 1 || c.asserted_by[0] === 'author' || !JOINT_WORDS.test(c.quote)) return []
    const m = JOINT.exec(c.quote)
    if (!m) return []
    return [{ rule: 'joint-asserter', file: 'claims', place: placeOf(c, 'asserted_by'), reason: `Unexpected single asserter \`${c.asserted_by[0]}\` for claim \`${c.id}\`, whose quote says "${m[1]} and ${m[2]} … ${m[3]}", expected both: \`asserted_by: [${c.asserted_by[0]}, …]\`` }]
  })
)

const MARKER = /\b(perhaps|probably|may|might|could|likely|conceivably|surely|clearly|certainly|deeply)\b/i

/** ¶ numbers no claim anchors. */
const unanchored = (context: LintContext): Set<number> => {
  const anchored = new Set(context.module.claims.map((c) => c.anchor.paragraph))
  return new Set(context.module.article.paragraphs.map((p) => p.n).filter((n) => !anchored.has(n)))
}

export const unrecordedMarker = rule('unrecorded-marker', 'info', 'A hedge or booster stands in a paragraph no claim anchors', (context) => {
  const open = unanchored(context)
  return context.module.article.paragraphs.flatMap((p): Finding[] => {
    const m = MARKER.exec(p.text)
    if (!open.has(p.n) || !m) return []
    return [{ rule: 'unrecorded-marker', file: 'article', place: p.place, reason: `Unexpected ${code(m[0])} in ¶${p.n}, which no claim anchors, expected a claim that records its hedge or booster (or a reason to leave it)` }]
  })
})

export const paragraphUncovered = rule('paragraph-uncovered', 'info', 'A paragraph no claim anchors', (context) => {
  const open = unanchored(context)
  return context.module.article.paragraphs
    .filter((p) => open.has(p.n))
    .map((p): Finding => ({ rule: 'paragraph-uncovered', file: 'article', place: p.place, reason: `Unexpected ¶${p.n} without a claim, expected each paragraph that carries the argument to have one` }))
})

export const claimNeverMain = rule('claim-never-main', 'info', 'A claim is never the first (main) claim of a quiz item', (context) => {
  const main = new Set(context.module.questions.quiz.map((q) => q.claims[0]))
  return context.module.claims.filter((c) => !main.has(c.id) && context.module.questions.quiz.some((q) => q.claims.includes(c.id))).map((c): Finding => ({ rule: 'claim-never-main', file: 'claims', place: placeOf(c, 'id'), reason: `Unexpected claim \`${c.id}\` that no quiz item tests first, expected at least one item whose main claim it is` }))
})

export const claimUntested = rule('claim-untested', 'info', 'A claim no quiz item tests', (context) => {
  const tested = new Set(context.module.questions.quiz.flatMap((q) => q.claims))
  return context.module.claims.filter((c) => !tested.has(c.id)).map((c): Finding => ({ rule: 'claim-untested', file: 'claims', place: placeOf(c, 'id'), reason: `Unexpected claim \`${c.id}\` that no quiz item tests, expected at least one item (discussion alone does not check it)` }))
})

/** The article's date (YYYY-MM-DD) when its front matter gives one. */
const articleDate = (context: LintContext): string | undefined => /^\d{4}-\d{2}-\d{2}/.exec(String(context.module.article.meta.published))?.[0]

export const contextUnsourced = rule('context-unsourced', 'warning', 'A context note has no `source`', (context) =>
  context.module.claims.flatMap((c) =>
    c.context
      .filter((n) => !n.source)
      .map((n): Finding => ({ rule: 'context-unsourced', file: 'claims', place: placeOf(n, 'note'), reason: `Missing \`source\` in a context note of claim \`${c.id}\`, expected where its facts come from (a citation, ideally with a URL)` }))
  )
)

/** Words by which a note says it tells of what came after the article, by the article's language. */
const AFTER_THE_ARTICLE: Record<string, { pattern: RegExp; words: string }> = {
  en: { pattern: /after the article/i, words: '"after the article"' },
  // „Nach Erscheinen des Artikels“, „nach der Veröffentlichung“, „seit Erscheinen dieses Textes“.
  de: { pattern: /\b(?:nach|seit)\s+(?:dem\s+|der\s+)?(?:Erscheinen|Veröffentlichung)\b/iu, words: '„nach Erscheinen des Artikels“' }
}

export const contextUndated = rule('context-undated', 'warning', 'A context note dated after the article does not say so', (context) => {
  const published = articleDate(context)
  if (!published) return []
  const after = AFTER_THE_ARTICLE[context.module.article.meta.lang.split('-')[0]!.toLowerCase()] ?? AFTER_THE_ARTICLE.en!
  return context.module.claims.flatMap((c) =>
    c.context
      .filter((n) => n.as_of > published && !after.pattern.test(n.note))
      .map((n): Finding => ({ rule: 'context-undated', file: 'claims', place: placeOf(n, 'as_of'), reason: `Unexpected \`as_of: ${n.as_of}\` after the article's date (${published}) in a note of claim \`${c.id}\` that does not say so, expected the note to say ${after.words}` }))
  )
})

const DATED = /\b(1[5-9]\d\d|20\d\d)\b|\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/

export const outsideGlossaryDatedFact = rule('outside-glossary-dated-fact', 'info', 'An outside glossary definition gives a date but no `reference`', (context) =>
  context.module.glossary
    .filter((g) => g.source === 'outside' && !g.reference && DATED.test(g.definition))
    .map((g): Finding => ({ rule: 'outside-glossary-dated-fact', file: 'claims', place: placeOf(g, 'definition'), reason: `Unexpected dated fact in the outside definition of ${code(g.term)} without a \`reference\`, expected where it comes from` }))
)
