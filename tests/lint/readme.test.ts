// The README's table of lint rules is the registry's: every rule, its severity, its summary.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LINT_RULES } from '../../src/lint/rules/index.js'
import { ROOT } from '../helpers/fixtures.js'

describe('README', () => {
  it('lists every lint rule with its severity and summary, in the registry\'s order', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const rows = readme.split('\n').filter((l) => /^\| `[a-z-]+` \| (error|warning|info) \|/.test(l))
    expect(rows).toEqual(LINT_RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.summary} |`))
  })

  it('ships docs/ITEM-WRITING.md, which messages point to', () => {
    expect(readFileSync(join(ROOT, 'docs/ITEM-WRITING.md'), 'utf8')).toContain('| `key-position-bias` |')
  })
})
