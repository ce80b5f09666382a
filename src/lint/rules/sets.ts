// Sets as a teacher will use them: true/false answers that are not all one way, a
// discussion count the filters can fill, and minutes that fit the lesson the title promises
// and the time the quiz allows.
import { placeOf } from '../../yaml/decode.js'
import { optionWording } from '../../select/wording.js'
import { counted } from '../../messages.js'
import type { QuizItem } from '../../questions/model.js'
import { oneKey, statement } from '../items.js'
import { typeOf } from '../../types/index.js'
import { rule, type Finding, type LintContext, type LintSet } from '../model.js'
import { named, share } from '../stats.js'
import { hasFilters } from '../../select/select.js'

/** The sets to judge: module.yaml's, or the selection when it has none. */
const judged = (context: LintContext): Array<Pick<LintSet, 'name' | 'items' | 'place'>> =>
  context.sets.length ? context.sets : [{ name: context.selection.name, items: context.selection.items, place: undefined }]

export const tfBalance = rule('tf-balance', 'warning', 'True/false answers in a set lean one way', (context) =>
  judged(context).flatMap((s): Finding[] => {
    const tf = s.items.filter((q) => statement(q))
    const trues = tf.filter((q) => statement(q)!.answer).map((q) => q.id)
    const place = s.place ?? placeOf(tf[0] ?? {})
    const file = s.place ? 'module' : 'questions'
    const ids = tf.map((q) => q.id)
    if (tf.length >= 3 && (trues.length === 0 || trues.length === tf.length)) {
      return [{ rule: 'tf-balance', file, place, set: s.name, items: ids, reason: `Unexpected ${tf.length} true/false items in set \`${s.name}\` that are all ${trues.length ? 'True' : 'False'} (${named(ids)}), expected both answers` }]
    }
    if (tf.length >= 5 && (trues.length / tf.length < 0.4 || trues.length / tf.length > 0.6)) {
      return [{ rule: 'tf-balance', file, place, set: s.name, items: ids, reason: `Unexpected ${share(trues.length, tf.length)} true/false items True in set \`${s.name}\`, expected 40% to 60%` }]
    }
    return []
  })
)


export const keyTextRepeated = rule('key-text-repeated', 'warning', 'One option\'s words are the key of most single-choice items in a set that offer them', (context) =>
  judged(context).flatMap((s): Finding[] => {
    // Items offering the same words (generated voice items all offer "The author, …") teach a
    // student that those words are usually right: always choosing them scores without reading.
    const offered = new Map<string, { text: string; items: QuizItem[]; keyed: QuizItem[] }>()
    for (const item of s.items) {
      const options = oneKey(item)?.options ?? []
      for (const option of new Map(options.map((o) => [optionWording(o.text), o])).values()) {
        const words = optionWording(option.text)
        const entry = offered.get(words) ?? { text: option.text.trim(), items: [], keyed: [] }
        entry.items.push(item)
        if (option.correct) entry.keyed.push(item)
        offered.set(words, entry)
      }
    }
    return [...offered.values()]
      .filter((o) => o.keyed.length >= 3 && o.keyed.length * 2 > o.items.length)
      .map((o) => {
        const ids = o.keyed.map((q) => q.id)
        return { rule: 'key-text-repeated', file: s.place ? 'module' : 'questions', place: s.place ?? placeOf(o.keyed[0]!), set: s.name, items: ids, reason: `Unexpected \`${o.text}\` as the key of ${o.keyed.length} of the ${o.items.length} single-choice items that offer it in set \`${s.name}\` (${named(ids)}), expected it right about as often as any option: a student who always chooses it scores ${o.keyed.length} without reading; vary the set's items or their options` } satisfies Finding
      })
  })
)

/**
 * Minutes a student needs for an item, as its type counts them: reading and choosing one
 * option about a minute, several options two, a true/false statement half a minute, a
 * written answer a minute per answer line (about 12 words), and so on (src/types/).
 */
export function itemMinutes(item: QuizItem): number {
  return typeOf(item).minutes(item)
}

/** The lesson a title promises, in minutes: its largest "N minutes" (or "N hours"). */
export function titleMinutes(title: string | undefined): number | undefined {
  if (!title) return undefined
  const minutes = [...title.matchAll(/(\d+(?:\.\d+)?)[\s-]*(minutes?|mins?|hours?|hrs?)\b/gi)].map((m) => Number(m[1]) * (/^h/i.test(m[2]!) ? 60 : 1))
  return minutes.length ? Math.max(...minutes) : undefined
}

export const setFeasibility = rule('set-feasibility', 'warning', 'A set asks for more discussion questions than its filters give, or more minutes than its title or its `minutes`', (context) =>
  context.sets.flatMap((s): Finding[] => {
    const out: Finding[] = []
    const asked = s.set.discussion
    if (asked !== undefined && asked > s.pool.discussion.length) {
      out.push({ rule: 'set-feasibility', file: 'module', place: placeOf(s.set, 'discussion'), set: s.name, reason: `Unexpected \`discussion: ${asked}\` in set \`${s.name}\`, expected at most ${s.pool.discussion.length}: its filters match only ${s.pool.discussion.length} discussion question${s.pool.discussion.length === 1 ? '' : 's'}${s.set.include && !hasFilters(s.set) ? ' (a set whose only filter is `include` asks only the discussion questions it names there: add their ids to `include`)' : ''}` })
    }
    // Naming one's own quiz items in `include` (as init's module.yaml suggests, to be sure they
    // print) silently took every discussion question out of the set.
    const bank = context.module.questions.discussion.length
    if (asked === undefined && bank > 0 && s.pool.discussion.length === 0 && s.set.include && !hasFilters(s.set)) {
      out.push({ rule: 'set-feasibility', file: 'module', place: placeOf(s.set, 'include'), set: s.name, reason: `Unexpected set \`${s.name}\` without discussion questions, its \`include\` naming none of the module's ${bank}, expected their ids in \`include\` too (a set whose only filter is \`include\` asks only the discussion questions it names there), or \`discussion: 0\` if none are wanted` })
    }
    const quiz = s.items.reduce((n, q) => n + itemMinutes(q), 0)
    // The time allowed printed on the quiz, with a tenth more as for "about".
    const allowed = s.set.minutes
    if (allowed !== undefined && quiz > allowed * 1.1) {
      out.push({ rule: 'set-feasibility', file: 'module', place: placeOf(s.set, 'minutes'), set: s.name, reason: `Unexpected quiz of about ${counted(Math.round(quiz), 'minute')} in set \`${s.name}\`, expected at most the \`minutes: ${allowed}\` it allows: fewer questions, or more time` })
    }
    const promised = titleMinutes(s.set.title)
    // A title that promises the set's own `minutes` ("Quiz, about 15 minutes" with `minutes:
    // 15`) promises the quiz's time, which the check above holds the quiz to: the discussion
    // is not part of it. Any other number in a title is the lesson's, discussion and quiz.
    if (promised !== undefined && promised !== allowed) {
      const talk = s.discussion.reduce((n, q) => n + (q.minutes ?? 0), 0)
      // "About" a number allows a tenth more.
      if (talk + quiz > promised * 1.1) {
        out.push({ rule: 'set-feasibility', file: 'module', place: placeOf(s.set, 'title'), set: s.name, reason: `Unexpected ${counted(Math.round(talk + quiz), 'minute')} in set \`${s.name}\` (discussion ${talk}, quiz about ${Math.round(quiz)}), expected at most the ${promised} its title promises: fewer questions, or a title that says the real time` })
      }
    }
    return out
  })
)
