// Start the slowest file first, so on two cores the other files fill in beside it rather
// than leaving it to run alone at the end. Vitest orders by the last run's durations when
// it has them; a fresh clone (CI) has none, and would start the files in name order.
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/** Files known to take longest, slowest first. */
const SLOWEST = ['tests/studio.test.ts', 'tests/bundle.test.ts', 'tests/speed.test.ts', 'tests/html-print.test.ts', 'tests/cache.test.ts', 'tests/init.test.ts']

const rank = (spec: TestSpecification): number => {
  const at = SLOWEST.findIndex((path) => spec.moduleId.endsWith(path))
  return at < 0 ? SLOWEST.length : at
}

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // A stable sort: the rest keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b))
  }
}
