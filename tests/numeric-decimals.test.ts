// A numeric answer keeps the decimal places questions.yaml writes it with: YAML reads
// `6.40` as the number 6.4, and a money answer printed "6.4 dollars a month" in the key is
// not the figure the article gives. Every document and export that shows the answer writes
// it as written, each still a number its importer reads.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ROOT, tempDir } from './helpers/fixtures.js'
import { build, packFiles } from './helpers/pack.js'
import { readHtml } from './helpers/html.js'

/** The text of every file in a zip archive (stored or deflated), by name. */
function unzip(zip: Buffer): Map<string, string> {
  const out = new Map<string, string>()
  for (let at = zip.indexOf('PK\x03\x04'); at >= 0; at = zip.indexOf('PK\x03\x04', at + 4)) {
    const method = zip.readUInt16LE(at + 8)
    const size = zip.readUInt32LE(at + 18)
    const nameLength = zip.readUInt16LE(at + 26)
    const extra = zip.readUInt16LE(at + 28)
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8')
    const data = zip.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size)
    out.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'))
  }
  return out
}

describe('a numeric answer written with trailing zeros', () => {
  it('is printed as written ("35.0 per cent") in the key and grading sheet, and carried so by Moodle, Canvas and QTI 2.1', async () => {
    const dir = join(tempDir(), 'tram')
    cpSync(join(ROOT, 'tests/fixtures/tram'), dir, { recursive: true })
    const path = join(dir, 'questions.yaml')
    writeFileSync(path, readFileSync(path, 'utf8').replace('    answer: 35\n', '    answer: 35.0\n'))
    const roster = join(dir, '..', 'roster.csv')
    writeFileSync(roster, 'name,id\nAda Lovelace,101\nAlan Turing,102\n')
    const pack = await build({ dir, roster, formats: ['html', 'moodle', 'qti', 'qti21'] })
    const files = packFiles(pack)
    const key = [...files.keys()].find((n) => /^answer-key(-A)?\.html$/.test(n))!
    expect(files.has('grading.csv'), [...files.keys()].join(', ')).toBe(true)
    expect(readHtml(files.get(key)!.toString('utf8')).mainText).toContain('35.0 per cent')
    expect(files.get('grading.csv')!.toString('utf8')).toContain('35.0 per cent')
    expect(files.get('moodle.xml')!.toString('utf8')).toMatch(/<text>35\.0<\/text>/)
    const canvas = [...unzip(files.get('canvas-qti.zip')!).values()].join('\n')
    expect(canvas).toMatch(/<varequal respident="response1">35\.0<\/varequal>/)
    const qti21 = [...unzip(files.get('qti21.zip')!).values()].join('\n')
    expect(qti21).toMatch(/<value>35\.0<\/value>/)
    // Still numbers to every importer.
    expect(Number('35.0')).toBe(35)
  })
})
