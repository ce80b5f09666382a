// Voice: who asserts this claim, the author or someone the author reports? Distractors
// are the author (when someone else asserts it), then the actors the claim involves, then
// the module's other actors. A claim asserted jointly has the joint asserters as its key.
import { normalize } from '../article/normalize.js'
import type { AnchoredClaim } from '../claims/model.js'
import type { Option } from '../questions/model.js'
import { actorName, asserters, makeItem, names, note, pick, saying } from './common.js'
import type { GeneratedItem, GenerateInput, Generator } from './model.js'
import { generatedId } from './names.js'
import { single } from '../types/single.js'

const AUTHOR = 'author'

export const voice: Generator = {
  name: 'voice',
  asks: 'who asserts this claim: the author, or someone the author reports',
  items(input, next) {
    const items: GeneratedItem[] = []
    for (const claim of input.claims) {
      const item = voiceItem(input, claim, next(generatedId('voice', claim.id)))
      if (item) items.push(item)
    }
    return items
  }
}

function voiceItem(input: GenerateInput, claim: AnchoredClaim, next: () => number): GeneratedItem | undefined {
  const key = asserters(claim)
  // The author may be declared as an actor too; the author's own option stands for them.
  const author = input.article.meta.author
  const declared = input.actors.filter((a) => normalize(a.name).text.toLowerCase() !== normalize(author).text.toLowerCase()).map((a) => a.id)
  // The author, and the actors, that are not (part of) the key.
  const others = (ids: readonly string[]): string[] => ids.filter((id) => !key.includes(id))
  const tiers = [others([AUTHOR]), others(claim.actors.filter((a) => declared.includes(a))), others(declared)]
  const distractors = pick(tiers, 3, next)
  if (distractors.length === 0) return undefined
  // Neutral order: the author first, then actors as claims.yaml declares them; a joint key stands where its first member would.
  const rank = (ids: readonly string[]): number => Math.min(...ids.map((id) => (id === AUTHOR ? -1 : declared.indexOf(id))))
  const choices = [key, ...distractors.map((d) => [d])].sort((a, b) => rank(a) - rank(b))
  const who = (ids: readonly string[]): string => (ids[0] === AUTHOR ? 'the author' : names(ids.map((id) => actorName(input.actors, id))))
  const keyIsAuthor = key[0] === AUTHOR

  const options: Option[] = choices.map((ids) => {
    const correct = ids === key
    const text = ids[0] === AUTHOR ? 'The author, in the article’s own voice' : `${who(ids)}, whose view the author reports`
    let feedback: string
    if (correct) feedback = keyIsAuthor ? `Right: the claim is the author’s own; the article does not attribute it to anyone else.${note(claim)}` : `Right: the author reports this as the view of ${who(key)}.${note(claim)}`
    else if (ids[0] === AUTHOR) feedback = `No: the author reports this as the view of ${who(key)} rather than making the claim in the article’s own voice.`
    else if (keyIsAuthor) feedback = `No: the article does not attribute this claim to ${who(ids)}; it is the author’s own.`
    else if (claim.actors.includes(ids[0]!)) feedback = `No: ${who(ids)} is involved in the claim, but the view reported is that of ${who(key)}.`
    else feedback = `No: the article attributes this claim to ${who(key)}, not to ${who(ids)}.`
    return { text, correct, feedback }
  })

  return makeItem({
    id: generatedId('voice', claim.id),
    generated: 'voice',
    type: single.name,
    stem: `${saying(claim)} Whose claim is this?`,
    claims: [claim.id],
    difficulty: 'easy',
    bloom: 'understand',
    points: 1,
    tag: 'voice',
    options
  })
}
