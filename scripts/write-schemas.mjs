// Writes schemas/*.schema.json from the compiled checker (run by `npm run build`, after tsc):
// the JSON Schemas editors use for claims.yaml, questions.yaml, module.yaml and article.md.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { jsonSchemas, schemaText } from '../dist/src/schemas/json.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
mkdirSync(join(root, 'schemas'), { recursive: true })
for (const [name, schema] of Object.entries(jsonSchemas())) writeFileSync(join(root, 'schemas', `${name}.schema.json`), schemaText(schema))
