// The argument map in the demo's teacher material (the teacher edition of the handout): its SVG read back with an XML parser holds a box for every claim a
// relation touches and an edge for every relation of claims.yaml (read here on its own);
// the PDF draws it (its labels are text on the map's pages) as Figures with alternate text;
// and the layout itself: no boxes overlap, parts fit the page, the same map lays out the same.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { en } from '../src/lang/en.js'
import { layoutMap, MAP_STYLE, wrap, type Metrics } from '../src/render/map/layout.js'
import { mapMetrics } from '../src/render/map/metrics.js'
import type { ArgumentMap, MapRelation } from '../src/render/map/model.js'
import { argumentMapView } from '../src/view/map.js'
import { assemble, DEMO, ROOT, tempDir } from './helpers/fixtures.js'
import { build, sharedPack } from './helpers/pack.js'
import { readPdf, readPdfText, type PdfReadback, type StructNode } from './helpers/pdf.js'

interface Relation {
  from: string
  to: string
  kind: string
}

/** claims.yaml's relations, read with a plain YAML parser: what the map must draw. */
function relationsOf(dir: string): { relations: Relation[]; related: Set<string> } {
  const data = parse(readFileSync(join(dir, 'claims.yaml'), 'utf8')) as { claims: Array<{ id: string; relations?: Record<string, string[]> }> }
  const relations = data.claims.flatMap((c) => Object.entries(c.relations ?? {}).flatMap(([kind, targets]) => targets.map((to) => ({ from: c.id, to, kind }))))
  return { relations, related: new Set(relations.flatMap((r) => [r.from, r.to])) }
}

/** Every `<svg>…</svg>` of an HTML page, as its own XML text. */
function svgsOf(html: string): string[] {
  const svgs: string[] = []
  for (let at = html.indexOf('<svg'); at >= 0; at = html.indexOf('<svg', at + 1)) svgs.push(html.slice(at, html.indexOf('</svg>', at) + 6))
  return svgs
}

type XmlNode = Record<string, unknown>
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false, isArray: (name) => ['g', 'text', 'tspan', 'rect', 'path', 'polygon', 'polyline'].includes(name) })

/** Every element named `tag` below `node`, depth first. */
function all(node: unknown, tag: string, out: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) for (const n of node) all(n, tag, out)
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as XmlNode)) {
      if (key === tag) for (const v of [value].flat()) out.push(v as XmlNode)
      if (!key.startsWith('@')) all(value, tag, out)
    }
  }
  return out
}

/** The text of an element (its own and its children's). */
function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(textOf).join(' ')
  if (node !== null && typeof node === 'object') return Object.entries(node as XmlNode).filter(([k]) => !k.startsWith('@')).map(([, v]) => textOf(v)).join(' ')
  return ''
}

const key = (r: Relation): string => `${r.from} ${r.kind} ${r.to}`

describe('the demo teacher handout’s argument map', () => {
  let pack: string
  let html: string
  let svgs: XmlNode[]
  beforeAll(async () => {
    pack = await sharedPack({ dir: DEMO, set: 'full' })
    html = readFileSync(join(pack, 'handout-teacher.html'), 'utf8')
    const texts = svgsOf(html)
    for (const svg of texts) expect(XMLValidator.validate(svg)).toBe(true)
    svgs = texts.map((svg) => (parser.parse(svg) as { svg: XmlNode }).svg)
  }, 300_000)

  it('has a box for every claim that has relations, and for no other', () => {
    const { related } = relationsOf(DEMO)
    expect(svgs.length).toBeGreaterThan(0)
    const boxes = svgs.flatMap((svg) => all(svg, 'g').filter((g) => g['@data-claim'] !== undefined).map((g) => g['@data-claim'] as string))
    expect(new Set(boxes)).toEqual(related)
    // Each claim is drawn in full once; elsewhere it is a dashed stand-in.
    expect(boxes.length).toBe(related.size)
  })

  it('has an edge for every relation of claims.yaml, of its kind, and no other', () => {
    const { relations } = relationsOf(DEMO)
    const edges = svgs.flatMap((svg) => all(svg, 'g').filter((g) => g['@data-kind'] !== undefined && g['@data-copy'] === undefined))
    const drawn = edges.map((g) => key({ from: g['@data-from'] as string, to: g['@data-to'] as string, kind: (g['@data-kind'] as string).replace(/-/g, '_') }))
    expect(drawn.sort()).toEqual(relations.map(key).sort())
    // Each edge names its kind on the line, and each kind is drawn in a line style of its own.
    for (const g of edges) expect(textOf(all(g, 'text'))).toMatch(/supports|qualifies|contrasts with/)
    const dashes = new Map(edges.map((g) => [g['@data-kind'], String(all(g, 'path')[0]!['@stroke-dasharray'] ?? 'solid')]))
    expect(new Set(dashes.values()).size).toBe(dashes.size)
  })

  it('is an image with a title and a text alternative that lists its relations in words', () => {
    for (const svg of svgs) {
      expect(svg['@role']).toBe('img')
      const title = textOf(svg.title)
      const desc = textOf(svg.desc)
      expect(title).toMatch(/^Argument map/)
      expect(svg['@aria-labelledby']).toBe((svg.title as XmlNode)['@id'])
      expect(svg['@aria-describedby']).toBe((svg.desc as XmlNode)['@id'])
      // Every edge of the drawing, by its boxes' labels.
      const labels = new Map(all(svg, 'g').filter((g) => g['@data-label']).map((g) => [(g['@data-claim'] ?? g['@data-elsewhere']) as string, g['@data-label'] as string]))
      for (const g of all(svg, 'g').filter((x) => x['@data-kind'])) {
        const word = { supports: 'supports', qualifies: 'qualifies', 'contrasts_with': 'contrasts with' }[g['@data-kind'] as string]
        expect(desc).toContain(`${labels.get(g['@data-from'] as string)} ${word} ${labels.get(g['@data-to'] as string)}`)
      }
    }
  })

  describe('in the PDF', () => {
    let pdf: PdfReadback
    beforeAll(async () => {
      pdf = await readPdf(readFileSync(join(pack, 'handout-teacher.pdf')))
    }, 300_000)

    it('draws every box’s label and ¶ as text on the map’s pages', () => {
      const mapPages = pdf.pages.filter((p) => p.lines.some((l) => l.startsWith('Argument map')))
      expect(mapPages.length).toBeGreaterThan(0)
      const text = mapPages.map((p) => p.lines.join('\n')).join('\n')
      const headings = svgs.flatMap((svg) => all(svg, 'g').filter((g) => g['@data-claim']).map((g) => textOf(all(g, 'tspan')[0])))
      expect(headings.length).toBe(relationsOf(DEMO).related.size)
      for (const heading of headings) expect(text).toContain(heading)
    })

    it('tags each part as a Figure whose alternate text lists the relations it draws', () => {
      const figures: StructNode[] = []
      const visit = (node: StructNode | { type: string } | null): void => {
        if (node === null || !('role' in node)) return
        if (node.role === 'Figure') figures.push(node)
        node.children.forEach(visit)
      }
      pdf.structTree.forEach(visit)
      expect(figures.length).toBe(svgs.length)
      const { relations } = relationsOf(DEMO)
      const alts = figures.map((f) => (f as StructNode & { alt?: string }).alt ?? '').join(' ')
      expect(alts).toMatch(/^Argument map/)
      // As many relation sentences as relations, at least (those crossing parts are in two).
      expect(alts.match(/\bC\d+ (supports|qualifies|contrasts with) C\d+/g)!.length).toBeGreaterThanOrEqual(relations.length)
    })
  })
})

describe('the worksheet (the map without its relations)', () => {
  let svgs: XmlNode[]
  let html: string
  beforeAll(async () => {
    // A student handout template that adds the worksheet partial.
    const templates = tempDir('classpack-templates-')
    writeFileSync(join(templates, 'handout.md.hbs'), `${readFileSync(join(ROOT, 'templates/handout.md.hbs'), 'utf8')}\n{{> argument-map-blank}}\n`)
    const pack = await build({ dir: DEMO, formats: ['html'], templates })
    html = readFileSync(join(pack, 'handout.html'), 'utf8')
    svgs = svgsOf(html).map((svg) => (parser.parse(svg) as { svg: XmlNode }).svg).filter((svg) => textOf(svg.title).startsWith('The argument as a map'))
  }, 300_000)

  it('has a box for every claim of the map, and no line, nor a relation in words', () => {
    expect(svgs.length).toBeGreaterThan(0)
    const boxes = svgs.flatMap((svg) => all(svg, 'g').filter((g) => g['@data-claim'] !== undefined).map((g) => g['@data-claim'] as string))
    expect(new Set(boxes)).toEqual(relationsOf(DEMO).related)
    for (const svg of svgs) {
      expect(all(svg, 'g').filter((g) => g['@data-kind'] !== undefined)).toEqual([])
      expect(textOf(svg.desc)).not.toMatch(/\bC\d+ (supports|qualifies|contrasts with) C\d+/)
      // Its legend shows every kind of line, for students to draw with.
      expect(textOf(all(svg, 'g').find((g) => g['@class'] === 'map-legend'))).toMatch(/supports.*qualifies.*contrasts with/)
    }
    const figure = html.slice(html.indexOf('id="argument-map-worksheet"'))
    expect(figure).not.toContain('data-from')
  })
})

/** A map of `n` claims in `sections`, every claim supporting the first of its section, and each section's first supporting the map's first. */
function starMap(n: number, sections: number): ArgumentMap {
  const claims = Array.from({ length: n }, (_, i) => ({ id: `c${i + 1}`, label: `C${i + 1}`, paragraph: i + 1, section: Math.floor((i * sections) / n), gist: `Claim number ${i + 1} in a few words` }))
  const firstOf = new Map<number, string>()
  for (const c of claims) if (!firstOf.has(c.section)) firstOf.set(c.section, c.id)
  const relations = claims.flatMap((c): MapRelation[] => {
    const head = firstOf.get(c.section)!
    if (c.id !== head) return [{ from: c.id, to: head, kind: 'supports', sentence: `${c.label} supports ${head}` }]
    return c.id === 'c1' ? [] : [{ from: c.id, to: 'c1', kind: 'qualifies', sentence: `${c.label} qualifies C1` }]
  })
  return { title: 'Argument map', blank: false, words: { supports: 'supports', qualifies: 'qualifies', contrasts_with: 'contrasts with', elsewhere: 'elsewhere' }, claims, relations }
}

describe('the map’s layout', () => {
  const metrics = mapMetrics('en')

  it('lays out the same map the same way', () => {
    // Metrics of another identity are not those of the layouts kept: the second is laid out afresh.
    const again = { ...metrics }
    expect(layoutMap(starMap(12, 3), again)).not.toBe(layoutMap(starMap(12, 3), metrics))
    expect(JSON.stringify(layoutMap(starMap(12, 3), again))).toBe(JSON.stringify(layoutMap(starMap(12, 3), metrics)))
  })

  it('lays a changed map out afresh, never from the layout of the map it was', () => {
    const before = layoutMap(starMap(6, 1), metrics)
    const changed = starMap(6, 1)
    changed.claims[2]!.gist = 'A claim whose gist has grown much longer than it was, so that its box is taller'
    const after = layoutMap(changed, metrics)
    const box = (parts: typeof before) => parts[0]!.boxes.find((b) => b.id === 'c3')!
    expect(box(after).lines).not.toEqual(box(before).lines)
    expect(box(after).height).toBeGreaterThan(box(before).height)
    expect(JSON.stringify(layoutMap(starMap(6, 1), metrics))).toBe(JSON.stringify(before))
  })

  it('keeps a small map whole and unscaled, with no two boxes overlapping', () => {
    const parts = layoutMap(starMap(4, 1), metrics)
    expect(parts).toHaveLength(1)
    expect(parts[0]!.scale).toBe(1)
    const boxes = parts[0]!.boxes
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true)
  })

  it('splits a map too large for a page between sections, each part legible, each relation counted once', () => {
    const map = starMap(40, 4)
    const parts = layoutMap(map, metrics)
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(part.scale).toBeGreaterThanOrEqual(MAP_STYLE.minScale)
    const own = parts.flatMap((p) => p.boxes.filter((b) => !b.elsewhere).map((b) => b.id))
    expect(own.sort()).toEqual(map.claims.map((c) => c.id).sort())
    const counted = parts.flatMap((p) => p.edges.filter((e) => !e.copy).map((e) => `${e.from}>${e.to}`))
    expect(counted.sort()).toEqual(map.relations.map((r) => `${r.from}>${r.to}`).sort())
    // A relation that crosses parts shows its far claim as a dashed box.
    for (const part of parts) {
      const ids = new Set(part.boxes.map((b) => b.id))
      for (const e of part.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true)
    }
  })

  it('splits a section too large for a page between runs of its claims (a long chain, no subheads), each part legible', () => {
    // 30 claims in one section, each supporting the next: one part would be about a third of the legible size.
    const claims = Array.from({ length: 30 }, (_, i) => ({ id: `s${i + 1}`, label: `C${i + 1}`, paragraph: i + 1, section: 0, gist: `Step ${i + 1} of the chain` }))
    const relations = claims.slice(0, -1).map((c, i): MapRelation => ({ from: c.id, to: `s${i + 2}`, kind: 'supports', sentence: `${c.label} supports C${i + 2}` }))
    const map: ArgumentMap = { title: 'Argument map', blank: false, words: { supports: 'supports', qualifies: 'qualifies', contrasts_with: 'contrasts with', elsewhere: 'elsewhere' }, claims, relations }
    const parts = layoutMap(map, metrics)
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(part.scale).toBeGreaterThanOrEqual(MAP_STYLE.minScale)
    // Each part is a run of consecutive claims, in reading order, and together they are every claim once.
    const own = parts.map((p) => p.boxes.filter((b) => !b.elsewhere).map((b) => Number(b.id.slice(1))).sort((a, b) => a - b))
    expect(own.flat()).toEqual(claims.map((_, i) => i + 1))
    for (const run of own) expect(run.at(-1)! - run[0]!).toBe(run.length - 1)
    const counted = parts.flatMap((p) => p.edges.filter((e) => !e.copy).map((e) => `${e.from}>${e.to}`))
    expect(counted.sort()).toEqual(relations.map((r) => `${r.from}>${r.to}`).sort())
  })

  it('breaks a long German compound at its hyphenation points, never wider than the box', () => {
    const german = mapMetrics('de')
    // In ems, as a box's width over its text size: about 12 letters.
    const width = 8
    const lines = wrap('Die Sicherheitsgarantiebereitschaftserklärung der Vereinigten Staaten', width, german, 6)
    expect(lines.join('\n')).toContain('-\n')
    for (const line of lines) expect(german.width(line, false)).toBeLessThanOrEqual(width)
    // Rejoined, the pieces are the words (a hyphen added only where a word was broken).
    expect(lines.map((l) => l.replace(/-$/, '')).join('').replace(/ /g, '')).toBe('Die Sicherheitsgarantiebereitschaftserklärung der Vereinigten Staaten'.replace(/ /g, ''))
  })

  it('splits a word with no hyphenation point by characters rather than overflow', () => {
    const plain: Metrics = { width: (text) => text.length, pieces: (word) => [word] }
    const lines = wrap('abcdefghijklmnopqrstuvwxyz', 10, plain, 6)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10)
    expect(lines.join('').replace(/-/g, '')).toBe('abcdefghijklmnopqrstuvwxyz')
  })

  // A gist of 5,000 characters with no space kept `build` busy past 100 s (every line found by
  // measuring the whole rest, shorter by a character at a time). Counted, not timed.
  it.each([
    ['no hyphenation point', (word: string) => [word]],
    ['a hyphenation point every two letters', (word: string) => word.match(/.{1,2}/g) ?? [word]]
  ])('measures a box of a 20,000-character word a few hundred times at most (%s), and cuts it at its last line', (_, pieces) => {
    let measured = 0
    const counting: Metrics = {
      width: (text) => {
        measured++
        return text.length
      },
      pieces
    }
    const lines = wrap('x'.repeat(20_000), 10, counting, 6)
    expect(lines).toHaveLength(6)
    expect(lines.at(-1)).toMatch(/…$/)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10)
    expect(measured).toBeLessThan(500)
  })
})

describe('a relation recorded twice', () => {
  // The tram op-ed: C10 (buses-better) contrasts with C11 and C12. Here C12 (painted-line)
  // records the same contrast from its end, and buses-better lists painted-line twice.
  const dir = join(tempDir('classpack-map-twice-'), 'tram')
  beforeAll(() => {
    cpSync(join(ROOT, 'tests/fixtures/tram'), dir, { recursive: true })
    const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8')
      .replace('contrasts_with: [painted-line, journeys-longer]', 'contrasts_with: [painted-line, journeys-longer, painted-line]')
      .replace('      supports: [journeys-longer]\n', '      supports: [journeys-longer]\n      contrasts_with: [buses-better]\n')
    writeFileSync(join(dir, 'claims.yaml'), claims)
  })

  it('is one line on the map: a contrast from both ends, a target listed twice', () => {
    const { module } = assemble(dir)
    const view = argumentMapView(module!, en)!
    const pair = view.relations.filter((r) => [r.from, r.to].sort().join(' ') === 'buses-better painted-line')
    expect(pair.map((r) => r.sentence)).toEqual(['C10 contrasts with C12'])
    // Every other relation of claims.yaml is still drawn, once.
    expect(view.relations).toHaveLength(relationsOf(dir).relations.length - 2)
    // The target listed twice is one relations item too (the contrast from C12's end is its own question).
    const asked = module!.generated.filter((q) => q.id.startsWith('gen-relations-buses-better-painted-line'))
    expect(asked.map((q) => q.id)).toEqual(['gen-relations-buses-better-painted-line'])
  })

  it('is warned of where the target is listed the second time, and nowhere else', () => {
    const { lines } = assemble(dir)
    const text = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    const line = text.split('\n').findIndex((l) => l.includes('journeys-longer, painted-line]')) + 1
    const column = text.split('\n')[line - 1]!.lastIndexOf('painted-line') + 1
    expect(lines.filter((l) => l.includes('relation-duplicate'))).toEqual([
      `${join(dir, 'claims.yaml')}:${line}:${column}: warning: Unexpected \`painted-line\` twice in \`contrasts_with\` of claim \`buses-better\`, expected each claim once: it is one relation (the map draws it once)  [relation-duplicate]`
    ])
    expect(lines.filter((l) => l.includes(': error:'))).toEqual([])
  })
})

describe('a map of one long chain, in an article without subheads', () => {
  it('is drawn in legible parts, the first on the page of the map’s heading, not after an empty one', async () => {
    const dir = join(tempDir('classpack-chain-'), 'chain')
    mkdirSync(dir)
    const steps = Array.from({ length: 30 }, (_, i) => i + 1)
    writeFileSync(join(dir, 'article.md'), `---\ntitle: A long chain\nauthor: Test Writer\nlang: en\n---\n\n${steps.map((n) => `Step number ${n} happened because of the step before it.`).join('\n\n')}\n`)
    const claim = (n: number): string =>
      `  - id: s${n}\n    quote: "Step number ${n} happened"\n    paraphrase: Step ${n} followed from the step before.\n    kind: causal\n    asserted_by: author\n    hedges: []\n    evidence: reasoning\n    themes: [chain]\n${n < 30 ? `    relations:\n      supports: [s${n + 1}]\n` : ''}`
    writeFileSync(join(dir, 'claims.yaml'), `themes:\n  - id: chain\n    label: The chain\nclaims:\n${steps.map(claim).join('')}`)
    writeFileSync(join(dir, 'questions.yaml'), 'quiz:\n  - id: q1\n    type: true-false\n    stem: Step 1 happened.\n    claims: [s1]\n    difficulty: easy\n    points: 1\n    bloom: remember\n    answer: true\n    feedback: { if_true: "It did.", if_false: "It did happen." }\n')
    const pack = await build({ dir, formats: ['pdf'] })
    const pages = (await readPdfText(new Uint8Array(readFileSync(join(pack, 'handout-teacher.pdf'))))).pages.map((p) => p.lines.join('\n'))
    const heading = pages.findIndex((p) => /^Argument map$/m.test(p))
    expect(heading).toBeGreaterThanOrEqual(0)
    // The first part's caption and its first claim's box stand on the heading's page.
    expect(pages[heading]).toMatch(/^Argument map: C1–C\d+$/m)
    expect(pages[heading]).toContain('C1 · ¶1')
    // More than one part, and every claim's box is drawn in one of them.
    const parts = pages.join('\n').match(/^Argument map: C\d+–C\d+$/gm) ?? []
    expect(parts.length).toBeGreaterThan(1)
    for (const n of steps) expect(pages.join('\n')).toContain(`C${n} · ¶${n}`)
  })
})

/** Points along an SVG path of M, L and Q commands (as the map writes them), 20 per segment. */
function sampled(d: string): Array<{ x: number; y: number }> {
  const tokens = d.match(/[MLQ]|-?[\d.]+/g) ?? []
  const points: Array<{ x: number; y: number }> = []
  let at = { x: 0, y: 0 }
  for (let i = 0; i < tokens.length; ) {
    const op = tokens[i]!
    const n = (k: number): number => Number(tokens[i + k])
    if (op === 'M') {
      at = { x: n(1), y: n(2) }
      points.push(at)
      i += 3
    } else if (op === 'L' || op === 'Q') {
      const control = op === 'Q' ? { x: n(1), y: n(2) } : null
      const to = op === 'Q' ? { x: n(3), y: n(4) } : { x: n(1), y: n(2) }
      for (let j = 1; j <= 20; j++) {
        const u = j / 20
        points.push(control ? { x: (1 - u) ** 2 * at.x + 2 * (1 - u) * u * control.x + u * u * to.x, y: (1 - u) ** 2 * at.y + 2 * (1 - u) * u * control.y + u * u * to.y } : { x: at.x + (to.x - at.x) * u, y: at.y + (to.y - at.y) * u })
      }
      at = to
      i += op === 'Q' ? 5 : 3
    } else i++
  }
  return points
}

describe('the map’s lines', () => {
  it('run through no box but their own two, where a relation reaches a box far to the side of its row', async () => {
    // The tram op-ed with support running back up the chain and a contrast recorded from both ends:
    // dagre's straight end of C12 supports C11 ran through C3's words, beside C11 in its row.
    const dir = join(tempDir('classpack-map-lines-'), 'tram')
    cpSync(join(ROOT, 'tests/fixtures/tram'), dir, { recursive: true })
    const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8')
      .replace('    themes: [causes]\n  - id: instability', '    themes: [causes]\n    relations:\n      supports: [instability]\n  - id: instability')
      .replace('      supports: [journeys-longer]\n', '      supports: [journeys-longer]\n      contrasts_with: [buses-better]\n')
    writeFileSync(join(dir, 'claims.yaml'), claims)
    const pack = await build({ dir, formats: ['html'] })
    const html = readFileSync(join(pack, 'handout-teacher.html'), 'utf8')
    const crossings: string[] = []
    let edges = 0
    for (const svg of svgsOf(html)) {
      const boxes = [...svg.matchAll(/data-claim="([^"]+)"[^>]*>\s*<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({ id: m[1]!, x: Number(m[2]), y: Number(m[3]), w: Number(m[4]), h: Number(m[5]) }))
      for (const m of svg.matchAll(/data-from="([^"]+)" data-to="([^"]+)" data-kind="[^"]+"><path d="([^"]+)"/g)) {
        edges++
        for (const b of boxes.filter((b) => b.id !== m[1] && b.id !== m[2])) {
          if (sampled(m[3]!).some((p) => p.x > b.x + 1 && p.x < b.x + b.w - 1 && p.y > b.y + 1 && p.y < b.y + b.h - 1)) crossings.push(`${m[1]} -> ${m[2]} through ${b.id}`)
        }
      }
    }
    expect(edges).toBeGreaterThan(10)
    expect(crossings).toEqual([])
  })
})

describe('a pair given two relations', () => {
  // The tram op-ed's first claim supports risk-priced; here it also qualifies it.
  const dir = join(tempDir('classpack-map-conflict-'), 'tram')
  beforeAll(() => {
    cpSync(join(ROOT, 'tests/fixtures/tram'), dir, { recursive: true })
    const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    expect(claims).toContain('      supports: [risk-priced]\n')
    writeFileSync(join(dir, 'claims.yaml'), claims.replace('      supports: [risk-priced]\n', '      supports: [risk-priced]\n      qualifies: [risk-priced]\n'))
  })

  it('is warned of once, at the later relation, and asks no relations question about the pair', () => {
    const { lines, module } = assemble(dir)
    const text = readFileSync(join(dir, 'claims.yaml'), 'utf8').split('\n')
    const line = text.findIndex((l) => l.includes('qualifies: [risk-priced]')) + 1
    const column = text[line - 1]!.indexOf('risk-priced') + 1
    const owner = /id: (\S+)/.exec(text.slice(0, line).reverse().find((l) => l.includes('- id:'))!)![1]
    expect(lines.filter((l) => l.includes('[relation-'))).toEqual([
      `${join(dir, 'claims.yaml')}:${line}:${column}: warning: Unexpected \`risk-priced\` in both \`supports\` and \`qualifies\` of claim \`${owner}\`, expected one relation between two claims: the map draws an arrow for each, and no relations question is asked about the pair  [relation-conflict]`
    ])
    expect(lines.filter((l) => l.includes(': error:'))).toEqual([])
    expect(module!.generated.filter((q) => q.id.startsWith(`gen-relations-${owner}-risk-priced`))).toEqual([])
    const view = argumentMapView(module!, en)!
    expect(view.relations.filter((r) => String(r.from) === owner && String(r.to) === 'risk-priced').map((r) => String(r.kind)).sort()).toEqual(['qualifies', 'supports'])
  })

  it('is not warned of in the module as written', () => {
    const { lines } = assemble(join(ROOT, 'tests/fixtures/tram'))
    expect(lines.filter((l) => l.includes('[relation-conflict]'))).toEqual([])
  })
})
