import type { CheckResult } from '../index.js'
export function lintReport(result: CheckResult): string { return String(result.lint?.length) }
