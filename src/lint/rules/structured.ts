// Items answered other than by options: a cloze's gaps and bank, matching's responses, a
// numeric answer. Each rule is a cue that gives the answer away, or a gap that tests nothing.
import { code } from '../../messages.js'
import { placeOf } from '../../yaml/decode.js'
import { figureIn, gapped, numbered, paired, telling, textsOf, thePart } from '../items.js'
import { accepted, figure } from '../../types/numeric.js'
import { rule, type Finding } from '../model.js'
import { functionWordsOnly, wholeWordAt } from '../text.js'
import { lintLanguage } from '../wording/index.js'

export const clozeGapFunctionWord = rule('cloze-gap-function-word', 'warning', 'A cloze gap holds only function words (the, of, to …), which test nothing of the claim', (context) =>
  context.module.questions.quiz.flatMap((q): Finding[] => {
    const item = gapped(q)
    if (!item) return []
    return item.gaps
      .filter((g) => functionWordsOnly(g.text))
      .map((g) => ({ rule: 'cloze-gap-function-word', file: 'questions', place: placeOf(g, 'text'), item: item.id, reason: `Unexpected gap ${code(g.text)} in cloze item \`${item.id}\` of function words only, expected words that carry the claim (a hedge, an actor, a key term)` }))
  })
)

export const clozeBankGiveaway = rule('cloze-bank-giveaway', 'warning', 'A cloze word bank holds no word beyond its gaps\' answers, so the last blank fills itself', (context) =>
  context.module.questions.quiz.flatMap((q): Finding[] => {
    const item = gapped(q)
    if (!item?.bank || item.distractors.length > 0) return []
    return [{ rule: 'cloze-bank-giveaway', file: 'questions', place: placeOf(item, 'gaps'), item: item.id, reason: `Unexpected word bank of cloze item \`${item.id}\` with no \`distractors\`, expected at least one word that fills no blank: otherwise the last blank is given away` }]
  })
)

export const clozeAnswerInPassage = rule('cloze-answer-in-passage', 'warning', 'A cloze gap\'s answer stands elsewhere in its passage, not blanked, for students to copy', (context) =>
  context.module.questions.quiz.flatMap((q): Finding[] => {
    const item = gapped(q)
    const passage = item?.passage
    if (!item || !passage) return []
    // The passage as printed: every blank taken out (a space for it), case aside as gaps are found.
    let rest = ''
    let at = 0
    for (const g of passage.gaps) {
      rest += `${passage.text.slice(at, g.start)} `
      at = g.end
    }
    rest = (rest + passage.text.slice(at)).toLowerCase()
    return passage.gaps.flatMap((g, i) => {
      const where = wholeWordAt(rest, g.text.toLowerCase())
      if (where < 0) return []
      const gap = item.gaps[i]!
      return [{ rule: 'cloze-answer-in-passage', file: 'questions', place: placeOf(gap, 'text'), item: item.id, reason: `Unexpected gap ${code(g.text)} in cloze item \`${item.id}\` whose words also stand in its passage, not blanked, expected an answer students cannot copy from the passage (blank each place it stands, or choose other words)` }]
    })
  })
)

export const matchingOneToOne = rule('matching-one-to-one', 'warning', 'A matching item has as many responses as premises, so the last match is given away', (context) =>
  context.module.questions.quiz.flatMap((q): Finding[] => {
    const item = paired(q)
    if (!item || item.distractors.length > 0) return []
    return [{ rule: 'matching-one-to-one', file: 'questions', place: placeOf(item, 'pairs'), item: item.id, reason: `Unexpected matching item \`${item.id}\` with ${item.pairs.length} responses for ${item.pairs.length} premises, expected at least one response that matches none (\`distractors\`): otherwise the last match is given away` }]
  })
)

// Number words a stem might spell its answer with, in the languages packs are printed in
// (German "eins", not "ein", which is also the indefinite article).
const NUMBER_WORDS: Record<string, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig']
}

export const numericAnswerInStem = rule('numeric-answer-in-stem', 'warning', 'A numeric item\'s stem holds its own answer, in figures (with a decimal point or comma) or in words (English, or German in a German pack)', (context) =>
  context.module.questions.quiz.flatMap((q): Finding[] => {
    const item = numbered(q)
    if (!item) return []
    const figure = String(item.answer)
    const words = NUMBER_WORDS[lintLanguage(context)] ?? NUMBER_WORDS.en!
    const spelled = Number.isInteger(item.answer) && item.answer >= 0 && item.answer < words.length ? words[item.answer]! : undefined
    // The word, whole and in any case, found without a pattern per item (a case-insensitive
    // one over \p{L} costs V8 milliseconds to compile).
    const lower = item.stem.toLowerCase()
    const at = spelled === undefined ? -1 : wholeWordAt(lower, spelled)
    const word = at < 0 ? undefined : lower.length === item.stem.length ? item.stem.slice(at, at + spelled!.length) : spelled
    const found = figureIn(item.stem, figure) ?? word
    if (!found) return []
    return [{ rule: 'numeric-answer-in-stem', file: 'questions', place: placeOf(item, 'stem'), item: item.id, reason: `Unexpected ${code(found)} in the stem of numeric item \`${item.id}\`, whose answer is ${figure}, expected a stem that does not give its answer` }]
  })
)

// Tens and their compounds, for a figure the article spells out: "forty-one days", German
// "einundzwanzig" (the ones before the tens); with NUMBER_WORDS, 0 to 99, and a hundred.
const TENS: Record<string, { tens: readonly string[]; compound: RegExp; hundred: string }> = {
  en: {
    tens: ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
    compound: /(?<![\p{L}])(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\u2010\s](one|two|three|four|five|six|seven|eight|nine))?(?![\p{L}])/gu,
    hundred: 'hundred'
  },
  de: {
    tens: ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'],
    compound: /(?<![\p{L}])(?:(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)(?![\p{L}])/gu,
    hundred: 'hundert'
  }
}
const ONES: Record<string, readonly string[]> = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
}

/**
 * A numeric answer is a figure the article gives where the item's claims stand. One it no
 * longer gives there (the article revised "87 per cent" to "nearly 90"), once the claim is
 * quoted afresh, left a key that marked the careful reader wrong, and nothing said so.
 */
export const numericAnswerNotInArticle = rule('numeric-answer-not-in-article', 'warning', "A numeric item's answer (within its tolerance or range) is none of the figures that the paragraphs of its claims give, in figures or in words", (context) => {
  const { module } = context
  const paragraphOf = new Map(module.claims.map((c) => [c.id, c.anchor.paragraph]))
  // The article's figures in the article's language: `--lang` changes the pack's words, not the article's.
  const lang = (module.article.meta.lang ?? 'en').slice(0, 2).toLowerCase()
  return module.questions.quiz.flatMap((q): Finding[] => {
    const item = numbered(q)
    // A count of none is as often "no" or "none" as a figure.
    if (!item || item.answer === 0) return []
    const paragraphs = [...new Set(item.claims.flatMap((id) => paragraphOf.get(id) ?? []))].sort((a, b) => a - b)
    if (paragraphs.length === 0) return []
    const given = paragraphs.map((n) => figuresIn(module.article.paragraphs[n - 1]?.text ?? '', lang))
    const { low, high } = accepted(item)
    // The sign may be in words ("fell by 3.5"): either sign of a figure will do.
    if (given.some((g) => g.values.some((f) => (f >= low && f <= high) || (-f >= low && -f <= high)))) return []
    const where = paragraphs.map((n) => `¶${n}`).join(', ')
    // The figures as the article writes them, a few.
    const written = [...new Set(given.flatMap((g) => g.written))]
    const shown = written.length > 6 ? `${written.slice(0, 6).join(', ')} …` : written.join(', ')
    const has = written.length === 0 ? 'gives no figure' : `gives ${shown}`
    return [{ rule: 'numeric-answer-not-in-article', file: 'questions', place: placeOf(item, 'answer'), item: item.id, reason: `Unexpected answer ${figure(item.answer)} of numeric item \`${item.id}\`, expected a figure the article gives where its claims stand: ${where} ${has}. If the article changed, update the answer and its feedback; if the answer is worked out from the article's figures, set this rule aside on the item with the reason` }]
  })
})

/**
 * Every figure `text` gives, as numbers: in digits, read with either mark as the decimal
 * one or as grouping ("1,300" is 1300 or 1.3: a wrong reading only adds a candidate), and
 * 0 to 99 and a hundred spelled out in `lang`, the article's (whatever `--lang` the pack is printed in).
 */
function figuresIn(text: string, lang: string): { values: number[]; written: string[] } {
  const values: number[] = []
  const written: string[] = []
  for (const [token] of text.matchAll(/\d+(?:[.,\u00a0\u202f ]\d+)*/g)) {
    const parts = token.split(/[.,\u00a0\u202f ]/)
    values.push(Number(parts.join('')))
    if (parts.length > 1) values.push(Number(`${parts.slice(0, -1).join('')}.${parts.at(-1)}`))
    written.push(token)
  }
  const lower = text.toLowerCase()
  const words = NUMBER_WORDS[lang] ?? NUMBER_WORDS.en!
  const spelled = TENS[lang] ?? TENS.en!
  const ones = ONES[lang] ?? ONES.en!
  words.forEach((word, n) => {
    if (wholeWordAt(lower, word) < 0) return
    values.push(n)
    written.push(word)
  })
  for (const m of lower.matchAll(spelled.compound)) {
    // English names the tens first ("forty-one"), German the ones ("einundvierzig").
    const [ten, one] = lang === 'de' ? [m[2]!, m[1]] : [m[1]!, m[2]]
    values.push((spelled.tens.indexOf(ten) + 2) * 10 + (one === undefined ? 0 : ones.indexOf(one) + 1))
    written.push(m[0])
  }
  if (wholeWordAt(lower, spelled.hundred) >= 0) {
    values.push(100)
    written.push(spelled.hundred)
  }
  return { values, written }
}

export const numericAnswerElsewhere = rule('numeric-answer-elsewhere', 'warning', "Another item that can share the quiz prints a numeric item's answer (of two figures or more) in its stem or options", (context) => {
  const quiz = context.module.questions.quiz
  return quiz.flatMap((q): Finding[] => {
    const item = numbered(q)
    if (!item || !telling(item.answer)) return []
    const figure = String(item.answer)
    const hits = quiz.flatMap((other) => {
      if (other === q || context.excluded.get(item.id)?.has(other.id)) return []
      // What students read while answering: the stem and the options, not feedback.
      const hit = textsOf(other).flatMap((text) => {
        const found = text.feedback ? undefined : figureIn(text.text, figure)
        return found === undefined ? [] : [{ other, text, found }]
      })[0]
      return hit ? [hit] : []
    })
    // A generated item that prints the answer keeps apart from the numeric item by itself
    // (generate/excludes.ts), so every pair found here has a teacher's item in it.
    return hits.map(({ other, text, found }): Finding => ({
      rule: 'numeric-answer-elsewhere',
      file: 'questions',
      place: placeOf(text.owner, text.key),
      item: other.id,
      items: [other.id, item.id],
      reason: `Unexpected ${code(found)} in ${thePart(text.what)} of \`${other.id}\`, the answer of numeric item \`${item.id}\`, expected items that can share a quiz not to print each other's answers: reword one, or keep them apart (\`excludes: [${item.id}]\` on \`${other.id}\`)`
    }))
  })
})
