// The set builder's preview: the quiz a set would give, filled and rendered by the pack's
// own HTML backend, with the lint's findings for each item. The set is put into module.yaml
// in memory (as "save as set" would write it), so the preview is what a build would print.
import { join } from 'node:path'
import { compileTemplates } from '../fill/templates.js'
import { loadTemplates } from '../load/templates.js'
import { fillDocument, htmlPage, type PageContext } from '../pack/document.js'
import { PACK_TEMPLATES, planPack } from '../pack/plan.js'
import type { QuestionSet } from '../module/model.js'
import { readWithHash } from './files.js'
import { resolveInside } from './paths.js'
import { recheck } from './recheck.js'
import { writeSet } from './set-write.js'
import { messagesOf, type PageMessage } from './state.js'

export interface Preview {
  /** The quiz page as the pack's HTML backend renders it; null when the set selects nothing. */
  html: string | null
  /** The set's items in printed order, each with what the lint says of it. */
  items: Array<{ id: string; type: string; points: number; lint: Array<{ severity: string; reason: string; rule: string }> }>
  points: number
  discussion: string[]
  messages: PageMessage[]
}

/** The set name a preview of an unsaved set goes by. */
export const PREVIEW_SET = 'studio-preview'

/** Preview `set` (or, with `name` and no `set`, the saved set of that name) of the module in `dir`. */
export function previewSet(dir: string, set: QuestionSet, name = PREVIEW_SET): Preview {
  const inside = resolveInside(dir, 'module.yaml')
  let moduleText: string
  try {
    if (!inside.ok) throw new Error(`${inside.reason}: the studio reads only inside the module folder`)
    moduleText = writeSet(readWithHash(inside.path).text, name, set)
  } catch (cause) {
    return { html: null, items: [], points: 0, discussion: [], messages: [{ file: 'module.yaml', line: null, column: null, severity: 'error', reason: (cause as Error).message, rule: 'studio' }] }
  }
  const checked = recheck(dir, { 'module.yaml': moduleText }, name)
  // Messages about the in-memory module.yaml have no place a teacher could go to.
  // Nor has the name an unsaved set goes by: the teacher never typed `studio-preview`, so the
  // messages say "this set" ("Unexpected empty set, expected …", "… for this set, expected …").
  const messages = messagesOf(checked).map((m) => (m.file === 'module.yaml' ? { ...m, line: null, column: null, reason: name === PREVIEW_SET ? unnamed(m.reason) : m.reason } : m))
  const { module, selection } = checked
  if (!module || !selection) return { html: null, items: [], points: 0, discussion: [], messages }
  const version = selection.versions[0]!
  const findings = checked.lint ?? []
  const items = version.items.map((placed) => ({
    id: placed.item.id,
    type: placed.item.type,
    points: placed.item.points,
    lint: findings.filter((f) => f.item === placed.item.id && f.severity !== 'info').map((f) => ({ severity: f.severity, reason: f.reason, rule: f.rule }))
  }))
  const templates = loadTemplates([join(dir, 'templates')], PACK_TEMPLATES)
  const compiled = compileTemplates(templates)
  const meta = module.article.meta
  const ctx: PageContext = { templates: compiled, css: templates.css, lang: meta.lang, author: meta.author, header: meta.title, paper: module.config.paper }
  const plan = planPack(module, selection, { formats: new Set(['html']), paper: module.config.paper, date: module.config.date ?? null, creationDate: new Date(0), students: [] })
  const quiz = plan.documents.find((d) => d.meta.base === 'quiz')!
  const tree = fillDocument(ctx, quiz.meta, quiz.view)
  const html = tree ? htmlPage(ctx, quiz.meta, tree) ?? null : null
  return { html, items, points: items.reduce((sum, i) => sum + i.points, 0), discussion: selection.discussion.map((d) => d.id), messages: [...messages, ...messagesOf({ files: compiled.files })] }
}

/** `reason` with the preview's own set name put as the teacher sees the set: "this set". */
function unnamed(reason: string): string {
  return reason.replaceAll(`empty set \`${PREVIEW_SET}\``, 'empty set').replaceAll(`set \`${PREVIEW_SET}\``, 'this set')
}
