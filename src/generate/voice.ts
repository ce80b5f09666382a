// Voice: who makes this claim, the author or someone the author reports? Distractors are
// the author (when someone else asserts it), then the actors the claim involves, then the
// module's other actors. A claim asserted jointly has the joint asserters as its key, and
// its distractors are pairs too (one of the asserters with someone else first), so that
// "the only option naming two people" gives nothing away. Options are picked about as long
// as each other (fair.ts).
import { normalize } from '../article/normalize.js'
import type { AnchoredClaim } from '../claims/model.js'
import { outsideQuotes, pronounSpeaker, SPEECH_VERB } from '../claims/speaker-named.js'
import type { Option } from '../questions/model.js'
import { actorName, asserters, inSentence, makeItem, names, note, saying } from './common.js'
import { curlApostrophes } from '../lang/marks.js'
import { names as namesActor, namesEchoed } from '../lint/names.js'
import { keyEchoesStem, pickFitting } from './fair.js'
import type { GeneratedItem, GenerateInput, Generator } from './model.js'
import { AUTHOR, generatedId } from './names.js'
import { single } from '../types/single.js'


/**
 * The author's own option, from short to long. One wording serves a whole module (were it
 * to change with the key, students would learn which wording is right): the longest no
 * longer than the module's typical actor option, so it reads about as long as the others
 * and is seldom the longest when it is the key.
 */
const authorOptions = (possessive: string): string[] => [`The author, in ${possessive} own voice`, 'The author, in the article’s own voice', 'The author, speaking in the article’s own voice', 'The author, making the claim in the article’s own voice']

/** The possessive of the article's `author_pronoun` ("her"), "their" without one. */
const POSSESSIVE: Record<string, string> = { he: 'his', she: 'her', they: 'their' }

/** The module's wording of the author's option, for actor options of a `typical` (median) length. */
function authorOption(typical: number, pronoun: string | null): string {
  const options = authorOptions(POSSESSIVE[pronoun ?? 'they'] ?? 'their')
  return options.filter((o) => o.length <= typical).at(-1) ?? options[0]!
}

const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return 0
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2
}

export const voice: Generator = {
  name: 'voice',
  asks: 'who makes this claim: the author, or someone the author reports',
  items(input, next) {
    const items: GeneratedItem[] = []
    // The paragraphs' texts, which tell how the article writes each name inside a sentence.
    const texts = input.article.paragraphs.map((p) => p.text)
    const author = authorOption(median(declaredActors(input).map((a) => actorOption([a], input, texts).length)), input.article.meta.authorPronoun)
    for (const claim of input.claims) {
      const item = voiceItem(input, claim, author, texts, next(generatedId('voice', claim.id)))
      if (item) items.push(item)
    }
    return items
  }
}

/** The declared actors but the author (who may be declared too: the author's own option stands for them), by id. */
function declaredActors(input: GenerateInput): string[] {
  const author = input.article.meta.author
  if (author === null) return input.actors.map((a) => a.id)
  const name = normalize(author).text.toLowerCase()
  return input.actors.filter((a) => normalize(a.name).text.toLowerCase() !== name).map((a) => a.id)
}

/** An option naming one actor or several (asserting jointly). */
function actorOption(ids: readonly string[], input: GenerateInput, texts: readonly string[]): string {
  return `${actorNames(ids, input, texts)}, as the article reports`
}

/** Actors' names as claims.yaml types them ("The study's authors"), with classpack's curly apostrophe beside "the article’s own voice". */
function actorNames(ids: readonly string[], input: GenerateInput, texts: readonly string[]): string {
  return names(ids.map((id) => curlApostrophes(actorName(input.actors, id))), texts)
}

function voiceItem(input: GenerateInput, claim: AnchoredClaim, authorText: string, texts: readonly string[], next: () => number): GeneratedItem | undefined {
  const key = asserters(claim)
  // Reported speech is asked by its spoken words alone: "“…,” said Superintendent Daniel
  // Okafor" and "“…,” she said" name the speaker beside the question.
  // The words as the teacher quotes them: a [sic] after the article's slip is printed with it,
  // as every other stem prints it (`saying`), or the slip reads as classpack's.
  const words = claim.anchor.shown ?? claim.anchor.text
  const shown = key[0] === AUTHOR ? words : (spokenWords(words) ?? words)
  const stem = `${saying(claim, shown)} Who makes this claim?`
  const declared = declaredActors(input)
  // Inside a sentence ("the view of the education secretary"), or opening one.
  const who = (ids: readonly string[]): string => (ids[0] === AUTHOR ? 'the author' : inSentence(actorNames(ids, input, texts), texts))
  const Who = (ids: readonly string[]): string => who(ids).replace(/^\p{Ll}/u, (c) => c.toUpperCase())
  const keyIsAuthor = key[0] === AUTHOR
  const text = (ids: readonly string[]): string => (ids[0] === AUTHOR ? authorText : actorOption(ids, input, texts))

  // Candidates as lists of ids, most plausible first.
  const involved = claim.actors.filter((a) => declared.includes(a) && !key.includes(a))
  const rest = declared.filter((a) => !key.includes(a))
  const tiers: string[][][] = [keyIsAuthor ? [] : [[AUTHOR]]]
  if (key.length > 1) {
    // Joint asserters: each pair with one of them replaced, by an involved actor first.
    const swapped = (others: readonly string[]): string[][] => key.flatMap((_, i) => others.map((o) => declaredOrder(key.map((k, j) => (j === i ? o : k)), declared)))
    tiers.push(swapped(involved), swapped(rest))
  }
  tiers.push(
    involved.map((a) => [a]),
    rest.map((a) => [a])
  )
  // A quote that names its asserter, by any part of the name ("Haverford said", "Dr. Priya
  // Raman, a pulmonologist at …, told") or by the role ("the chair said"), shows the answer
  // beside the question, whoever else it names: the lint leaves a stem naming two people on
  // offer to the reader, but "who makes this claim?" is then answered by the verb next to a name.
  if (!keyIsAuthor && key.some((id) => namedIn(shown, id, input))) return undefined
  // Nor a quote that gives the speaker as "she said" or "he told": the pronoun is a clue to
  // the answer wherever the people on offer differ in it, and who they are is not known here.
  if (!keyIsAuthor && pronounSpeaker(shown) !== undefined) return undefined
  // Nor one that gives it as "they say" (the one group on offer answers a plural speaker:
  // "If that trend continues, they say, students could face …" beside "The study's authors"),
  // or says "according to" whom ("…, according to a new study that followed …"): the source
  // stands beside the question, in whatever words.
  if (!keyIsAuthor && (THEY_SAID.test(outsideQuotes(shown)) || ACCORDING_TO.test(outsideQuotes(shown)))) return undefined
  // A claim left to the author whose words are plainly someone else's, "“…,” she said" or a
  // block quote ("In the paper, the authors write:" and the quotation set apart), as init leaves
  // one whose speaker it did not find: the key "the author, in their own voice" would be wrong,
  // and a draft quiz marked the student who named the speaker wrong. Check warns; no item until
  // the teacher says who speaks. ("Perhaps he has said it so often he has come to believe it",
  // with no quotation marks, is the author's own words about what someone said.) So is a
  // sentence with a comment clause, "If that trend continues, they say, students could face …".
  if (keyIsAuthor && ((pronounSpeaker(claim.anchor.text) !== undefined && QUOTED.test(claim.anchor.text)) || SAID_BETWEEN_COMMAS.test(claim.anchor.text) || inBlockQuote(claim, input))) return undefined
  const distractors = pickFitting(text(key), tiers, 3, text, next)
  if (distractors.length === 0) return undefined
  // An item whose stem names the asserter, and no one else on offer, is answered by matching names.
  if (keyEchoesStem(stem, text(key), distractors.map(text)) || namesEchoed(stem, text(key), distractors.map(text), input.actors).length > 0) return undefined
  // Canonical order: the author first, then actors as claims.yaml declares them (dealt later: deal.ts).
  const rank = (ids: readonly string[]): number => Math.min(...ids.map((id) => (id === AUTHOR ? -1 : declared.indexOf(id))))
  const choices = [key, ...distractors].sort((a, b) => rank(a) - rank(b))

  const options: Option[] = choices.map((ids) => {
    const correct = ids === key
    let feedback: string
    if (correct) feedback = keyIsAuthor ? `The claim is the author’s own; the article does not attribute it to anyone else.${note(claim)}` : `The author reports this as the view of ${who(key)}.${note(claim)}`
    else if (ids[0] === AUTHOR) feedback = `The author reports this as the view of ${who(key)} rather than making the claim in the article’s own voice.`
    else if (keyIsAuthor) feedback = `The article does not attribute this claim to ${who(ids)}; it is the author’s own.`
    else if (ids.length === 1 && claim.actors.includes(ids[0]!)) feedback = `${Who(ids)} is involved in the claim, but the view reported is that of ${who(key)}.`
    else feedback = `The article attributes this claim to ${who(key)}, not to ${who(ids)}.`
    return { text: text(ids), correct, feedback }
  })

  return makeItem({
    id: generatedId('voice', claim.id),
    generated: 'voice',
    type: single.name,
    stem,
    claims: [claim.id],
    difficulty: 'easy',
    bloom: 'understand',
    points: 1,
    tag: 'voice',
    options
  })
}

/**
 * The words inside the quotation marks of a quote that reports them with a verb of saying
 * outside ("“We are losing teachers,” said Daniel Okafor" gives "We are losing teachers"):
 * the longest quoted stretch, without the comma that hands it to the verb. Undefined when the
 * quote holds no such stretch, or it is short (a phrase the author quotes, not speech).
 */
export function spokenWords(quote: string): string | undefined {
  if (!SPEECH_VERB.test(outsideQuotes(quote)) && pronounSpeaker(quote) === undefined) return undefined
  const spans = [...quote.matchAll(/[“"„«]([^”"“»]{24,})[”"“»]/gu)].map((m) => m[1]!.trim().replace(/[,;:]$/u, ''))
  const longest = spans.sort((a, b) => b.length - a.length)[0]
  return longest && longest.split(/\s+/).length >= 5 ? longest : undefined
}

/** Whether `quote` names the actor `id` (by a capitalised word of the name, or "the" and the role's head noun). */
function namedIn(quote: string, id: string, input: GenerateInput): boolean {
  const actor = input.actors.find((a) => a.id === id)
  return actor !== undefined && namesActor(quote, actor)
}

/** A comment clause that gives the sentence to someone named before: "If that trend continues, they say, students could …". */
const SAID_BETWEEN_COMMAS = /,\s+(?:he|she|they)\s+(?:say|says|said|argue|argues|argued|claim|claims|claimed|warn|warns|warned|believe|believes|believed|estimate|estimates|estimated)\s*,/iu

/**
 * A plural speaker given by pronoun in a comment clause: "…, they say, …", "…, they have
 * warned.", "…, said they." ("They said she was right" opens its sentence with whoever "they"
 * are, a clause of its own.)
 */
const THEY_SAID = /,\s*they\s+(?:(?:also|later|then|have|had)\s+)?(?:say|said|told|argue|argued|claim|claimed|warn|warned|write|wrote|estimate|estimated|believe|believed|insist|insisted)\s*(?:[,.;]|$)|\b(?:say|said)\s+they(?=\s*(?:[.,;]|$))/iu

/** A source named by the phrase that names sources. */
const ACCORDING_TO = /\baccording\s+to\b/iu

/** Quotation marks: the quote holds someone's words as spoken. */
const QUOTED = /[“"„«]/u

/** Whether the claim's paragraph stands in a block quote: words the article sets apart as someone's. */
function inBlockQuote(claim: AnchoredClaim, input: GenerateInput): boolean {
  return input.article.paragraphs[claim.anchor.paragraph - 1]?.within?.some((w) => w.kind === 'quote') === true
}

/** Ids in the order claims.yaml declares the actors. */
function declaredOrder(ids: readonly string[], declared: readonly string[]): string[] {
  return [...ids].sort((a, b) => declared.indexOf(a) - declared.indexOf(b))
}
