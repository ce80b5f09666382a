// The studio's writes into a module saved with CRLF line ends (a Windows editor): the lines it
// adds or rewrites end as the file's other lines do, so the file does not come back mixed.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { saveQuestion, saveSet } from '../src/studio/edits.js'
import { hashOf, sameLineEnds } from '../src/studio/files.js'
import { demoCopy } from './helpers/fixtures.js'

const crlf = (text: string) => text.replace(/\n/g, '\r\n')
const loneLf = (text: string) => text.split('\n').filter((line, i, all) => i < all.length - 1 && !line.endsWith('\r')).length

describe('studio writes into CRLF files', () => {
  it('end the new lines of a set and of an edited question in CRLF, as the rest of the file', () => {
    const dir = demoCopy({ 'module.yaml': crlf, 'questions.yaml': crlf })
    const base = (name: string) => hashOf(readFileSync(join(dir, name)))

    const saved = saveSet(dir, { name: 'crlf-set', set: { types: ['single'], count: 3, title: 'Three' }, base: base('module.yaml') })
    expect(saved.ok).toBe(true)
    const moduleYaml = readFileSync(join(dir, 'module.yaml'), 'utf8')
    // It came back with the set's five lines ending in LF among the file's CRLF lines.
    expect(loneLf(moduleYaml)).toBe(0)
    expect(YAML.parse(moduleYaml).sets['crlf-set']).toEqual({ title: 'Three', types: ['single'], count: 3 })

    const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    const item = (YAML.parse(questions) as { quiz: Array<{ id: string; type: string; claims: string[]; stem: string }> }).quiz.find((q) => q.type === 'short')!
    const edited = saveQuestion(dir, { id: item.id, base: base('questions.yaml'), stem: 'A new stem,\nwritten on two lines?', claims: item.claims })
    expect(edited.ok).toBe(true)
    const after = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    expect(loneLf(after)).toBe(0)
    expect((YAML.parse(after) as { quiz: Array<{ id: string; stem: string }> }).quiz.find((q) => q.id === item.id)!.stem).toBe('A new stem,\nwritten on two lines?')
  })

  it('leave a file with LF line ends, or mixed ones, as they are', () => {
    expect(sameLineEnds('a: 1\nb: 2\n', 'a: 1\nb: 3\n')).toBe('a: 1\nb: 3\n')
    expect(sameLineEnds('a: 1\r\nb: 2\n', 'a: 1\r\nb: 3\n')).toBe('a: 1\r\nb: 3\n')
    expect(sameLineEnds(undefined, 'sets:\n')).toBe('sets:\n')
    expect(sameLineEnds('a: 1\r\n', 'a: 1\r\nsets:\n  x:\n')).toBe('a: 1\r\nsets:\r\n  x:\r\n')
  })
})
