// Verifying a pack on disk against its manifest: built through the library, then changed
// one way at a time in a copy.
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { verifyPack } from '../src/index.js'
import { sha256 } from '../src/sha256.js'
import { DEMO, tempDir } from './helpers/fixtures.js'
import { sharedPack } from './helpers/pack.js'

let pack: string
let listed: Array<{ path: string; sha256: string }>

beforeAll(async () => {
  pack = await sharedPack({ dir: DEMO, formats: ['html'] })
  listed = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')).files
})

/** A copy of the fresh pack, changed by `change`. */
function changed(change: (dir: string) => void): string {
  const dir = join(tempDir('classpack-verify-'), 'pack')
  cpSync(pack, dir, { recursive: true })
  change(dir)
  return dir
}

describe('verifyPack', () => {
  it('passes a fresh pack, having checked every listed file', () => {
    expect(listed.length).toBeGreaterThan(5)
    expect(verifyPack(pack)).toEqual({ ok: true, checked: listed.length, problems: [] })
  })

  it('names a file with one changed byte, with the sha256 listed and found', () => {
    const dir = changed((d) => {
      const bytes = readFileSync(join(d, 'handout.html'))
      bytes[100] = bytes[100]! ^ 1
      writeFileSync(join(d, 'handout.html'), bytes)
    })
    const result = verifyPack(dir)
    expect(result.ok).toBe(false)
    expect(result.problems).toEqual([{ path: 'handout.html', problem: 'changed', expected: listed.find((f) => f.path === 'handout.html')!.sha256, actual: expect.stringMatching(/^[0-9a-f]{64}$/) }])
    expect(result.problems[0]!.actual).not.toBe(result.problems[0]!.expected)
  })

  it('names a missing file', () => {
    const result = verifyPack(changed((d) => rmSync(join(d, 'discussion.html'))))
    expect(result).toEqual({ ok: false, checked: listed.length, problems: [{ path: 'discussion.html', problem: 'missing' }] })
  })

  it('names files the manifest does not list, in folders too', () => {
    const dir = changed((d) => {
      writeFileSync(join(d, 'notes.txt'), 'mine')
      mkdirSync(join(d, 'extra'))
      writeFileSync(join(d, 'extra', 'a.html'), '<p>')
    })
    expect(verifyPack(dir).problems).toEqual([
      { path: 'extra/a.html', problem: 'unlisted' },
      { path: 'notes.txt', problem: 'unlisted' }
    ])
  })

  it('names a link where a file is listed, once, even to the same bytes, and an empty folder', () => {
    // A pack whose handout.html was a link to a copy elsewhere passed ("all files match"),
    // while the next build refused that pack for the link: verify now sees what the build sees.
    const outside = join(tempDir(), 'handout.html')
    const dir = changed((d) => {
      cpSync(join(d, 'handout.html'), outside)
      rmSync(join(d, 'handout.html'))
      symlinkSync(outside, join(d, 'handout.html'))
      mkdirSync(join(d, 'empty'))
      symlinkSync(outside, join(d, 'more.html'))
    })
    expect(verifyPack(dir).problems).toEqual([
      { path: 'handout.html', problem: 'changed', found: `symlink to \`${outside}\` where manifest.json lists a file` },
      { path: 'empty', problem: 'unlisted', found: 'empty folder' },
      { path: 'more.html', problem: 'unlisted', found: `symlink to \`${outside}\`` }
    ])
    // A folder of listed files reached through a link: said once, at the link, not per file or again as unlisted.
    const elsewhere = tempDir()
    writeFileSync(join(elsewhere, 'a.html'), 'a')
    writeFileSync(join(elsewhere, 'b.html'), 'b')
    const linked = changed((d) => {
      const manifest = JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8'))
      manifest.files.push({ path: 'quiz/a.html', sha256: sha256(Buffer.from('a')), bytes: 1 }, { path: 'quiz/b.html', sha256: sha256(Buffer.from('b')), bytes: 1 })
      writeFileSync(join(d, 'manifest.json'), JSON.stringify(manifest))
      symlinkSync(elsewhere, join(d, 'quiz'))
    })
    expect(verifyPack(linked).problems).toEqual([{ path: 'quiz', problem: 'changed', found: `symlink to \`${elsewhere}\` where manifest.json lists a folder of files` }])
    // The manifest itself a link: no pack.
    const manifestLink = changed((d) => {
      cpSync(join(d, 'manifest.json'), join(elsewhere, 'manifest.json'))
      rmSync(join(d, 'manifest.json'))
      symlinkSync(join(elsewhere, 'manifest.json'), join(d, 'manifest.json'))
    })
    expect(() => verifyPack(manifestLink)).toThrow(`Unexpected manifest.json that is a symlink to \`${join(elsewhere, 'manifest.json')}\`, expected a pack built by classpack (its manifest is a file it wrote)`)
  })

  it('throws a message the CLI can print for a folder without a manifest', () => {
    expect(() => verifyPack(tempDir())).toThrow('Unexpected folder without manifest.json, expected a pack built by classpack')
    expect(() => verifyPack(changed((d) => rmSync(join(d, 'manifest.json'))))).toThrow('Unexpected folder without manifest.json')
  })

  it('throws a message the CLI can print for a file, and for a pack\'s archive names the folder to verify', () => {
    const file = join(tempDir(), 'notes.txt')
    writeFileSync(file, 'not a pack')
    expect(() => verifyPack(file)).toThrow('Unexpected file, expected a pack built by classpack: a folder, such as `out/<module>`')
    const archive = join(tempDir(), 'us-backstop-ukraine.zip')
    writeFileSync(archive, 'PK')
    expect(() => verifyPack(archive)).toThrow(`; for this archive, the folder beside it, \`${archive.slice(0, -4)}\`, or the folder it unzips to`)
  })

  it('names the packs inside an output folder given in place of one', () => {
    const out = tempDir()
    cpSync(pack, join(out, 'us-backstop-ukraine'), { recursive: true })
    mkdirSync(join(out, '.classpack-cache'))
    expect(() => verifyPack(out)).toThrow(`Unexpected folder without manifest.json, expected a pack built by classpack: the packs inside it are \`${join(out, 'us-backstop-ukraine')}\``)
  })

  it('throws for a manifest that is not JSON, not a classpack manifest, or lists a path outside the pack', () => {
    const withManifest = (text: string) => changed((d) => writeFileSync(join(d, 'manifest.json'), text))
    expect(() => verifyPack(withManifest('{ not json'))).toThrow(/Unexpected manifest\.json that is not JSON, expected a pack built by classpack/)
    expect(() => verifyPack(withManifest('{"files": []}'))).toThrow(/expected a pack built by classpack/)
    expect(() => verifyPack(withManifest(JSON.stringify({ classpack: 1, files: [{ path: '../secret', sha256: '0'.repeat(64), bytes: 1 }] })))).toThrow(/entry 1 of `files`/)
    expect(() => verifyPack(withManifest(JSON.stringify({ classpack: 1, files: [{ path: 'index.html', sha256: 'abc', bytes: 1 }] })))).toThrow(/64 hex digits/)
  })
})
