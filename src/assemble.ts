// Assemble one module from its files: parse the article, read and anchor the claims,
// read the question bank and the module's settings, generate the items the claims
// allow, and run every cross-check. Pure: takes vfiles, returns the model; every
// problem is a message on a vfile.
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Article } from './article/model.js'
import { parseArticle } from './article/parse.js'
import { anchorClaims, type CutFrom } from './claims/anchor.js'
import type { Actor, Anchor, AnchoredClaim, GlossaryEntry, Theme } from './claims/model.js'
import { readClaims } from './claims/read.js'
import { checkClaimRules } from './claims/rules.js'
import type { ModuleFiles } from './load.js'
import { andList, code, error, hasErrors, warn } from './messages.js'
import type { DiscussionQuestion, QuestionBank } from './questions/model.js'
import { readQuestions } from './questions/read.js'
import type { ModuleConfig } from './module/model.js'
import { DEFAULT_SEED } from './select/random.js'
import { readModuleConfig } from './module/read.js'
import { checkQuestionRules } from './questions/rules.js'
import { alignParagraphs } from './references/align.js'
import { cutParagraphOf } from './references/changed.js'
import { checkReferences } from './references/check.js'
import { parseLock } from './references/lock.js'
import type { Renumbering } from './references/renumber.js'
import { generateItems } from './generate/generate.js'
import { reportRenamedClaims, reportRenamedDeclarations, reportRenamedQuestions } from './claims/renamed.js'
import { foldUnknownIds } from './claims/unknown.js'
import { written } from './lint/items.js'
import { PLACEHOLDERS, ROLE_TO_WRITE } from './placeholders.js'
import { excludeAnswering } from './generate/excludes.js'
import { mergeGenerated } from './generate/merge.js'
import { typeOf, type QuizItem } from './types/index.js'
import { misquotationReason, misquotations, supersedeUnfoundWords } from './lint/quotations.js'
import { nearestWords } from './claims/nearest.js'
import { closest, placeOf, stoodIn } from './yaml/decode.js'
import { hasUiLanguage, UI_LANGUAGES } from './lang/index.js'

/** Everything a class pack is made from, checked and cross-linked. */
export interface Module {
  name: string
  dir: string
  article: Article
  claims: AnchoredClaim[]
  themes: Theme[]
  actors: Actor[]
  glossary: GlossaryEntry[]
  questions: QuestionBank
  /** Items generated from the claims (src/generate/), less those questions.yaml pins, edits or drops; a set draws on them only when it asks (`generated:`). */
  generated: QuizItem[]
  /** questions.yaml when the folder has none, or it holds no questions: a set that draws on no generated items then reports it missing or empty. */
  missingQuestions?: VFile
  config: ModuleConfig
  /** The language the pack is printed in when `--lang` sets it apart from the article's `lang`. */
  ui?: string
}

export interface Assembled {
  /** Undefined when any file has an error. */
  module?: Module
  /** Every file of the module, with its messages. */
  files: VFile[]
  /** Checks that a file's errors kept from running, in words ("the claim ids questions.yaml names"), for the errors' report. */
  skipped?: string[]
  /** What paragraphs.lock says of the references, when the module has one and they could be read against it: the edits `check --renumber` makes. */
  renumbering?: Renumbering
  /** The recorded paragraphs, when paragraphs.lock could be read. */
  record?: string[]
  /** The article, when it parsed (whatever else has errors): `--renumber` records its paragraphs. */
  article?: Article
}

/** Assemble the module in `files`. */
export function assembleModule(input: ModuleFiles): Assembled {
  const files = [input.article, input.claims, input.questions, input.module, input.lock].filter((f): f is VFile => f !== undefined)
  // A file that could not be read has its message already; parsing it would only add noise.
  const readable = (file: VFile): boolean => file.messages.length === 0 || String(file.value) !== ''
  const article = readable(input.article) ? parseArticle(input.article) : undefined
  // Read without an error of its own: only then are its title, standfirst and subheads, which
  // an item may quote, the article's (a title that stood in for a misspelt `titel:` is none).
  const articleWhole = article !== undefined && !hasErrors([input.article])
  // An article in a language classpack prints no words in: say so once, where `lang` is written.
  // Not when its form was refused (`lang: English`): that error is the one, and the stand-in names nothing.
  const lang = article && !stoodIn(article.meta, 'lang') ? placeOf(article.meta, 'lang') : undefined
  // A tag of the right form that names no language (`xx`) would go into every page's `lang`,
  // and a screen reader would read the article in no voice it has.
  const primary = article?.meta.lang?.split('-')[0]?.toLowerCase()
  const unknown = primary !== undefined && !namesLanguage(primary)
  if (article && lang && unknown) {
    error(input.article!, `Unexpected \`lang: ${article.meta.lang}\`, expected a language tag that names a language, like \`en\`, \`en-GB\`, \`de\` or \`fr\`: \`${primary}\` is none (pages and PDFs carry it for screen readers)`, lang, 'lang-unknown')
  } else if (article && lang && article.meta.lang && !hasUiLanguage(article.meta.lang)) {
    warn(
      input.article!,
      `Unexpected \`lang: ${article.meta.lang}\` for the words classpack prints around the article, expected a language it has a catalogue for (${UI_LANGUAGES.join(', ')}): headings, instructions and labels will be English, the article as written (\`--lang\` chooses; README: Adding a UI language)`,
      lang,
      'ui-language'
    )
  }
  const data = readable(input.claims) ? readClaims(input.claims) : undefined
  // Likewise claims.yaml, before the article is looked at: only then are the claims' context
  // notes, which an item may quote, all known (a YAML error can cost some of them).
  const claimsWhole = data !== undefined && !hasErrors([input.claims])

  // The numbering the references were written against; a record that cannot be read is an error at its line, and the references are then checked as without one.
  const record = input.lock && readable(input.lock) ? parseLock(input.lock) : undefined
  // Where a quote that no longer anchors stood, if the publisher cut its paragraph: aligned
  // only when a quote needs it (references/check.ts aligns the record for the references).
  let cut: CutFrom | undefined
  const cutFrom: CutFrom | undefined = record && article ? (quote, closest) => (cut ??= cutParagraphOf(record, alignParagraphs(record, article.paragraphs.map((p) => p.text))))(quote, closest) : undefined

  let claims: AnchoredClaim[] = []
  if (article && data) {
    claims = anchorClaims(article, input.article, data.claims, input.claims, cutFrom)
    const anchors = new Map<string, Anchor>(claims.map((c) => [c.id, c.anchor]))
    checkClaimRules(input.claims, data, article, anchors)
    // A theme or actor id mistyped where it is declared: one error there, not one per reference.
    reportRenamedDeclarations(input.claims, data)
  }

  // An actor's role as `init` once wrote it ("Named in ¶3; describe their role") prints in the
  // students' handout as if it said who they are: warned of at once, draft or not. `init` now
  // writes no role, only a comment asking for one (init/scaffold.ts); this finds the old text.
  if (data) {
    for (const actor of data.actors) {
      if (actor.role?.includes(ROLE_TO_WRITE)) warn(input.claims!, `Unexpected scaffold text \`${ROLE_TO_WRITE}\` in the role of actor \`${actor.id}\`, expected the teacher's own words, or no \`role\`: the students' handout prints it`, placeOf(actor, 'role'), 'scaffold-text')
    }
  }

  // question-broken warnings by item, so an item whose quotation is an error itself gets no second message.
  const brokenSaid = new Map<string, VFileMessage[]>()
  // Each question-broken warning's claim, so that the warnings left are folded into its error.
  const restsOn = new Map<VFileMessage, { claim: string; question: string }>()
  // Where each claim whose quote does not anchor has its error (its quote's start).
  let brokenAt = new Map<string, { line: number; column: number } | undefined>()
  // claim-unasked warnings by claim, withdrawn for a claim a set asks about through its generated items.
  const unasked = new Map<string, VFileMessage>()
  const missing = input.questions?.data.missing === true ? input.questions : undefined
  const questions = input.questions && !missing && readable(input.questions) ? readQuestions(input.questions) : { discussion: [], quiz: [] }
  if (data && questions && input.questions && !missing && readable(input.questions)) {
    const claimIds = new Set(data.claims.map((c) => c.id))
    checkQuestionRules(input.questions, questions, stoodIn(data, 'claims') ? undefined : claimIds, article && { article, file: input.article, claims, ...(cutFrom ? { cutFrom } : {}) })
    // A question id mistyped where it is declared: one error there, not one per `excludes` naming it.
    reportRenamedQuestions(input.questions, questions)
    // When the article changes, say which questions rest on claims that no longer anchor.
    if (article) {
      const anchored = new Set(claims.map((c) => c.id))
      const broken = new Map(data.claims.filter((c) => c.id && c.quote && !anchored.has(c.id)).map((c) => [c.id, placeOf(c, 'quote')?.start]))
      brokenAt = broken
      // Once per question and claim, at the first place the question names it: the cause is
      // the claim's error, and this only says what to look at again once it is fixed.
      const said = new Set<string>()
      const mention = (owner: object, key: string | number, id: string, question: string): void => {
        const at = broken.get(id)
        if (!broken.has(id) || said.has(`${question}\0${id}`)) return
        said.add(`${question}\0${id}`)
        const message = warn(input.questions!, `Question \`${question}\` rests on claim \`${id}\`, whose quote does not anchor in the article (the error at claims.yaml${at ? `:${at.line}:${at.column}` : ''}): check the question against the passage once the claim anchors again`, placeOf(owner, key), 'question-broken')
        brokenSaid.set(question, [...(brokenSaid.get(question) ?? []), message])
        restsOn.set(message, { claim: id, question })
      }
      for (const q of [...questions.discussion, ...questions.quiz]) q.claims.forEach((id, i) => mention(q.claims, i, id, q.id))
      for (const q of questions.quiz) for (const ref of typeOf(q).claimRefs(q)) mention(ref.owner, ref.key, ref.id, q.id)
    }
    // Traceability runs both ways: a claim no question asks about is worth a look (once the file holds questions).
    // An entry left out for an error of its own still asks about its claims: the error says what to fix, not "no question asks".
    const asked = new Set([...questions.discussion, ...questions.quiz].flatMap((q) => q.claims).concat(questions.unreadClaims ?? []))
    const referenced = new Set([...asked, ...questions.quiz.flatMap((q) => typeOf(q).claimRefs(q).map((r) => r.id)), ...data.claims.flatMap((c) => Object.values(c.relations ?? {}).flat())])
    const renamed = reportRenamedClaims(input.claims!, data, [input.claims!, input.questions], referenced)
    // Once the claims are reviewed (no Draft mark), a model answer's reminder left in would print in the answer key.
    if (data.claims.length && data.claims.every((c) => c.status !== 'suggested')) {
      const left = (text: string | undefined): string | undefined => PLACEHOLDERS.find((p) => text?.includes(p))
      for (const q of questions.quiz) {
        const found = left(written(q)?.model_answer)
        if (found) warn(input.questions, `Unexpected scaffold text \`${found}\` in the model answer of \`${q.id}\`, expected the model answer: the answer key prints what is around it as the model answer`, placeOf(q, 'model_answer'), 'scaffold-text')
      }
    }
    // Not while questions.yaml has an error: what it leaves unread may be what asks (`quizz:` for `quiz:`).
    // A claim id mistyped where it is used (its error names the id meant) asks about the claim meant.
    const meant = new Set([...asked].map((id) => (claimIds.has(id) ? id : (closest(id, [...claimIds]) ?? id))))
    for (const claim of input.questions.data.empty || hasErrors([input.questions]) ? [] : data.claims) {
      if (claim.id && !meant.has(claim.id) && !renamed.has(claim.id)) unasked.set(claim.id, warn(input.claims, `Unexpected claim \`${claim.id}\` that no question asks about, expected at least one question in questions.yaml to name it`, placeOf(claim, 'id'), 'claim-unasked'))
    }
  }

  const config = input.module && !readable(input.module) ? undefined : readModuleConfig(input.module)
  let renumbering: Renumbering | undefined

  // A `¶N` written anywhere must be a paragraph the article has, and the right one: module.yaml's
  // reasons for rules set aside too, which the answer key and facilitator edition print.
  if (article && data) {
    const anchors = new Map(claims.map((c) => [c.id, c.anchor]))
    const settings = input.module && config ? { moduleFile: input.module, module: config } : {}
    renumbering = checkReferences({ article, articleFile: input.article, anchors, claimsFile: input.claims, claims: data, ...settings, ...(questions && input.questions && !missing ? { questionsFile: input.questions, bank: questions } : {}), ...(record ? { record } : {}) })
  }
  const recorded = { ...(renumbering ? { renumbering } : {}), ...(record ? { record } : {}), ...(article ? { article } : {}) }

  // One error for each id nothing declares, however many places name it.
  foldUnknownIds(files)

  if (config && data) {
    // A set that had an error of its own (reported) is no unknown set besides.
    if (config.default_set && !Object.hasOwn(config.sets, config.default_set) && !hasErrors([input.module!])) {
      const defined = Object.keys(config.sets)
      const hint = closest(config.default_set, defined)
      const listed = defined.length ? defined.map((d) => `\`${d}\``).join(', ') : 'there are none'
      error(input.module!, `Unexpected default set \`${config.default_set}\`, expected ${hint ? `\`${hint}\` or another of` : 'one of'} the sets defined under \`sets\` (${listed})`, placeOf(config, 'default_set'), 'unknown-set')
    }
  }

  // The lint checks what items quote once the module assembles. A changed article breaks a
  // claim (an error above) and the items quoting the changed words at once; so that check
  // names those items too, their quotations are checked here when the lint cannot run. Not
  // while article.md or claims.yaml has an error of its own: a title or a note left unread would
  // make each quotation of it one more error (a merge-conflict marker in claims.yaml gave four,
  // one per quotation of a context note in the discussion questions); the lint checks them once
  // that error is fixed.
  const RULE = 'quote-not-in-source'
  if (article && articleWhole && claimsWhole && questions && input.questions && !missing && readable(input.questions) && hasErrors(files)) {
    const notes = (data?.claims ?? []).flatMap((c) => c.context.map((n) => n.note))
    // Where the module or the item sets the rule aside (with its reason), it stays aside.
    const setAside = (item: QuizItem | DiscussionQuestion): boolean => RULE in (config?.lint?.ignore ?? {}) || RULE in (item.lint?.ignore ?? {})
    const erred = new Set<string>()
    // Words of a paragraph the publisher cut are one error per question, at its first quotation
    // of them, naming the others: the question is rewritten or dropped as a whole (the demo's ¶10
    // cut gave 17 errors, one per quotation, for 10 questions).
    const cutSaid = new Map<string, { message: VFileMessage; more: string[] }>()
    for (const m of misquotations(article, [...questions.quiz, ...questions.discussion], notes)) {
      if (setAside(m.item)) continue
      const place = placeOf(m.owner, m.key)
      // The misquotation is the root cause of a warning that the same words stand before no ¶.
      supersedeUnfoundWords(input.questions, m.owner, m.key, m.quote)
      const cut = cutFrom?.(m.quote, nearestWords(article, m.quote)?.paragraph)
      const said = cut === undefined ? undefined : cutSaid.get(`${m.item.id}\0${cut}`)
      if (said) {
        said.more.push(`${code(m.quote)} (questions.yaml${place ? `:${place.start.line}:${place.start.column}` : ''})`)
        continue
      }
      const message = error(input.questions, misquotationReason(m, article, cutFrom), place, RULE)
      if (cut !== undefined) cutSaid.set(`${m.item.id}\0${cut}`, { message, more: [] })
      erred.add(m.item.id)
    }
    for (const { message, more } of cutSaid.values()) {
      if (more.length === 0) continue
      const note = more.length === 1 ? `; its quotation ${more[0]} is of that paragraph too` : `; its quotations ${andList(more)} are of that paragraph too`
      message.reason += note
      message.message += note
    }
    // One message per root cause: the item's misquotation says what to fix there; its
    // question-broken warning would say it again.
    const drop = new Set([...erred].flatMap((id) => brokenSaid.get(id) ?? []))
    if (drop.size) input.questions.messages = input.questions.messages.filter((m) => !drop.has(m))
  }

  // Likewise an item with any error of its own inside it (a cloze whose `quote` no longer
  // anchors): that error says what to fix there.
  if (brokenSaid.size && questions && input.questions) {
    const erred = new Set<VFileMessage>()
    for (const q of [...questions.discussion, ...questions.quiz]) {
      const said = brokenSaid.get(q.id)
      const place = said && placeOf(q)
      if (!said || !place) continue
      const inside = (m: VFileMessage): boolean => m.fatal === true && m.line !== undefined && m.line >= place.start.line && m.line <= place.end.line
      if (input.questions.messages.some(inside)) for (const m of said) erred.add(m)
    }
    if (erred.size) input.questions.messages = input.questions.messages.filter((m) => !erred.has(m))
  }

  if (restsOn.size && input.claims && input.questions) foldBrokenQuestions(input.claims, input.questions, restsOn, brokenAt)

  if (!article || !data || !questions || !config || hasErrors(files)) {
    // Which claims a set's generated items ask is known only once the module assembles: while
    // an error stands, a claim they would ask is not said to be unasked (it was, for claims the
    // error had nothing to do with, and the warnings went once the error was fixed).
    const generating = !config || Object.values(config.sets).some((set) => (set.generated ?? []).length > 0)
    const pending = new Set(unasked.values())
    if (generating && pending.size && input.claims) input.claims.messages = input.claims.messages.filter((m) => !pending.has(m))
    // What the errors kept from being checked, beyond the sets and the lint (src/unchecked.ts).
    const questionsRead = input.questions !== undefined && !missing && readable(input.questions)
    const skipped = [
      ...(questionsRead && (!data || stoodIn(data, 'claims')) ? ['the claim ids questions.yaml names'] : []),
      ...(!article || !data ? ['the quotes and ¶ references'] : [])
    ]
    return skipped.length ? { files, skipped, ...recorded } : { files, ...recorded }
  }
  const absent = missing ?? (input.questions?.data.empty === true ? input.questions : undefined)
  // Generated with the module's seed, so the bank stays the same whatever --seed a build samples with.
  const made = generateItems({ article, claims, actors: data.actors, glossary: data.glossary }, config.seed ?? DEFAULT_SEED)
  const generated = excludeAnswering(mergeGenerated(questions, made, input.questions && !missing ? input.questions : undefined), questions.quiz, data.actors)
  // A claim a set asks about through its generated items is asked: not "no question asks about".
  const drawn = new Set(Object.values(config.sets).flatMap((set) => set.generated ?? []))
  const withdrawn = new Set(generated.filter((g) => g.generated !== undefined && drawn.has(g.generated)).flatMap((g) => g.claims).flatMap((id) => unasked.get(id) ?? []))
  if (withdrawn.size && input.claims) input.claims.messages = input.claims.messages.filter((m) => !withdrawn.has(m))
  return {
    files,
    ...recorded,
    module: { name: input.name, dir: input.dir, article, claims, themes: data.themes, actors: data.actors, glossary: data.glossary, questions, generated, ...(absent ? { missingQuestions: absent } : {}), config }
  }
}

/** Questions named in the fold of a claim's error; the rest are counted. */
const LISTED = 4

/**
 * One message per root cause: the questions that rest on a claim whose quote no longer
 * anchors are named in that claim's error ("3 questions rest on it: …"), not each in a
 * warning of its own (a reworded sentence gave one error and ten warnings saying the same).
 * A claim whose error is not found keeps its warnings.
 */
function foldBrokenQuestions(claimsFile: VFile, questionsFile: VFile, restsOn: Map<VFileMessage, { claim: string; question: string }>, brokenAt: Map<string, { line: number; column: number } | undefined>): void {
  const left = questionsFile.messages.filter((m) => restsOn.has(m))
  const folded = new Set<VFileMessage>()
  for (const [claim, at] of brokenAt) {
    const cause = at && claimsFile.messages.find((m) => m.fatal === true && m.line === at.line && m.column === at.column)
    const warnings = left.filter((m) => restsOn.get(m)!.claim === claim)
    if (!cause || warnings.length === 0) continue
    const named = warnings.map((m) => `\`${restsOn.get(m)!.question}\` (questions.yaml:${m.line}:${m.column})`)
    const list = named.length <= LISTED + 1 ? named : [...named.slice(0, LISTED), `${named.length - LISTED} more`]
    const note = `; ${warnings.length === 1 ? 'a question rests' : `${warnings.length} questions rest`} on it, to check against the passage once it anchors again: ${andList(list)}`
    cause.reason += note
    cause.message += note
    for (const m of warnings) folded.add(m)
  }
  if (folded.size) questionsFile.messages = questionsFile.messages.filter((m) => !folded.has(m))
}

// ISO 639-1's two-letter codes (with the withdrawn `in`, `iw`, `ji`, `jw`, `mo`, `sh` that tags
// still carry), as Intl.DisplayNames knows them: a list, since making a DisplayNames took 15 ms
// of a cold `check` (whose budget is 250 ms), and the answer is the same for every article.
const ISO_639_1 = new Set(
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(' ')
)

/** Whether a language tag's primary subtag names a language: a two-letter code from the list, a three-letter one as Intl knows it. */
function namesLanguage(primary: string): boolean {
  if (primary.length === 2) return ISO_639_1.has(primary)
  return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(primary) !== undefined
}
