// Who an English speaker is, as the sentence says it with their name: a title after the verb
// ("said board chair Denise Okafor") or an apposition after the name ("Dr. Aisha Mensah, the
// county's deputy health officer, said"). German has its own (speakers-de.ts), the title
// coming first there too but capitalised. The role is the article's own words, so init writes
// it for the actor instead of a placeholder comment.
import type { Named } from './named.js'

/** Words that may stand between a verb and a name without being a title ("said on Tuesday"). */
const NOT_TITLE = /^(?:on|in|at|to|of|for|by|with|from|that|this|it|he|she|they|then|also|later|earlier|yesterday|today|and|but|or|as|when|while|after|before|who|which)$/u
/**
 * A verb of saying, then up to four lower-case words, then perhaps an honorific, right before
 * the name. Case matters (no `i` flag): a capitalised word there is part of a name, not a title.
 */
const TITLE_AFTER_VERB = /\b(?:said|says|told|added|argued|insisted|warned|explained|stated|announced|acknowledged|admitted)\s+((?:the\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){1,4})(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/u

/** The words of a title before a name ("the board chair "), less "the"; undefined when one of them is no title's ("on", "later"). */
export function titleWords(text: string): string[] | undefined {
  const words = text.trim().split(/\s+/).filter((w, i) => w !== '' && !(i === 0 && w === 'the'))
  return words.length > 0 && !words.some((w) => NOT_TITLE.test(w) || /ly$/u.test(w)) ? words : undefined
}

/** The role of `person`, named at its offsets in `sentence`, or undefined when the sentence gives none. */
export function roleOf(sentence: string, person: Named): string | undefined {
  // "said board chair Denise Okafor": lower-case words between the verb and the name.
  const before = TITLE_AFTER_VERB.exec(sentence.slice(0, person.start))
  if (before) {
    const words = titleWords(before[1]!)
    if (words) return words.join(' ')
  }
  // "Aisha Mensah, the county's deputy health officer, said": an apposition opened by an article
  // and closed by a comma; a relative clause in it says what they did, not who they are.
  const after = /^,\s+(?:the|a|an)\s+([^,;:“”"„«»()]{3,80}?),/u.exec(sentence.slice(person.end))
  if (after) {
    const role = after[1]!.split(/\s+(?:who|which|whose|that)\s/u)[0]!.trim()
    if (role.split(/\s+/).length <= 8) return role
  }
  return undefined
}
