// `classpack init`: a new module from an article (text, Markdown, web page or Word file).
export { planModule, articleType, ARTICLE_TYPES, type InitRequest, type ModulePlan, type ArticleType } from './plan.js'
export { writeModule, occupied } from './write-module.js'
export type { ScaffoldOptions } from './scaffold.js'
export type { Guess } from './model.js'
