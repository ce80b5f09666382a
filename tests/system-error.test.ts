// The command's last resort names what the system refused in words, not an errno code alone.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cacheNote } from '../src/command.js'
import { buildPack, CACHE_FOLDER } from '../src/index.js'
import { describeSystemError } from '../src/system-error.js'
import { ROOT, tempDir } from './helpers/fixtures.js'

const error = (code: string, syscall: string, path?: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code, syscall, path })

describe('a system error, as the command prints it', () => {
  it('says what classpack was doing, where, and why, keeping the code', () => {
    expect(describeSystemError(error('ENOSPC', 'write', 'out/m/handout.pdf'))).toBe('cannot write out/m/handout.pdf: the disk is full (ENOSPC)')
    expect(describeSystemError(error('EROFS', 'mkdir', '/mnt/cd/out'))).toBe('cannot make the folder /mnt/cd/out: the file system is read-only (EROFS)')
    expect(describeSystemError(error('EACCES', 'rename', 'out/m'))).toBe('cannot move into place out/m: permission denied (EACCES)')
  })

  it('keeps an unknown code and call as they are, and names the pack when there is no path', () => {
    expect(describeSystemError(error('EWHATEVER', 'frobnicate'))).toBe('cannot write the pack: EWHATEVER')
  })
})

describe('a full disk, with a cache of earlier builds beside the packs', () => {
  // The message named the pack file the disk refused, not the cache that filled it: the one thing a teacher can delete at no loss.
  it('names the cache, its size, and what deleting it costs', async () => {
    const out = join(tempDir(), 'out')
    await buildPack({ dir: join(ROOT, 'tests/fixtures/unit-7'), out, formats: new Set(['html']) })
    const cache = join(out, CACHE_FOLDER)
    const bytes = readdirSync(cache).reduce((sum, name) => sum + statSync(join(cache, name)).size, 0)
    expect(bytes).toBeGreaterThan(0)
    expect(cacheNote(cache)).toBe(`; the cache of earlier builds, ${cache}/, holds ${(bytes / 1048576).toFixed(1)} MB: delete it to free that space (the next build takes longer, its pack is the same), or build with --no-cache`)
    expect(cacheNote(join(out, 'no-such-cache'))).toBe('')
  })
})
