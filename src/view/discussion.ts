// The discussion questions' view, for the student and the facilitator editions; the
// student edition simply leaves out what is for the facilitator.
import type { Module } from '../assemble.js'
import type { DiscussionQuestion } from '../questions/model.js'
import { Prose, token } from '../fill/escape.js'
import { moduleStrings } from '../lang/index.js'
import type { setAsideView } from '../lint/aside.js'
import { citeClaims, claimIndex, orderedClaims, packHeader } from './common.js'

export function discussionView(module: Module, questions: readonly DiscussionQuestion[], date: string | null, setTitle: string | null, setAside: ReturnType<typeof setAsideView> = null) {
  const strings = moduleStrings(module)
  const { title, author } = module.article.meta
  const index = claimIndex(module)
  const ordered = orderedClaims(module)
  const usedClaims = new Set(questions.flatMap((q) => q.claims))
  const timed = questions.filter((q) => q.minutes)
  const minutes = timed.reduce((n, q) => n + q.minutes!, 0) || null
  return {
    header: packHeader(module, date, setTitle),
    title,
    author,
    count: questions.length,
    // The discussion's length only when every question has `minutes`: a sum that leaves some out is not it.
    totalMinutes: timed.length === questions.length ? minutes : null,
    strings: strings.discussion({ title, author, count: questions.length, minutes, timed: timed.length, misreadings: questions.some((q) => q.misreadings.length > 0) }),
    setAside,
    questions: questions.map((q, i) => ({
      anchor: token(q.id),
      number: i + 1,
      id: q.id,
      prompt: q.prompt,
      followUps: q.follow_ups,
      cites: citeClaims(index, q.claims),
      lookBack: strings.lookBack(citeClaims(index, q.claims)),
      bloom: strings.bloom[q.bloom],
      purpose: strings.purposes[q.purpose],
      minutes: q.minutes ?? null,
      duration: q.minutes ? strings.aboutMinutes(q.minutes) : null,
      // In C-number order, as every list of claims: not as questions.yaml happens to list them.
      claims: ordered
        .filter((c) => q.claims.includes(c.claim.id))
        .map((c) => ({ label: c.label, paragraph: c.claim.anchor.paragraph, paraphrase: c.claim.paraphrase })),
      notes: new Prose(q.facilitator_notes),
      misreadings: q.misreadings.length ? q.misreadings : null,
      tags: q.tags.length ? q.tags.join(', ') : null
    })),
    teachingNotes: ordered
      .filter((c) => c.claim.teaching_note && usedClaims.has(c.claim.id))
      .map((c) => ({ label: c.label, paragraph: c.claim.anchor.paragraph, paraphrase: c.claim.paraphrase, note: c.claim.teaching_note! }))
  }
}
