// What the studio's page shows, as data: the module re-checked through `checkModule`, and
// around it the article, its claims where they anchor, the questions resting on each, the
// messages with their places, coverage, and each file's hash (sent back with an edit, so
// a write can tell whether the file changed since). When the module has errors, the
// article and the claims that still anchor are shown all the same: that is when the
// teacher needs the page most.
import { basename, join } from 'node:path'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Article, Paragraph } from '../article/model.js'
import { parseArticle } from '../article/parse.js'
import { anchorClaims } from '../claims/anchor.js'
import { EVIDENCE, KINDS, type AnchoredClaim, type ClaimsFile } from '../claims/model.js'
import { GENERATORS } from '../generate/names.js'
import { ORDERS } from '../module/model.js'
import { BLOOM, DIFFICULTY, QUESTION_TYPES } from '../questions/model.js'
import { readClaims } from '../claims/read.js'
import type { Checked, Library } from './library.js'
import { loadModule } from '../load/module.js'
import type { QuestionBank } from '../questions/model.js'
import { readQuestions } from '../questions/read.js'
import { placeOf } from '../yaml/decode.js'
import { readWithHash } from './files.js'

/** The files the studio shows and edits. */
export const MODULE_FILES = ['article.md', 'claims.yaml', 'questions.yaml', 'module.yaml'] as const
export type ModuleFile = (typeof MODULE_FILES)[number]

export interface PageMessage {
  file: string
  line: number | null
  column: number | null
  severity: 'error' | 'warning'
  reason: string
  rule: string | null
}

export interface PageClaim {
  id: string
  label: string
  paragraph: number
  start: number
  end: number
  quote: string
  paraphrase: string
  status: string
  kind: string
  asserted_by: string[]
  hedges: string[]
  evidence: string
  themes: string[]
  /** Ids of the questions resting on it (as a claim of theirs or of an option). */
  questions: string[]
  line: number | null
}

/**
 * A paragraph as the page shows it. A block quote's or a list item's says so, with the item's
 * marker as the article shows it (`3.`, `•`) and how deep the list is: check's messages speak
 * of "the block quote in ¶12", and the page showed it as a paragraph like any other.
 */
export interface PageParagraph {
  n: number
  text: string
  quote?: true
  item?: { marker: string; level: number }
}

export interface PageState {
  /** Changes with every re-check, so the page can tell a fresh state from an old one. */
  version: number
  module: string
  ok: boolean
  hashes: Record<ModuleFile, string>
  messages: PageMessage[]
  article: { title: string; author: string | null; lang: string; sections: Array<{ heading: string | null; paragraphs: number[] }>; paragraphs: PageParagraph[] } | null
  claims: PageClaim[]
  themes: Array<{ id: string; label: string }>
  actors: Array<{ id: string; name: string }>
  quiz: Array<Record<string, unknown> & { id: string; type: string; claims: string[]; line: number | null }>
  discussion: Array<{ id: string; prompt: string; claims: string[]; line: number | null }>
  sets: Record<string, Record<string, unknown>>
  defaultSet: string | null
  seed: number | null
  /** ¶ numbers no claim anchors in. */
  uncovered: number[]
  /** What `classpack check` prints about coverage, when the module checks. */
  report: string | null
  /** The words the forms offer. */
  vocab: { kinds: readonly string[]; evidence: readonly string[]; types: readonly string[]; generators: readonly string[]; bloom: readonly string[]; difficulty: readonly string[]; orders: readonly string[] }
}

let versions = 0

/** Check the module in `dir` and describe it for the page. */
export function pageState(dir: string, library: Library, checked?: (messages: PageMessage[], version: number) => void): PageState {
  // Given first: the messages sent ahead name the state they are part of.
  const version = ++versions
  const hashes = Object.fromEntries(MODULE_FILES.map((name) => [name, readWithHash(join(dir, name)).hash])) as Record<ModuleFile, string>
  const result = library.check(dir)
  // The messages go out first: they are what a teacher who just saved a file waits for.
  checked?.(messagesOf(result), version)
  const parts = result.module ? { article: result.module.article, claims: result.module.claims, data: result.module as Partial<ClaimsFile>, bank: result.module.questions } : partial(dir)
  const bank = parts.bank ?? { quiz: [], discussion: [] }
  const resting = new Map<string, Set<string>>()
  for (const q of [...bank.quiz, ...bank.discussion]) {
    const ids = [...q.claims, ...('options' in q ? q.options.map((o) => o.claim).filter((c): c is string => c !== undefined) : [])]
    for (const id of ids) resting.set(id, (resting.get(id) ?? new Set()).add(q.id))
  }
  const ordered = [...parts.claims].sort((a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start)
  const claims: PageClaim[] = ordered.map((c, i) => ({
    id: c.id,
    label: `C${i + 1}`,
    paragraph: c.anchor.paragraph,
    start: c.anchor.start,
    end: c.anchor.end,
    quote: c.quote,
    paraphrase: c.paraphrase,
    status: c.status,
    kind: c.kind,
    asserted_by: c.asserted_by,
    hedges: c.hedges,
    evidence: c.evidence,
    themes: c.themes,
    questions: [...(resting.get(c.id) ?? [])],
    line: placeOf(c)?.start.line ?? null
  }))
  const covered = new Set(claims.map((c) => c.paragraph))
  const config = result.module?.config
  return {
    version,
    module: basename(join(process.cwd(), dir)),
    ok: result.ok,
    hashes,
    messages: messagesOf(result),
    article: parts.article
      ? {
          title: parts.article.meta.title,
          author: parts.article.meta.author,
          lang: parts.article.meta.lang,
          sections: parts.article.sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs })),
          paragraphs: parts.article.paragraphs.map((p, i, all) => pageParagraph(p, all[i - 1]))
        }
      : null,
    claims,
    themes: (parts.data?.themes ?? []).map((t) => ({ id: t.id, label: t.label })),
    actors: (parts.data?.actors ?? []).map((a) => ({ id: a.id, name: a.name })),
    quiz: bank.quiz.map((q) => ({ ...(q as unknown as Record<string, unknown>), id: q.id, type: q.type, claims: q.claims, line: placeOf(q)?.start.line ?? null })),
    discussion: bank.discussion.map((q) => ({ id: q.id, prompt: q.prompt, claims: q.claims, line: placeOf(q)?.start.line ?? null })),
    sets: (config?.sets ?? {}) as Record<string, Record<string, unknown>>,
    defaultSet: config?.default_set ?? null,
    seed: config?.seed ?? null,
    uncovered: parts.article ? parts.article.paragraphs.map((p) => p.n).filter((n) => !covered.has(n)) : [],
    report: result.report ?? null,
    vocab: { kinds: KINDS, evidence: EVIDENCE, types: QUESTION_TYPES, generators: GENERATORS, bloom: BLOOM, difficulty: DIFFICULTY, orders: ORDERS }
  }
}

function pageParagraph(p: Paragraph, before: Paragraph | undefined): PageParagraph {
  const within = p.within ?? []
  const items = within.filter((c) => c.kind === 'item')
  const item = items.at(-1)
  // An item's second paragraph is more of the same item: indented as it is, with no marker.
  const again = item !== undefined && before?.within?.some((c) => c.kind === 'item' && c.id === item.id) === true
  return {
    n: p.n,
    text: p.text,
    ...(within.some((c) => c.kind === 'quote') ? { quote: true as const } : {}),
    ...(item ? { item: { marker: again ? '' : item.ordered ? `${item.number}.` : '•', level: items.length } } : {})
  }
}

/** Every message of a check, for the page: the file by its name in the module. */
export function messagesOf(result: Pick<Checked, 'files'>): PageMessage[] {
  return result.files.flatMap((file) =>
    [...file.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((m: VFileMessage) => ({
        file: file.path ? basename(file.path) : 'command line',
        line: m.line ?? null,
        column: m.column ?? null,
        severity: m.fatal === true ? ('error' as const) : ('warning' as const),
        reason: m.reason,
        rule: m.ruleId ?? null
      }))
  )
}

/** What can be read of a module that does not check: the article, the claims that anchor, the questions. */
export function partial(dir: string): { article?: Article; claims: AnchoredClaim[]; data?: ClaimsFile; bank?: QuestionBank } {
  // Fresh copies: the messages they collect here are already in the check's.
  const input = loadModule(dir)
  const copy = (file: VFile | undefined) => (file ? new VFile({ path: file.path, value: file.value }) : undefined)
  const articleFile = copy(input.article)!
  const article = articleFile.value === '' ? undefined : parseArticle(articleFile)
  const claimsFile = copy(input.claims)!
  const data = claimsFile.value === '' ? undefined : readClaims(claimsFile)
  const claims = article && data ? anchorClaims(article, articleFile, data.claims, claimsFile) : []
  const questionsFile = copy(input.questions)
  const bank = questionsFile && questionsFile.value !== '' ? readQuestions(questionsFile) : undefined
  return { article, claims, data, bank }
}

