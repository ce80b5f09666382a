// The demo module assembled and its quiz versions selected (2, unshuffled), and a page
// context of compiled quiz templates: what tests of quiz trees fill templates with.
import { assembleModule, type Module } from '../../src/assemble.js'
import { compileTemplates } from '../../src/fill/templates.js'
import { loadModule, loadTemplates } from '../../src/load.js'
import type { PageContext } from '../../src/pack/document.js'
import type { Selection } from '../../src/select/model.js'
import { resolveSelection } from '../../src/select/resolve.js'
import { DEMO } from './fixtures.js'

/** The demo module and a selection of 2 versions in the authored order. */
export function demoVersions(): { module: Module; selection: Selection } {
  const input = loadModule(DEMO)
  const module = assembleModule(input).module!
  return { module, selection: resolveSelection(module, input, { overrides: {}, versions: 2, shuffle: false }).selection! }
}

/** A page context with the quiz, cover and page templates from `dirs` (then the built-in ones). */
export function quizContext(dirs: string[]): PageContext {
  return { templates: compileTemplates(loadTemplates(dirs, ['quiz.md.hbs', 'cover.md.hbs', 'page.html.hbs'])), css: '', lang: 'en-GB', author: 'A', header: 'H', paper: 'a4' }
}
