// An interview printed as questions and answers: the journalist's introduction, then turns,
// the questions set in bold ("**Did that help?**") or each turn opened by its speaker's label
// ("Q:" and "A:", "Courier:" and "Marsh:"). The answers are the interviewee's words, though no
// sentence in them has a verb of saying: read sentence by sentence they were the author's (the
// journalist's), and a voice item keyed "the author" for what an epidemiologist said. Here each
// paragraph of the body is a turn, the interviewer's or the interviewee's, and the interviewee
// is the person the label names, or the one the introduction names.
import type { Article, Paragraph } from '../article/model.js'
import { isGerman } from '../roster/filenames.js'
import { namedIn, type Named } from './actors.js'
import { roleOf } from './roles-en.js'

export interface Turn {
  /** Who speaks: the interviewer asks (what they state is theirs, as in any article); the interviewee answers. */
  by: 'interviewer' | 'interviewee'
  /** The length of the speaker's label that opens the paragraph ("Q: ", "Marsh: "), 0 when it has none. */
  label: number
  /** Who answers, when the article names them. */
  speaker?: Named
}

export interface Interview {
  /** Each turn's paragraph, by ¶ number; the introduction and a closing note have none. */
  turns: Map<number, Turn>
  /** Whoever answers, with the ¶ where the article first names them. */
  interviewees: Array<{ named: Named; paragraph: number }>
}

/** A speaker's label opening a paragraph: "Q:", "A:", "Marsh:", "The Courier:", "Helen Marsh:". */
const LABEL = /^((?:The\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s?:\s+(?=\S)/u
/** Labels that say the question or the answer, whoever speaks. */
const ASKING = /^(?:Q|Question|F|Frage)$/iu
const ANSWERING = /^(?:A|Answer|Antwort)$/iu
/** Words in which an answer speaks for the interviewee: an interview's answers are in the first person. */
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’](?:m|d|ve|ll))(?![\p{L}'’])|(?<![\p{L}'’])(?:me|my|mine|we|we['’](?:re|ve|d|ll)|us|our|ours|ich|mir|mich|mein\p{L}*|wir|uns|unser\p{L}*)(?![\p{L}'’])/iu
/** Verbs the introduction says the interview with ("spoke to the Courier", "sat down with us"). */
// German puts the participle after the name ("Der Kurier hat mit Dr. Miriam Haberstroh gesprochen").
const INTERVIEWED = /\b(?:sp[eo]ke|speaks|spoken|talk(?:s|ed)?|sat\s+down|interview(?:s|ed|t)?|answer(?:s|ed)?|told|tells|discuss(?:es|ed)?|explain(?:s|ed)?|sprach|spricht|gesprochen|unterhalten|befragt|geantwortet|erklärt|erzählt)\b/iu

/** The interview's turns, or undefined when the article is no interview; read once per article (init's plan and its suggestions both ask). */
export function interviewOf(article: Article): Interview | undefined {
  if (!read.has(article)) read.set(article, labelled(article) ?? boldQuestions(article))
  return read.get(article)
}
const read = new WeakMap<Article, Interview | undefined>()

/**
 * Turns marked by a label: two labels or more each open two paragraphs or more, one of them the
 * question's ("Q:") or the one whose paragraphs are mostly questions ("Courier:"). A paragraph
 * without a label goes on with the turn before it (an answer of several paragraphs).
 */
function labelled(article: Article): Interview | undefined {
  const labels = article.paragraphs.map((p) => LABEL.exec(p.text))
  const counts = new Map<string, number>()
  for (const l of labels) if (l) counts.set(l[1]!, (counts.get(l[1]!) ?? 0) + 1)
  const recurring = [...counts].filter(([, n]) => n >= 2).map(([label]) => label)
  if (recurring.length < 2) return undefined
  const asks = (label: string): number => {
    const own = article.paragraphs.filter((_, i) => labels[i]?.[1] === label)
    return own.filter((p) => isQuestion(p.text)).length / own.length
  }
  const share = new Map(recurring.map((label) => [label, asks(label)]))
  const ranked = [...recurring].sort((a, b) => share.get(b)! - share.get(a)!)
  const interviewer = recurring.find((l) => ASKING.test(l)) ?? (share.get(ranked[0]!)! >= 0.5 && share.get(ranked[0]!)! > share.get(ranked[1]!)! ? ranked[0] : undefined)
  if (interviewer === undefined) return undefined
  const first = labels.findIndex((l) => l !== null && recurring.includes(l[1]!))
  const intro = article.paragraphs.slice(0, first)
  const speakers = new Map<string, { named: Named; paragraph: number } | undefined>()
  for (const label of recurring) if (label !== interviewer) speakers.set(label, ANSWERING.test(label) ? introduced(article, intro) : byLabel(article, intro, label))
  const turns = new Map<number, Turn>()
  let last: Turn | undefined
  article.paragraphs.forEach((p, i) => {
    if (i < first) return
    const label = labels[i]?.[1]
    if (label !== undefined && recurring.includes(label)) {
      const speaker = label === interviewer ? undefined : speakers.get(label)?.named
      last = { by: label === interviewer ? 'interviewer' : 'interviewee', label: labels[i]![0].length, ...(speaker ? { speaker } : {}) }
      turns.set(p.n, last)
    } else if (last) turns.set(p.n, { ...last, label: 0 })
  })
  return { turns, interviewees: [...new Set([...speakers.values()].filter((s) => s !== undefined))] }
}

/**
 * Questions set in bold, each a paragraph of its own, the answers in plain type after them:
 * two bold questions or more, and answers in the first person (an explainer that sets its
 * own questions in bold, "**What is the levy?**", answers them in the author's voice).
 */
function boldQuestions(article: Article): Interview | undefined {
  const bold = article.paragraphs.map((p) => whollyIn(p, 'strong'))
  const first = article.paragraphs.findIndex((p, i) => bold[i] && isQuestion(p.text))
  if (first < 0 || article.paragraphs.filter((p, i) => bold[i] && isQuestion(p.text)).length < 2) return undefined
  // The answers, a run of paragraphs after each question; most of them speak as "I" or "we".
  const answers: Paragraph[][] = []
  article.paragraphs.forEach((p, i) => {
    if (i <= first || whollyIn(p, 'em')) return
    if (bold[i]) answers.push([])
    else if (bold[i - 1] || answers.length === 0) answers.push([p])
    else answers[answers.length - 1]!.push(p)
  })
  const spoken = answers.filter((a) => a.length > 0)
  if (spoken.length < 2 || spoken.filter((a) => a.some((p) => FIRST_PERSON.test(p.text))).length * 2 < spoken.length) return undefined
  const interviewee = introduced(article, article.paragraphs.slice(0, first))
  const turns = new Map<number, Turn>()
  article.paragraphs.forEach((p, i) => {
    if (i < first || whollyIn(p, 'em')) return
    turns.set(p.n, bold[i] ? { by: 'interviewer', label: 0 } : { by: 'interviewee', label: 0, ...(interviewee ? { speaker: interviewee.named } : {}) })
  })
  return { turns, interviewees: interviewee ? [interviewee] : [] }
}

/** True when the paragraph's text, all of it, is set in `kind` (`**…**` or `*…*`). */
function whollyIn(p: Paragraph, kind: 'strong' | 'em'): boolean {
  const start = p.text.length - p.text.trimStart().length
  const end = p.text.trimEnd().length
  return end > start && (p.emphasis ?? []).some((e) => e.kind === kind && e.start <= start && e.end >= end)
}

/** True when a turn asks: it ends with a question mark (a quotation's closing mark aside). */
function isQuestion(text: string): boolean {
  return /\?[”"’»)]*$/u.test(text.trim())
}

/** The people the standfirst and the introduction name, the author (who asks) aside, each with its ¶ and whether a verb of speaking follows the name. */
function peopleIn(article: Article, intro: readonly Paragraph[]): Array<{ named: Named; paragraph: number; asked: boolean }> {
  const texts = [...(article.meta.standfirst ? [{ text: article.meta.standfirst, n: intro[0]?.n ?? 1 }] : []), ...intro.flatMap((p) => p.sentences.map((s) => ({ text: s.text, n: p.n })))]
  return texts.flatMap(({ text, n }) =>
    namedIn(text, article.meta.lang)
      .filter((x) => x.kind === 'person' && x.name !== article.meta.author)
      .map((named) => ({ named: withRole(text, named, article.meta.lang), paragraph: n, asked: INTERVIEWED.test(text.slice(named.end)) }))
  )
}

/** `chosen` with the role the article gives them wherever it names them so, and the ¶ where it first names them. */
function named(found: ReadonlyArray<{ named: Named; paragraph: number }>, chosen: Named): { named: Named; paragraph: number } {
  const same = found.filter((f) => f.named.key === chosen.key)
  const role = same.find((f) => f.named.role)?.named.role
  return { named: { ...chosen, ...(role ? { role } : {}) }, paragraph: Math.min(...same.map((f) => f.paragraph)) }
}

/**
 * Who the introduction says is interviewed: the person named with a verb of speaking ("Dr.
 * Helen Marsh … spoke to the Courier"), else the one it names most, else first. The
 * standfirst, above the introduction, may name them alone.
 */
function introduced(article: Article, intro: readonly Paragraph[]): { named: Named; paragraph: number } | undefined {
  const found = peopleIn(article, intro)
  if (found.length === 0) return undefined
  const times = (key: string): number => found.filter((f) => f.named.key === key).length
  const chosen = found.find((f) => f.asked) ?? [...found].sort((a, b) => times(b.named.key) - times(a.named.key))[0]!
  return named(found, chosen.named)
}

/** The interviewee a name label gives ("Marsh"): the person the introduction names so, else the label itself. */
function byLabel(article: Article, intro: readonly Paragraph[], label: string): { named: Named; paragraph: number } {
  const key = label.split(/\s+/).pop()!
  const found = peopleIn(article, intro)
  const chosen = found.find((f) => f.named.key === key)
  if (chosen) return named(found, chosen.named)
  const first = article.paragraphs.find((p) => p.text.startsWith(label))?.n ?? 1
  return { named: { name: label.replace(/^The\s+/u, ''), key, kind: 'person', start: 0, end: label.length }, paragraph: first }
}

/** The person with the role their sentence gives them ("Dr. Helen Marsh, an epidemiologist at …,"). */
function withRole(sentence: string, named: Named, lang: string): Named {
  // German names come with the role they are given (speakers-de.ts).
  if (named.role || isGerman(lang)) return named
  const role = roleOf(sentence, named)
  return role ? { ...named, role } : named
}
