// Start the slowest file first, so on two cores the other files fill in beside it rather
// than leaving it to run alone at the end. Vitest orders by the last run's durations when
// it has them; a fresh clone (CI) has none, and would start the files in name order.
// Before all of them, the files that need a process of their own (vitest.config.ts): a
// process that files share is ended when such a file is next in line, and its successor
// loads and warms everything again. First, that happens once, beside the first file.
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/** Files known to take longest, slowest first. */
const SLOWEST = ['tests/studio.test.ts', 'tests/bundle.test.ts', 'tests/speed.test.ts', 'tests/html-print.test.ts', 'tests/cache.test.ts', 'tests/init.test.ts']

const rank = (spec: TestSpecification): number => {
  if (spec.project.config.isolate) return -1
  const at = SLOWEST.findIndex((path) => spec.moduleId.endsWith(path))
  return at < 0 ? SLOWEST.length : at
}

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // A stable sort: the rest keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b))
  }
}
