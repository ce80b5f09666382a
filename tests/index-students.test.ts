// With a roster, the landing page links each student's own quiz by name (and version), in
// roster order: a teacher opens one without searching the `quiz` folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir, TINY } from './helpers/fixtures.js'
import { build } from './helpers/pack.js'

function roster(): string {
  const path = join(tempDir(), 'class.csv')
  writeFileSync(path, 'name,id\nZoë Ng,1\n[Not](a link) *name*,2\nSeán O’Brien,3\n')
  return path
}

/** The landing page's links under its grading sheet: [href, text]. */
function studentLinks(pack: string): string[][] {
  const html = readFileSync(join(pack, 'index.html'), 'utf8')
  const list = /grading\.csv<\/a>\.<\/p>\s*<ul>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? ''
  return [...list.matchAll(/<li><a href="([^"]+)">([^<]*)<\/a>([^<]*)<\/li>/g)].map((m) => [m[1]!, m[2]!, m[3]!])
}

describe('the landing page of a pack with a roster', () => {
  it('links every student’s quiz by name and version, each a file of the pack', async () => {
    const pack = await build({ dir: TINY, roster: roster(), versions: 2 })
    const links = studentLinks(pack)
    expect(links.map(([, name]) => name)).toEqual(['Zoë Ng', '[Not](a link) *name*', 'Seán O’Brien'])
    for (const [href, , after] of links) {
      expect(href).toMatch(/^quiz\/\d{3}-[a-z-]+\.pdf$/)
      expect(existsSync(join(pack, href!))).toBe(true)
      expect(after).toMatch(/^ · Version [AB]$/)
    }
  })

  it('links the web pages when they are the students’ files, and lists none for the print bundle alone', async () => {
    const html = await build({ dir: TINY, roster: roster(), formats: ['html'] })
    expect(studentLinks(html).map(([href, , after]) => [href!.endsWith('.html'), existsSync(join(html, href!)), after])).toEqual([
      [true, true, ''],
      [true, true, ''],
      [true, true, '']
    ])
    const printed = await build({ dir: TINY, roster: roster(), formats: ['print'] })
    expect(studentLinks(printed)).toEqual([])
  })
})
