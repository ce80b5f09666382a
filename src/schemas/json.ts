// JSON Schemas of the four files a teacher writes, made from the very schemas the checker
// decodes them with (src/yaml/decode.ts's `toJsonSchema`), so an editor that completes
// and flags fields as they are typed agrees with `classpack check`. `npm run build`
// writes them to schemas/ (scripts/write-schemas.mjs); scaffolded files name them.
import { frontMatterSchema } from '../article/parse.js'
import { claimsSchema } from '../claims/read.js'
import { moduleSchema } from '../module/read.js'
import { questionsSchema } from '../questions/read.js'
import { schemaOf, type Decoder, type JsonSchema } from '../yaml/decode.js'

/** The files with a JSON Schema, by the schema's file name (`claims` → schemas/claims.schema.json). */
const FILES: Record<string, { decoder: Decoder<unknown>; title: string; description: string }> = {
  claims: { decoder: claimsSchema, title: 'classpack claims.yaml', description: 'The key claims of an article, each anchored by a verbatim quote, with themes, actors and a glossary.' },
  questions: { decoder: questionsSchema, title: 'classpack questions.yaml', description: 'Discussion questions and quiz items, each tied to claim ids; generated items pinned, edited or dropped by id.' },
  module: { decoder: moduleSchema, title: 'classpack module.yaml', description: 'Course details and named question sets.' },
  article: { decoder: frontMatterSchema, title: 'classpack article.md front matter', description: 'The YAML front matter of article.md: title, author and what the source says about itself.' }
}

/** Every JSON Schema (draft-07), by name. */
export function jsonSchemas(): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(FILES).map(([name, { decoder, title, description }]) => {
      const { title: _shape, ...schema } = schemaOf(decoder)
      return [name, { $schema: 'http://json-schema.org/draft-07/schema#', title, description, ...schema }]
    })
  )
}

/** A schema as the text of its file: stable key order, two-space indent, a final newline. */
export function schemaText(schema: JsonSchema): string {
  return JSON.stringify(schema, null, 2) + '\n'
}
