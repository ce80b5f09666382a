// Golden files: text a test produces, compared with a copy committed under
// tests/fixtures/golden/. After a change of layout or wording that is meant, rewrite them:
//
//   UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts
//
// and read the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { expect } from 'vitest'
import { ROOT } from './fixtures.js'

export const GOLDEN = join(ROOT, 'tests/fixtures/golden')
const UPDATE = process.env.UPDATE_GOLDEN === '1'

/** Expect `actual` to equal the golden file `name`; with UPDATE_GOLDEN=1, write it instead. */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name)
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, actual)
    return
  }
  if (!existsSync(path)) throw new Error(`Missing golden file ${relative(ROOT, path)}, expected one: write it with UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts`)
  expect(actual, `${relative(ROOT, path)} (after a change that is meant: UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts)`).toBe(readFileSync(path, 'utf8'))
}
