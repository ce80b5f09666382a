// Plan a new module from an article, in memory: read it (text, Markdown, web page or Word
// file), settle its structure, write article.md, suggest claims, scaffold the YAML files,
// and check the result with classpack's own checker. Nothing here touches the disk; the
// caller writes the files (src/write/module.ts).
import { basename, extname, join, relative, resolve, sep } from 'node:path'
import { VFile } from 'vfile'
import { assembleModule } from '../assemble.js'
import type { ModuleFiles } from '../load/module.js'
import { parseArticle } from '../article/parse.js'
import type { Article } from '../article/model.js'
import { interviewOf } from './interview.js'
import { hasErrors } from '../messages.js'
import { resolveSelection } from '../select/resolve.js'
import { lintModule } from '../lint/run.js'
import { articleMarkdown } from './article-md.js'
import { formatLock, LOCK_FILE } from '../references/lock.js'
import { ARTICLE_TYPES, articleType } from './article-type.js'
import type { Guess } from './model.js'
import { readDocx } from './read-docx.js'
import { readHtml } from './read-html.js'
import { readMarkdown } from './read-markdown.js'
import { readText } from './read-text.js'
import { scaffoldWords } from './scaffold-words.js'
import { claimsYaml, FIRST_GENERATORS, FIRST_QUIZ, moduleYaml, questionsYaml, type ScaffoldOptions } from './scaffold.js'
import { shapeArticle } from './structure.js'
import { slug } from './slug.js'
import { imagesAsComments, imagesLeftOut } from './images.js'
import { tablesLeftOut } from './tables.js'
import { fileTitle, NO_TITLE } from './title-line.js'
import { suggestClaims } from './suggest.js'

export interface PlanRequest {
  /** The article's path, for its type and for messages. */
  path: string
  bytes: Uint8Array
  /** The new module's folder; default `source/<slug of the title>`. */
  into?: string
  scaffold?: ScaffoldOptions
  /** classpack's JSON Schemas folder, and the folder `into` is relative to: the scaffolded YAML files name their schema by a relative path. */
  schemas?: { dir: string; cwd: string }
}

export interface ModulePlan {
  dir: string
  /** The files to write, by name, in the order they are written. */
  files: Array<{ name: string; text: string }>
  /** What `init` guessed about the article, to print. */
  guesses: Guess[]
  /** How many claims were suggested. */
  claims: number
  /** The scaffold as `classpack check` sees it: every file with its messages. */
  checked: VFile[]
}

/** Plan the module for the article in `request`. */
export async function planModule(request: PlanRequest): Promise<ModulePlan> {
  const type = articleType(request.path)
  if (!type) throw new TypeError(`Unexpected article type \`${extname(request.path)}\`, expected one of ${Object.keys(ARTICLE_TYPES).join(', ')}`)

  let article: string
  let title: string
  let author: string | undefined
  let guesses: Guess[]
  if (type === 'markdown') {
    const md = readMarkdown(decode(request.bytes))
    guesses = md.guesses
    if (md.details && md.details.title === undefined) {
      md.details.title = fileTitle(request.path)
      guesses.unshift({ what: 'title', value: md.details.title, how: NO_TITLE })
    }
    article = md.details ? articleMarkdown(md.details, []) + md.body : md.body
    title = md.details?.title ?? frontTitle(md.body) ?? fileTitle(request.path)
    author = md.details?.author
  } else {
    const source = type === 'text' ? readText(decode(request.bytes)) : type === 'page' ? readHtml(decode(request.bytes, true)) : await readDocx(request.bytes)
    const shaped = shapeArticle(source)
    title = shaped.details.title ?? fileTitle(request.path)
    if (shaped.details.title === undefined) shaped.guesses.unshift({ what: 'title', value: title, how: NO_TITLE })
    shaped.details.title = title
    author = shaped.details.author
    article = articleMarkdown(shaped.details, shaped.body)
    guesses = shaped.guesses
  }

  // An image alone on its line has nothing to print in the reading copy: kept as a comment.
  article = imagesAsComments(article)
  // Parsed before the folder is named: its default name is spelled in the article's language
  // (a German title's umlauts spelled out, as ids are). The parse keeps no path; its messages
  // are not wanted here (the plan is checked as a whole below).
  const parsed = parseArticle(new VFile({ path: 'article.md', value: article }))
  const dir = request.into ?? join('source', slug(title, 6, parsed?.meta.lang) || 'article')
  const articleFile = new VFile({ path: join(dir, 'article.md'), value: article })
  // Tables left out are named with the ¶ they followed, which only the parsed article knows.
  if (parsed) guesses = [...guesses, ...tablesLeftOut(article, parsed.paragraphs), ...imagesLeftOut(article, parsed.paragraphs), ...interviewGuess(parsed)]
  // Questions and titles in the article's language where classpack has it (scaffold-words.ts).
  const words = scaffoldWords(parsed?.meta.lang)
  const suggestions = parsed ? suggestClaims(parsed, articleFile, words.opening, words.whole) : { claims: [], actors: [], themes: [] }
  const paragraphs = parsed?.paragraphs.length ?? 0
  const scaffold = { words, ...request.scaffold, ...(request.schemas ? { schema: schemaPaths(dir, request.schemas) } : {}) }
  const files = [
    { name: 'article.md', text: article },
    { name: 'claims.yaml', text: claimsYaml(title, author, paragraphs, suggestions, scaffold) },
    { name: 'questions.yaml', text: questionsYaml(title, suggestions, scaffold) },
    { name: 'module.yaml', text: moduleYaml(title, scaffold) }
  ]
  // The first set samples a quiz of FIRST_QUIZ items where the claims give that many
  // generated ones, so it builds even when the teacher deletes questions.yaml.
  const count = words.generated ? firstQuizCount(dir, files) : 0
  if (count > 0) files[3]!.text = moduleYaml(title, scaffold, count)
  // The numbering the scaffold's ¶ references are written against, so a change to the article later is said with what it renumbers.
  if (parsed) files.push({ name: LOCK_FILE, text: formatLock(parsed.paragraphs.map((p) => p.text.normalize('NFC'))) })
  return { dir, files, guesses, claims: suggestions.claims.length, checked: checkPlan(dir, files) }
}

/**
 * That init read the article as an interview, and whose its answers are: the answers' claims
 * go to the interviewee, so a wrong reading (every answer given to an actor "August", taken from
 * "Im August mussten …") showed only deep in claims.yaml.
 */
function interviewGuess(article: Article): Guess[] {
  const interview = interviewOf(article)
  if (!interview) return []
  const answered = [...interview.turns].filter(([, t]) => t.by === 'interviewee').map(([n]) => n)
  if (answered.length === 0) return []
  const names = [...new Set(interview.interviewees.map((i) => i.named.name))]
  const value = names.length ? `answers by ${names.join(' and ')}` : 'answers by someone init did not find: set `asserted_by` on their claims'
  return [{ what: 'interview', value, how: `its turns of question and answer, the answers in ¶${answered[0]}–¶${answered.at(-1)}` }]
}

/**
 * How many quiz items the first set samples: FIRST_QUIZ, or fewer where the first set's
 * generators make fewer, or where fewer can stand together (generated items exclude those
 * that answer them: a count of 12 where a sample held 11 made `check` fail on a module.yaml
 * the teacher never wrote). 0 when the planned module does not assemble yet, or makes none.
 */
function firstQuizCount(dir: string, files: ReadonlyArray<{ name: string; text: string }>): number {
  const { module } = assembleModule(planInput(dir, files))
  if (!module) return 0
  const generated = module.generated.filter((g) => (FIRST_GENERATORS as readonly string[]).includes(g.generated ?? '')).length
  // Sampled as check and build sample the set (its own seed, the default one), count by count down.
  for (let count = Math.min(FIRST_QUIZ, generated); count > 0; count--) {
    if (resolveSelection(module, {}, { overrides: { count }, versions: 1, shuffle: false }).selection) return count
  }
  return 0
}

/** Where the scaffolded files find classpack's JSON Schemas: a path relative to the module folder, as editors resolve it. */
function schemaPaths(dir: string, schemas: { dir: string; cwd: string }): ScaffoldOptions['schema'] {
  const base = relative(resolve(schemas.cwd, dir), schemas.dir).split(sep).join('/')
  return (file) => `${base}/${file.replace(/\.yaml$/, '')}.schema.json`
}

/** The planned files as the load stage would give them. */
function planInput(dir: string, files: ReadonlyArray<{ name: string; text: string }>): ModuleFiles {
  const file = (name: string): VFile => new VFile({ path: join(dir, name), value: files.find((f) => f.name === name)!.text })
  const lock = files.some((f) => f.name === LOCK_FILE) ? { lock: file(LOCK_FILE) } : {}
  return { dir, name: basename(dir), article: file('article.md'), claims: file('claims.yaml'), questions: file('questions.yaml'), module: file('module.yaml'), ...lock }
}

/** Check the planned files as `classpack check` would. */
function checkPlan(dir: string, files: ReadonlyArray<{ name: string; text: string }>): VFile[] {
  const input = planInput(dir, files)
  const { module, files: checked } = assembleModule(input)
  if (!module || hasErrors(checked)) return checked
  const resolved = resolveSelection(module, input, { overrides: {}, versions: 1, shuffle: false })
  // The item-writing lint too, which check runs on the set as it will print: its warnings are check's.
  if (resolved.selection) lintModule(module, resolved.selection, input)
  return [...checked, ...resolved.files.filter((f) => !checked.includes(f))]
}

/** Bytes as text: UTF-8, or for a web page the charset it declares. */
function decode(bytes: Uint8Array, page = false): string {
  if (page) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
    const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]
    if (charset) {
      try {
        return new TextDecoder(charset).decode(bytes)
      } catch {
        // An unknown charset: read it as UTF-8.
      }
    }
  }
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')
}

function frontTitle(markdown: string): string | undefined {
  const m = /^---\r?\n[\s\S]*?^title:\s*(.+)$/m.exec(markdown)
  return m ? m[1]!.trim().replace(/^["']|["']$/g, '') : undefined
}
