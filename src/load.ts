// The load stage: everything classpack reads from disk before it builds, as vfiles and
// data. Later stages are pure; the writers (write.ts, write/) are the only other stage on disk.
export { loadModule, type ModuleFiles } from './load/module.js'
export { findModules } from './load/modules.js'
export { loadRoster } from './load/roster.js'
export { loadTemplates, type TemplateSources } from './load/templates.js'
export { displayPath, MAX_INPUT_BYTES, readText } from './load/text.js'
export { readArticleSource, MAX_ARTICLE_SOURCE_BYTES, type ArticleSource } from './load/article-source.js'
