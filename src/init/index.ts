// `classpack init`: a new module from an article (text, Markdown, web page or Word file),
// planned in memory. Reading the article and writing the module are the edges' (src/init.ts).
export { planModule, type PlanRequest, type ModulePlan } from './plan.js'
export { articleType, ARTICLE_TYPES, type ArticleType } from './article-type.js'
export type { ScaffoldOptions } from './scaffold.js'
export type { Guess } from './model.js'
