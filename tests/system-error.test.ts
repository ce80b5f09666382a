// The command's last resort names what the system refused in words, not an errno code alone.
import { describe, expect, it } from 'vitest'
import { describeSystemError } from '../src/system-error.js'

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
