// The registries of question types, output formats and UI languages: what the README and
// the usage say comes from them, every language words every type and download, generic
// code never switches on a type, and the XML writer keeps the exports' bytes.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { x } from 'xastscript'
import { describe, expect, it } from 'vitest'
import { assembleModule } from '../src/assemble.js'
import { canvasQti } from '../src/export/qti.js'
import { moodleXml } from '../src/export/moodle.js'
import { cdata, openEmpty, writeXml } from '../src/export/xml.js'
import { DOWNLOAD_FORMATS, FORMATS, OUTPUT_FORMATS } from '../src/formats.js'
import { en } from '../src/lang/en.js'
import { LANGUAGES, uiStrings, type UiStrings } from '../src/lang/index.js'
import { loadModule } from '../src/load.js'
import { resolveSelection } from '../src/select/resolve.js'
import { QUESTION_TYPES, TYPES } from '../src/types/index.js'
import { unzip } from './helpers/zip.js'
import { DEMO, ROOT, run } from './helpers/fixtures.js'

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
const code = (s: string): string => '`' + s + '`'

/** The body rows of the README table whose header row is `header`. */
function tableRows(header: string): string[] {
  const lines = README.split('\n')
  const start = lines.indexOf(header)
  expect(start, `README has no table headed ${header}`).toBeGreaterThanOrEqual(0)
  const rows: string[] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(line)
  }
  return rows
}

describe('README and usage', () => {
  it('list exactly the registered formats, as their modules describe them', () => {
    const expected = OUTPUT_FORMATS.map((f) => `| ${code(f.name)} | ${f.produces} | ${f.description} |`)
    expect(tableRows('| format | files | what it is |')).toEqual(expected)
    expect(README).toContain(`| \`--format LIST\` | any of \`${FORMATS.join(',')}\``)
  })

  it('list exactly the registered question types, with the fields of their schemas', () => {
    const expected = TYPES.map((t) => `| ${code(t.name)} | ${t.description} | ${Object.keys(t.fields).map(code).join(', ')} |`)
    expect(tableRows('| type | what a student does | fields |')).toEqual(expected)
  })

  it('`classpack help` lists every format and type with its description', async () => {
    const { code: status, stdout } = await run(['help'])
    expect(status).toBe(0)
    expect(stdout).toContain(`--format LIST           any of ${FORMATS.join(',')} `)
    expect(stdout).toContain(`--types LIST            ${QUESTION_TYPES.join(',')}\n`)
    for (const entry of [...OUTPUT_FORMATS, ...TYPES]) expect(stdout).toContain(`  ${entry.name.padEnd(12)}${entry.description}\n`)
  })
})

describe('languages', () => {
  it('word every registered type and every download', () => {
    for (const lang of LANGUAGES) {
      for (const type of TYPES) expect((lang.types as Record<string, { instruction?: string }>)[type.name]?.instruction, `${lang.lang}: ${type.name}`).toBeTruthy()
      for (const format of DOWNLOAD_FORMATS) expect(lang.downloads[format.name], `${lang.lang}: ${format.name}`).toBeTruthy()
    }
  })

  it('are chosen by the article’s primary language subtag, English otherwise', () => {
    expect(uiStrings('en-GB')).toBe(en)
    expect(uiStrings('EN')).toBe(en)
    expect(uiStrings('xx-YY')).toBe(LANGUAGES[0])
  })
})

describe('generic code', () => {
  it('never names a question type outside src/types/ and src/lang/', () => {
    const files: string[] = []
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry)
        if (statSync(path).isDirectory()) walk(path)
        else if (path.endsWith('.ts')) files.push(path)
      }
    }
    walk(join(ROOT, 'src'))
    const names = new RegExp(`['"\`](${QUESTION_TYPES.map((t) => t.replace('-', '\\-')).join('|')})['"\`]`)
    // QTI 2.1's words that happen to be type names: a variable's cardinality (`single`,
    // `multiple`) and its `<multiple>` operator.
    const qtiWords = /cardinality|x\('multiple'/
    const found = files
      .map((f) => relative(ROOT, f))
      .filter((f) => !f.startsWith('src/types/') && !f.startsWith('src/lang/'))
      .filter((f) => readFileSync(join(ROOT, f), 'utf8').split('\n').some((line) => names.test(line) && !qtiWords.test(line)))
    expect(found).toEqual([])
  })
})

describe('Moodle and Canvas in another UI language', () => {
  // English with other true/false words, standing for a second language.
  const other: UiStrings = { ...en, lang: 'xx', types: { ...en.types, 'true-false': { instruction: 'Wahr oder falsch?', true: 'Wahr', false: 'Falsch' } } }
  const input = loadModule(DEMO, ROOT)
  const module = assembleModule(input).module!
  const selection = resolveSelection(module, input, { set: 'full', overrides: {}, versions: 1, shuffle: false }).selection!
  const trueFalse = selection.items.filter((q) => q.type === 'true-false')

  it('Moodle XML keeps the keywords `true` and `false` its import reads', () => {
    expect(trueFalse.length).toBeGreaterThan(0)
    const quiz = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'question' || name === 'answer' }).parse(moodleXml(module, selection, {}, other)).quiz
    const questions = (quiz.question as Array<Record<string, any>>).filter((q) => q['@_type'] === 'truefalse')
    expect(questions).toHaveLength(trueFalse.length)
    for (const q of questions) expect(q.answer.map((a: Record<string, any>) => a.text)).toEqual(['true', 'false'])
  })

  it('Canvas shows the language’s words', async () => {
    const files = await unzip(canvasQti(module, selection, {}, other))
    const assessment = [...files.entries()].find(([path]) => path.endsWith('.xml') && path.split('/').length === 2 && !path.endsWith('assessment_meta.xml'))![1].bytes.toString('utf8')
    const labels = [...assessment.matchAll(/<mattext texttype="text\/plain">(Wahr|Falsch|True|False)<\/mattext>/g)].map((m) => m[1])
    expect(labels).toEqual(trueFalse.flatMap(() => ['Wahr', 'Falsch']))
  })
})

describe('the XML writer', () => {
  it('lays out, closes and escapes as the exports always have', () => {
    const tree = x('a', { t: `x'y"&<>` }, [x('b'), x('c', ''), x('d', [cdata('1]]>2')]), x('e', { n: '1' }, 'A & B < C > D "E" \'F\''), openEmpty('f'), x('g', [x('h', 'i')])])
    expect(writeXml(tree)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<a t="x&apos;y&quot;&amp;&lt;&gt;">`,
        '  <b/>',
        '  <c></c>',
        '  <d><![CDATA[1]]]]><![CDATA[>2]]></d>',
        '  <e n="1">A &amp; B &lt; C &gt; D &quot;E&quot; &apos;F&apos;</e>',
        '  <f>',
        '  </f>',
        '  <g>',
        '    <h>i</h>',
        '  </g>',
        '</a>',
        ''
      ].join('\n')
    )
  })

  it('drops characters XML cannot carry', () => {
    expect(writeXml(x('a', 'x\u0001y\uFFFEz'))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a>xyz</a>\n')
  })
})
