// Handlebars, loaded on first use: `check` needs its parser only for a module with templates
// of its own, so a check of any other module never loads it (tests/check-light.test.ts).
import type HandlebarsNamespace from 'handlebars'
import { createRequire } from 'node:module'

export type Handlebars = typeof HandlebarsNamespace

let loaded: Handlebars | undefined

/**
 * The Handlebars package. In the bundle (CommonJS) `require` is the bundle's own and hands
 * over the copy bundled with the rest; run from tsc's ES modules there is no `require`, and
 * Node's loads the package (the same instance an `import` of it gets).
 */
export function handlebars(): Handlebars {
  loaded ??= (typeof require === 'function' ? require('handlebars') : createRequire(import.meta.url)('handlebars')) as Handlebars
  return loaded
}
