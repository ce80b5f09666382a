// What `classpack init` scaffolds for generated questions and editors: a first set that
// draws on generated items, so a teacher who writes only claims gets a quiz of 12; and a
// `$schema` line in each YAML file that finds classpack's JSON Schemas, in this repository
// and when classpack is installed as a package.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Ajv } from 'ajv'
import YAML from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { planModule } from '../src/init/index.js'
import { buildPack, checkModule, formatMessages, initModule, type InitResult } from '../src/index.js'
import { jsonSchemas } from '../src/schemas/json.js'
import { ROOT, tempDir } from './helpers/fixtures.js'

const LIBRARY = join(ROOT, 'tests/fixtures/init/library.txt')
const bytes = new Uint8Array(readFileSync(LIBRARY))

describe('a module started with classpack init', () => {
  let cwd: string
  let result: InitResult
  beforeAll(async () => {
    cwd = tempDir('classpack-init-gen-')
    result = await initModule({ path: LIBRARY, into: 'source/library', cwd })
    expect(result.written, formatMessages(result.files)).toBe(true)
  })

  it('has a first set that draws on generated items, 12 of them', () => {
    const module = YAML.parse(readFileSync(join(cwd, 'source/library/module.yaml'), 'utf8'))
    expect(module.sets.draft).toMatchObject({ generated: ['voice', 'kind', 'hedges', 'evidence', 'relations'], count: 12 })
  })

  it('builds a quiz of 12 generated items when the teacher has written only claims (no questions.yaml)', async () => {
    const dir = join(cwd, 'source/library')
    rmSync(join(dir, 'questions.yaml'))
    const checked = checkModule(dir)
    expect(checked.ok, formatMessages(checked.files)).toBe(true)
    const out = tempDir('classpack-init-gen-out-')
    const built = await buildPack({ dir, out, formats: new Set(['html']) })
    expect(built.target, formatMessages(built.files)).toBe(join(out, 'library'))
    const manifest = JSON.parse(readFileSync(join(built.target!, 'manifest.json'), 'utf8'))
    const items = manifest.versions[0].items as Array<{ id: string; generated?: string }>
    expect(items).toHaveLength(12)
    for (const item of items) expect(['voice', 'kind', 'hedges', 'evidence', 'relations']).toContain(item.generated)
    const quiz = readFileSync(join(built.target!, 'quiz.html'), 'utf8')
    expect(quiz).toContain('Who makes this claim?')
  })

  it('builds it too from an empty questions.yaml (comments only), which holds no questions yet', async () => {
    const dir = join(cwd, 'source/library')
    writeFileSync(join(dir, 'questions.yaml'), '# No questions yet: the draft set draws on generated items.\n')
    const checked = checkModule(dir)
    expect(checked.ok, formatMessages(checked.files)).toBe(true)
    // An empty file asks no questions, so it does not warn of claims no question asks about.
    expect(checked.messages.filter((m) => m.ruleId === 'claim-unasked' || m.ruleId === 'empty-file')).toEqual([])
    expect(checked.selection!.items).toHaveLength(12)
    expect(checked.selection!.items.every((q) => q.generated)).toBe(true)
    rmSync(join(dir, 'questions.yaml'))
  })

  it('without questions.yaml, a set that draws on nothing generated reports the file missing', () => {
    const dir = join(cwd, 'source/library')
    writeFileSync(join(dir, 'module.yaml'), `${readFileSync(join(dir, 'module.yaml'), 'utf8')}  plain:\n    title: Written items only\n`)
    const checked = checkModule(dir, { set: 'plain' })
    expect(checked.ok).toBe(false)
    expect(formatMessages(checked.files)).toContain(`${join(dir, 'questions.yaml')}: error: Missing file \`questions.yaml\`, expected the quiz items and discussion questions beside article.md`)
    expect(checked.messages.filter((m) => m.fatal)).toHaveLength(1)
    expect(checkModule(dir, { set: 'draft' }).ok).toBe(true)
  })

  it('names its JSON Schemas in each YAML file by a path from the module folder that leads to them', () => {
    for (const file of ['claims', 'module']) {
      const first = readFileSync(join(cwd, 'source/library', `${file}.yaml`), 'utf8').split('\n')[0]!
      const path = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1]
      expect(path, first).toBeDefined()
      const target = resolve(cwd, 'source/library', path!)
      expect(target).toBe(join(ROOT, 'schemas', `${file}.schema.json`))
      expect(existsSync(target), 'run `npm run build` first').toBe(true)
    }
  })

  it('writes YAML files that pass the JSON Schemas', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false })
    const schemas = jsonSchemas()
    const plan = await planModule({ path: 'library.txt', bytes, into: 'm' })
    for (const file of ['claims', 'questions', 'module']) {
      const validate = ajv.compile(schemas[file]!)
      const data = YAML.parse(plan.files.find((f) => f.name === `${file}.yaml`)!.text)
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
  })
})

describe('the $schema path', () => {
  const schemaLine = async (cwd: string, schemas: string): Promise<string> => {
    const plan = await planModule({ path: 'library.txt', bytes, into: 'source/library', schemas: { dir: schemas, cwd } })
    return plan.files.find((f) => f.name === 'questions.yaml')!.text.split('\n')[0]!
  }

  it('is relative to the repository’s schemas/ for a module in this repository', async () => {
    expect(await schemaLine(ROOT, join(ROOT, 'schemas'))).toBe('# yaml-language-server: $schema=../../schemas/questions.schema.json')
  })

  it('leads into node_modules/classpack/schemas/ where classpack is installed as a package', async () => {
    const project = '/home/teacher/politics'
    expect(await schemaLine(project, join(project, 'node_modules/classpack/schemas'))).toBe('# yaml-language-server: $schema=../../node_modules/classpack/schemas/questions.schema.json')
  })
})
