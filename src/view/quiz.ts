// The quiz and answer-key views of one version. The quiz shows what a student may see;
// the key adds answers, feedback and, for every item, the claim and ¶ it tests.
import type { Module } from '../assemble.js'
import type { PlacedItem, Version } from '../select/model.js'
import { token } from '../fill/escape.js'
import type { Student } from '../roster/model.js'
import { citeClaim, claimIndex, packHeader, pointsLabel } from './common.js'

// Where callers first found it; the type lives with the roster.
export type { Student } from '../roster/model.js'

const INSTRUCTIONS: Record<PlacedItem['item']['type'], string> = {
  single: 'Choose one answer.',
  multiple: 'Select all that apply.',
  'true-false': 'True or false?',
  short: 'Answer in a few sentences.'
}

function totals(version: Version) {
  return {
    itemCount: version.items.length,
    totalPoints: version.items.reduce((n, p) => n + p.item.points, 0)
  }
}

export function quizView(module: Module, version: Version, date: string | null, setTitle: string | null, student: Student | null) {
  return {
    header: packHeader(module, date, setTitle),
    title: module.article.meta.title,
    author: module.article.meta.author,
    version: version.id,
    student,
    ...totals(version),
    items: version.items.map((p) => ({
      anchor: token(p.item.id),
      number: p.number,
      stem: p.item.stem,
      // A stem that already says how to answer ("Select all that apply.") needs no second telling.
      instruction: p.item.stem.toLowerCase().includes(INSTRUCTIONS[p.item.type].toLowerCase().replace(/[.?]$/, '')) ? null : INSTRUCTIONS[p.item.type],
      points: pointsLabel(p.item.points),
      isChoice: p.options.length > 0,
      options: p.options.map((o) => ({ letter: token(o.letter), text: o.text })),
      isShort: p.item.type === 'short',
      lines: p.item.type === 'short' ? p.item.lines : 0
    }))
  }
}

export function answerKeyView(module: Module, version: Version, date: string | null, setTitle: string | null) {
  const index = claimIndex(module)
  return {
    header: packHeader(module, date, setTitle),
    title: module.article.meta.title,
    author: module.article.meta.author,
    version: version.id,
    ...totals(version),
    items: version.items.map((p) => {
      const correct = p.options.filter((o) => o.correct)
      return {
        anchor: token(p.item.id),
        number: p.number,
        id: p.item.id,
        type: p.item.type,
        stem: p.item.stem,
        points: pointsLabel(p.item.points),
        difficulty: p.item.difficulty,
        bloom: p.item.bloom,
        answer: correct.length ? correct.map((o) => o.letter).join(', ') : null,
        answerText: correct.length ? correct.map((o) => `${o.letter}. ${o.text}`).join(' · ') : null,
        options: p.options.map((o) => ({
          letter: token(o.letter),
          text: o.text,
          verdict: o.correct ? 'Correct' : 'Incorrect',
          feedback: o.feedback,
          claim: index.get(o.claim)?.label ?? o.claim,
          cite: citeClaim(index, o.claim)
        })),
        modelAnswer: p.item.type === 'short' ? p.item.model_answer : null,
        rubric: p.item.type === 'short' ? p.item.rubric.map((r) => ({ points: pointsLabel(r.points), criterion: r.criterion })) : null,
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
  return {
    header: packHeader(module, date, setTitle),
    quizTitle: version.id ? `Quiz, version ${version.id}` : 'Quiz',
    title: module.article.meta.title,
    author: module.article.meta.author,
    version: version.id,
    student,
    ...totals(version)
  }
}
