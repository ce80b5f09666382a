// "Save as set" (src/studio/set-write.ts) splices one set into module.yaml: what the teacher
// wrote around it stays byte for byte, comments included, also around a field it rewrites.
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import type { QuestionSet } from '../src/module/model.js'
import { writeSet } from '../src/studio/set-write.js'

const MODULE = `# Settings for this module.
seed: 7

sets:
  # For the Tuesday group.
  tuesday:
    title: Tuesday
    types: [single, true-false]
    count: 5
    # Fifteen minutes at the end of the lesson.
    minutes: 15

    # Kept out: the group read it last week.
    exclude: [q-old]
  friday:
    title: Friday
    count: 8 # a full lesson
`

const tuesday = (): QuestionSet => (YAML.parse(MODULE) as { sets: Record<string, QuestionSet> }).sets.tuesday!

describe('saving a set into module.yaml', () => {
  it('changes nothing when the set is saved as it was', () => {
    expect(writeSet(MODULE, 'tuesday', tuesday())).toBe(MODULE)
  })

  it('rewrites a changed field where it stands, and keeps the comment lines under it', () => {
    const written = writeSet(MODULE, 'tuesday', { ...tuesday(), count: 6 })
    expect(written).toBe(MODULE.replace('    count: 5\n', '    count: 6\n'))
  })

  it('keeps the blank and comment lines under a changed list, and the other sets as written', () => {
    const written = writeSet(MODULE, 'tuesday', { ...tuesday(), minutes: 20, types: ['single'] })
    expect(written).toBe(MODULE.replace('    types: [single, true-false]\n', '    types: [single]\n').replace('    minutes: 15\n', '    minutes: 20\n'))
    expect((YAML.parse(written) as { sets: Record<string, QuestionSet> }).sets.tuesday).toEqual({ ...tuesday(), minutes: 20, types: ['single'] })
  })
})

describe('saving a set whose last field has comment lines under it', () => {
  // As `classpack init` writes module.yaml: the guide to the fields not yet used closes the set.
  const SCAFFOLD = `sets:
  draft:
    title: "First draft"
    order: paragraph      # authored | paragraph | shuffled
    # types: [single, multiple, true-false, short]
    # points: 20           # or a points total

  # A second set.
  friday:
    title: Friday
    count: 8
    # discussion: 2
  saturday:
    title: Saturday
# the end
`
  const sets = () => (YAML.parse(SCAFFOLD) as { sets: Record<string, QuestionSet> }).sets

  it('keeps those lines when a field changes or is added', () => {
    expect(writeSet(SCAFFOLD, 'draft', { ...sets().draft!, title: 'Heat' })).toBe(SCAFFOLD.replace('"First draft"', 'Heat'))
    expect(writeSet(SCAFFOLD, 'draft', { ...sets().draft!, count: 6 })).toBe(SCAFFOLD.replace('shuffled\n', 'shuffled\n    count: 6\n'))
  })

  it('replaces a set followed by another without touching the next one', () => {
    expect(writeSet(SCAFFOLD, 'friday', { ...sets().friday!, count: 9 })).toBe(SCAFFOLD.replace('count: 8', 'count: 9'))
    expect(writeSet(SCAFFOLD, 'saturday', { ...sets().saturday!, count: 3 })).toBe(SCAFFOLD.replace('title: Saturday\n', 'title: Saturday\n    count: 3\n'))
  })
})

describe('saving the first set into a module.yaml of comments alone', () => {
  it('adds `sets:` under the comments, which stay as written (check accepts such a file; saving said to fix it)', () => {
    const comments = '# Module settings: none yet.\n# seed: 3\n'
    expect(writeSet(comments, 'first', { count: 3 })).toBe(`${comments}\nsets:\n  first:\n    count: 3\n`)
    expect(writeSet('# no newline at the end', 'first', { count: 3 })).toBe('# no newline at the end\n\nsets:\n  first:\n    count: 3\n')
    // A file that holds something other than settings is still refused.
    expect(() => writeSet('- a list\n', 'first', { count: 3 })).toThrow(/not a mapping of settings/)
  })
})
