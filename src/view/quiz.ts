// The quiz and answer-key views of one version. The quiz shows what a student may see;
// the key adds answers, feedback and, for every item, the claim and ¶ it tests. What
// depends on an item's type comes from its module (src/types/); every word, from the
// module's UI language (src/lang/).
import type { Module } from '../assemble.js'
import { token } from '../fill/escape.js'
import { moduleStrings } from '../lang/index.js'
import type { Student } from '../roster/model.js'
import type { PlacedItem, Version } from '../select/model.js'
import { typeOf, wordsOf } from '../types/index.js'
import { citeClaim, claimIndex, packHeader } from './common.js'
import type { setAsideView } from '../lint/aside.js'

// Where callers first found it; the type lives with the roster.
export type { Student } from '../roster/model.js'

function totals(version: Version) {
  return {
    itemCount: version.items.length,
    totalPoints: version.items.reduce((n, p) => n + p.item.points, 0)
  }
}

/** How to answer `placed`, unless its stem already says so ("Select all that apply."). */
function instruction(placed: PlacedItem, strings: ReturnType<typeof moduleStrings>): string | null {
  const type = typeOf(placed.item)
  const words = type.instruction(wordsOf(type, strings))
  return placed.item.stem.toLowerCase().includes(words.toLowerCase().replace(/[.?]$/, '')) ? null : words
}

export function quizView(module: Module, version: Version, date: string | null, setTitle: string | null, student: Student | null) {
  const strings = moduleStrings(module)
  const { title, author } = module.article.meta
  const counts = totals(version)
  return {
    header: packHeader(module, date, setTitle),
    title,
    author,
    version: version.id,
    student,
    ...counts,
    strings: strings.quiz({ title, author, version: version.id, items: counts.itemCount, points: counts.totalPoints }),
    items: version.items.map((p) => {
      const type = typeOf(p.item)
      const lines = type.answerLines(p.item)
      return {
        anchor: token(p.item.id),
        number: p.number,
        stem: p.item.stem,
        instruction: instruction(p, strings),
        points: strings.points(p.item.points),
        scoring: type.scoring(p.item, wordsOf(type, strings))?.quiz ?? null,
        isChoice: p.options.length > 0,
        options: p.options.map((o) => ({ letter: token(o.letter), text: o.text })),
        isShort: lines > 0,
        lines
      }
    })
  }
}

export function answerKeyView(module: Module, version: Version, date: string | null, setTitle: string | null, setAside: ReturnType<typeof setAsideView> = null) {
  const strings = moduleStrings(module)
  const { title, author } = module.article.meta
  const index = claimIndex(module)
  const counts = totals(version)
  return {
    header: packHeader(module, date, setTitle),
    title,
    author,
    version: version.id,
    ...counts,
    strings: strings.answerKey({ title, author, version: version.id, items: counts.itemCount, points: counts.totalPoints }),
    setAside,
    items: version.items.map((p) => {
      const type = typeOf(p.item)
      const correct = p.options.filter((o) => o.correct)
      return {
        anchor: token(p.item.id),
        number: p.number,
        heading: strings.keyQuestion(p.number),
        id: p.item.id,
        type: p.item.type,
        stem: p.item.stem,
        points: strings.points(p.item.points),
        difficulty: strings.difficulty[p.item.difficulty],
        bloom: strings.bloom[p.item.bloom],
        answer: correct.length ? correct.map((o) => o.letter).join(', ') : null,
        answerText: correct.length ? correct.map((o) => `${o.letter}. ${o.text}`).join(' · ') : null,
        scoring: type.scoring(p.item, wordsOf(type, strings))?.key ?? null,
        options: p.options.map((o) => ({
          letter: token(o.letter),
          text: o.text,
          verdict: o.correct ? strings.correct : strings.incorrect,
          feedback: o.feedback,
          claim: index.get(o.claim)?.label ?? o.claim,
          cite: citeClaim(index, o.claim)
        })),
        ...type.key(p.item, strings),
        claims: p.item.claims.map((id) => {
          const c = index.get(id)!
          return { label: c.label, paragraph: c.claim.anchor.paragraph, paraphrase: c.claim.paraphrase }
        })
      }
    })
  }
}

/** The cover sheet of a student's (or a version's) quiz in a print bundle. */
export function coverView(module: Module, version: Version, date: string | null, setTitle: string | null, student: Student | null) {
  const strings = moduleStrings(module)
  const { title, author } = module.article.meta
  const counts = totals(version)
  return {
    header: packHeader(module, date, setTitle),
    quizTitle: strings.documents.quiz(version.id),
    title,
    author,
    version: version.id,
    student,
    ...counts,
    strings: strings.cover({ title, author, items: counts.itemCount, points: counts.totalPoints })
  }
}
