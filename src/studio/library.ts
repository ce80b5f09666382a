// The library functions the studio calls, handed in by src/index.ts when it starts the
// studio: the studio checks and builds exactly as a script would, and src/index.ts stays
// the one place they are defined (the studio importing it back would be a cycle).
import type { VFile } from 'vfile'
import type { Module } from '../assemble.js'
import type { BuildRequest, BuildResult } from '../build.js'

/** What the studio reads of a check (`checkModule`'s result). */
export interface Checked {
  ok: boolean
  files: VFile[]
  module?: Module
  report?: string
}

export interface Library {
  /** `checkModule`. */
  check(dir: string): Checked
  /** `buildPack`. */
  build(request: Partial<BuildRequest> & { dir: string }): Promise<BuildResult>
}
