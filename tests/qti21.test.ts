// The QTI 2.1 package against schemas: every item and the test against QTI 2.1, the manifest
// against IMS Content Packaging, validated by libxml2's xmllint (xmllint-wasm). The schemas
// are classpack's own statement of the part of the specifications the export writes (see
// tests/fixtures/qti21-xsd/README.md: the IMS files may not be redistributed); the test
// also shows that they reject what the specifications reject. And the package holds together:
// every file listed, every listed file there, the test naming every item.
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { validateXML } from 'xmllint-wasm'
import { beforeAll, describe, expect, it } from 'vitest'
import { qti21 } from '../src/export/qti21.js'
import { checkModule } from '../src/index.js'
import { DEMO, ROOT, tempDir } from './helpers/fixtures.js'
import { unzip } from './helpers/zip.js'

const SCHEMAS = join(ROOT, 'tests/fixtures/qti21-xsd')
const QTI_XSD = readFileSync(join(SCHEMAS, 'qti21-subset.xsd'), 'utf8')
const CP_XSD = readFileSync(join(SCHEMAS, 'imscp-subset.xsd'), 'utf8')

/** xmllint's complaints about `files` against `schema`, by file; none when all are valid. */
async function complaints(schema: string, files: ReadonlyArray<[string, string]>): Promise<Map<string, string[]>> {
  const named = files.map(([path, contents], i) => ({ fileName: `${i}-${path.replace(/\//g, '_')}`, contents }))
  const result = await validateXML({ xml: named, schema })
  const out = new Map<string, string[]>()
  for (const e of result.errors) {
    const file = files[named.findIndex((f) => f.fileName === e.loc?.fileName)]?.[0] ?? '?'
    out.set(file, [...(out.get(file) ?? []), e.rawMessage])
  }
  return out
}
const invalid = async (schema: string, files: ReadonlyArray<[string, string]>): Promise<string[]> => [...(await complaints(schema, files)).values()].flat()

async function build(dir: string, set: string): Promise<Map<string, string>> {
  const { module, selection } = checkModule(dir, { set })
  const files = await unzip(qti21(module!, selection!))
  return new Map([...files].map(([path, f]) => [path, f.bytes.toString('utf8')]))
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['resource', 'file', 'dependency', 'assessmentItemRef'].includes(name) })

describe.each([
  ['the demo bank', DEMO, 'full'],
  ['the demo’s close-reading set', DEMO, 'close-reading'],
  ['the hostile bank', join(ROOT, 'tests/fixtures/hostile-typography'), 'all']
])('the QTI 2.1 package of %s', (_, dir, set) => {
  let files: Map<string, string>
  beforeAll(async () => {
    files = await build(dir, set)
  })

  it('has items and a test valid against QTI 2.1, and a manifest valid against IMS Content Packaging', async () => {
    const qti = [...files].filter(([path]) => path !== 'imsmanifest.xml')
    expect(qti.length).toBeGreaterThan(2)
    expect(await invalid(QTI_XSD, qti)).toEqual([])
    expect(await invalid(CP_XSD, [['imsmanifest.xml', files.get('imsmanifest.xml')!]])).toEqual([])
  })

  it('lists every file it holds, holds every file it lists, and its test names every item', () => {
    const manifest = xml.parse(files.get('imsmanifest.xml')!).manifest
    const resources = manifest.resources.resource as Array<Record<string, any>>
    const listed = resources.flatMap((r) => r.file.map((f: Record<string, string>) => f['@href']))
    expect([...files.keys()].filter((p) => p !== 'imsmanifest.xml').sort()).toEqual([...listed].sort())
    const test = resources.find((r) => r['@type'] === 'imsqti_test_xmlv2p1')!
    const items = resources.filter((r) => r['@type'] === 'imsqti_item_xmlv2p1')
    expect(test.dependency.map((d: Record<string, string>) => d['@identifierref'])).toEqual(items.map((r) => r['@identifier']))
    const refs = xml.parse(files.get(test['@href'])!).assessmentTest.testPart.assessmentSection.assessmentItemRef as Array<Record<string, string>>
    expect(refs.map((r) => r['@href'])).toEqual(items.map((r) => r['@href']))
    for (const ref of refs) expect(xml.parse(files.get(ref['@href']!)!).assessmentItem['@identifier']).toBe(ref['@identifier'])
  })
})

describe('the schemas', () => {
  let item: string
  let manifest: string
  beforeAll(async () => {
    const files = await build(DEMO, 'full')
    // A short-answer item: its rubric is the scorer's rubricBlock the broken copies change.
    item = [...files].find(([path, text]) => path.startsWith('items/') && text.includes('<rubricBlock'))![1]
    manifest = files.get('imsmanifest.xml')!
  })

  it('reject what QTI 2.1 rejects', async () => {
    const broken: Array<[string, string]> = [
      ['a rubric block for no view', item.replace('<rubricBlock view="scorer">', '<rubricBlock>')],
      ['a view QTI does not have', item.replace('<rubricBlock view="scorer">', '<rubricBlock view="grader">')],
      ['feedback before response processing', item.replace(/(<responseProcessing>[\s\S]*<\/responseProcessing>)\s*(<modalFeedback[\s\S]*<\/modalFeedback>)/, '$2$1')],
      ['an identifier that is not an XML name', item.replace('identifier="RESPONSE"', 'identifier="1 RESPONSE"')],
      ['an element QTI does not have', item.replace('<itemBody>', '<itemBody><script>alert(1)</script>')]
    ]
    expect(item).toContain('<rubricBlock view="scorer">')
    for (const [what, xml] of broken) expect(xml, what).not.toBe(item)
    const found = await complaints(QTI_XSD, [['item.xml', item], ...broken])
    expect(found.get('item.xml')).toBeUndefined()
    for (const [what] of broken) expect(found.get(what), what).toBeDefined()
  })

  it('reject what QTI 2.1 rejects of inline gaps, matching and ordering', async () => {
    const files = await build(DEMO, 'close-reading')
    const find = (element: string): string => [...files].find(([path, text]) => path.startsWith('items/') && text.includes(`<${element} `))![1]
    const [gaps, typed, match, order, number] = ['inlineChoiceInteraction', 'textEntryInteraction responseIdentifier="GAP-1"', 'matchInteraction', 'orderInteraction', 'textEntryInteraction responseIdentifier="RESPONSE"'].map(find)
    const broken: Array<[string, string]> = [
      ['an inline choice interaction without `shuffle`', gaps!.replace(/(<inlineChoiceInteraction [^>]*?) shuffle="true"/, '$1')],
      ['an inline choice interaction offering nothing', gaps!.replace(/(<inlineChoiceInteraction [^>]*>)[\s\S]*?(<\/inlineChoiceInteraction>)/, '$1$2')],
      ['an inline interaction outside a paragraph', gaps!.replace(/<p>(<inlineChoiceInteraction[\s\S]*?<\/inlineChoiceInteraction>)/, '$1<p>')],
      ['a text entry with content', typed!.replace(/<textEntryInteraction ([^>]*)\/>/, '<textEntryInteraction $1>x</textEntryInteraction>')],
      ['a match interaction with one match set', match!.replace(/<simpleMatchSet>[\s\S]*?<\/simpleMatchSet>/, '')],
      ['an associable choice without `matchMax`', match!.replace(/ matchMax="1"/, '')],
      ['an order interaction without choices', order!.replace(/<simpleChoice [\s\S]*<\/simpleChoice>/, '')],
      ['an index with no place', order!.replace(/<index n="1">/, '<index>')],
      ['bounds compared with one expression', number!.replace(/(<gte>\s*<variable identifier="RESPONSE"\/>)\s*<baseValue[^>]*>[^<]*<\/baseValue>/, '$1')]
    ]
    const originals = [gaps!, typed!, match!, order!, number!]
    const found = await complaints(QTI_XSD, [...originals.map((o, i): [string, string] => [`original ${i}`, o]), ...broken])
    for (let i = 0; i < originals.length; i++) expect(found.get(`original ${i}`), `original ${i}`).toBeUndefined()
    for (const [what, xml] of broken) {
      expect(originals.includes(xml), what).toBe(false)
      expect(found.get(what), what).toBeDefined()
    }
  })

  it('reject a manifest whose test depends on a resource it does not hold', async () => {
    const broken = manifest.replace(/<dependency identifierref="[^"]+"\/>/, '<dependency identifierref="resource-missing"/>')
    expect(broken).not.toBe(manifest)
    expect((await invalid(CP_XSD, [['imsmanifest.xml', broken]])).length).toBeGreaterThan(0)
  })
})

describe('item identifiers', () => {
  it('are XML names unique across modules, naming the module’s folder, whatever characters the folder’s name holds', async () => {
    const library = join(ROOT, 'tests/fixtures/lint/clean')
    // Two names that differ only in characters an XML name cannot hold, and one that starts with a digit.
    const folders = ['library', 'Unit 7: Über', 'Unit 7; Über', '7th-grade.library']
    const seen = new Map<string, string>()
    for (const folder of folders) {
      const dir = join(tempDir('classpack-qti21-'), folder)
      cpSync(library, dir, { recursive: true })
      const files = await build(dir, 'lesson')
      const items = [...files].filter(([path]) => path.startsWith('items/'))
      expect(await invalid(QTI_XSD, items)).toEqual([])
      for (const [, text] of items) {
        const item = xml.parse(text).assessmentItem
        const id = item['@identifier'] as string
        expect(id, folder).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/)
        expect(id, folder).toContain(folder.replace(/[^A-Za-z0-9._-]/g, '_'))
        expect(id.endsWith(`.${item['@title']}`), id).toBe(true)
        expect(seen.get(id), `${folder}: ${id}`).toBeUndefined()
        seen.set(id, folder)
      }
    }
    expect(seen.size).toBeGreaterThan(folders.length)
  })
})
