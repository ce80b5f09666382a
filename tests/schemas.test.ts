// The JSON Schemas editors use are made from the checker's own schemas, so they agree with
// it: the demo module's files pass them under an independent validator (ajv), broken files
// fail them, no field is left unchecked, and `npm run build` ships them in schemas/.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import YAML from 'yaml'
import { describe, expect, it } from 'vitest'
import { jsonSchemas, schemaText } from '../src/schemas/json.js'
import { DEMO, ROOT } from './helpers/fixtures.js'

const schemas = jsonSchemas()
const ajv = new Ajv({ allErrors: true, strict: false })
const validators = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]))

/** Validate `data` against the schema `name`; the errors as `path message` lines. */
function validate(name: string, data: unknown): string[] {
  const check = validators[name]!
  return check(data) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

const yaml = (file: string): unknown => YAML.parse(readFileSync(join(DEMO, file), 'utf8'))
const frontMatter = (text: string): unknown => YAML.parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!)

describe('JSON Schemas of the input files', () => {
  it('are made for claims.yaml, questions.yaml, module.yaml and article.md, as draft-07', () => {
    expect(Object.keys(schemas).sort()).toEqual(['article', 'claims', 'module', 'questions'])
    for (const schema of Object.values(schemas)) expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
  })

  it('leave no field unchecked: every property has a schema of its own', () => {
    const holes: string[] = []
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}[${i}]`))
      if (!node || typeof node !== 'object') return
      const record = node as Record<string, unknown>
      for (const key of ['properties']) {
        for (const [field, sub] of Object.entries((record[key] as Record<string, unknown>) ?? {})) {
          if (sub && typeof sub === 'object' && Object.keys(sub).length === 0) holes.push(`${path}.${field}`)
        }
      }
      for (const [key, value] of Object.entries(record)) visit(value, `${path}.${key}`)
    }
    for (const [name, schema] of Object.entries(schemas)) visit(schema, name)
    expect(holes).toEqual([])
  })

  it('pass the demo module, file by file', () => {
    expect(validate('claims', yaml('claims.yaml'))).toEqual([])
    expect(validate('questions', yaml('questions.yaml'))).toEqual([])
    expect(validate('module', yaml('module.yaml'))).toEqual([])
    expect(validate('article', frontMatter(readFileSync(join(DEMO, 'article.md'), 'utf8')))).toEqual([])
  })

  it('pass generated items pinned, edited or dropped in questions.yaml, and a set that asks for them', () => {
    const bank = yaml('questions.yaml') as { quiz: unknown[] }
    bank.quiz.push({ id: 'gen-voice-deal-ends-involvement', drop: true })
    bank.quiz.push({ ...(bank.quiz[0] as object), id: 'gen-kind-deal-ends-involvement', generated: 'kind' })
    expect(validate('questions', bank)).toEqual([])
    expect(validate('module', { sets: { drafts: { generated: ['voice', 'kind', 'hedges', 'evidence', 'relations', 'position'], count: 12 } } })).toEqual([])
  })

  it('fail broken files where the checker does', () => {
    const claims = yaml('claims.yaml') as { claims: Array<Record<string, unknown>> }
    claims.claims[0]!.kind = 'casual'
    claims.claims[1]!.hedging = ['perhaps']
    delete claims.claims[2]!.quote
    expect(validate('claims', claims)).toEqual(
      expect.arrayContaining(['/claims/0/kind must be equal to one of the allowed values', '/claims/1 must NOT have additional properties', "/claims/2 must have required property 'quote'"])
    )
    const questions = yaml('questions.yaml') as { quiz: Array<Record<string, unknown>> }
    questions.quiz[0]!.type = 'essay'
    questions.quiz[1]!.options = [{ text: 'only one', feedback: 'x' }].slice(0, 1)
    expect(validate('questions', questions).length).toBeGreaterThan(0)
    expect(validate('questions', { quiz: [{ ...questions.quiz[2], difficulty: 'tricky' }] }).length).toBeGreaterThan(0)
    expect(validate('module', { paper: 'a5', sets: { 'Bad Name': {} } })).toEqual(expect.arrayContaining(['/paper must be equal to one of the allowed values']))
    // module.yaml's paper is read in any case; the schema takes its usual spellings.
    for (const paper of ['a4', 'A4', 'letter', 'Letter', 'LETTER']) expect(validate('module', { paper }), paper).toEqual([])
    expect(validate('module', { sets: { ok: { generated: ['voices'] } } }).length).toBeGreaterThan(0)
    expect(validate('module', { sets: { 'Bad Name': {} } }).length).toBeGreaterThan(0)
    expect(validate('article', { author: 'A' })).toEqual([" must have required property 'title'"])
    // An article may name no author (the checker warns, `article-author`): not a schema error.
    expect(validate('article', { title: 'A title' })).toEqual([])
    expect(validate('article', { title: 'A title', author: 'A', lang: 'english please' })).toEqual(['/lang must match pattern "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"'])
  })

  it('are shipped by the build in schemas/, as made here, and listed in the package', () => {
    for (const [name, schema] of Object.entries(schemas)) expect(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'), `run \`npm run build\` first`).toBe(schemaText(schema))
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[]; scripts: Record<string, string> }
    expect(pkg.files).toContain('schemas')
    expect(pkg.scripts.build).toContain('write-schemas')
  })
})
