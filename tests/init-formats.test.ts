// A fresh init module's first build, in any format, warns of nothing init did not say: a trial's
// `build --format gift` warned three times (gift-points: GIFT carries no marks, and the scaffold's
// short items are worth 2) though init's own check had shown no such warning.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPack, initModule } from '../src/index.js'
import { ROOT, tempDir } from './helpers/fixtures.js'

const FIXTURES = join(ROOT, 'tests/fixtures/init')
// Every download format, and html; pdf and print draw the same items and are slow to make.
const FORMATS = new Set(['html', 'moodle', 'gift', 'qti', 'qti21', 'zip'] as const)

describe('init says what a build in every format would warn of', () => {
  for (const name of ['no-title.md', 'block-quotes.md']) {
    it(`${name}: every warning of the first build is one init gave`, async () => {
      const cwd = tempDir()
      const init = await initModule({ path: join(FIXTURES, name), into: 'm', cwd })
      expect(init.written).toBe(true)
      const said = new Set(init.messages.map((m) => `${m.ruleId} ${m.reason}`))
      const build = await buildPack({ dir: join(cwd, 'm'), out: join(cwd, 'out'), formats: FORMATS })
      const warned = build.files.flatMap((f) => f.messages).map((m) => `${m.ruleId} ${m.reason}`)
      expect(warned.some((w) => w.startsWith('gift-points'))).toBe(true)
      expect(warned.filter((w) => !said.has(w))).toEqual([])
    })
  }
})
