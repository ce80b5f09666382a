#!/usr/bin/env node
// The classpack command: parse flags, call the library, print, and map outcomes to exit
// codes (0 done, 1 problems in the inputs, 2 wrong usage). The only place that exits.
import { parseArgs } from 'node:util'
import { assembleModule } from './assemble.js'
import { formatCheckReport } from './check.js'
import { loadModule } from './load.js'
import { formatMessages, hasErrors } from './messages.js'
import { findModules } from './modules.js'

const USAGE = `Usage: classpack <command> [options]

Commands:
  check [MODULE_DIR...]   check articles, claims and questions; report coverage
  help                    show this help

MODULE_DIR defaults to every folder under source/ that holds an article.md.`

class UsageError extends Error {}

function main(argv: string[]): number {
  const [command, ...rest] = argv
  switch (command) {
    case 'check':
      return check(rest)
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE + '\n')
      return command === undefined ? 2 : 0
    default:
      throw new UsageError(`Unknown command \`${command}\`, expected \`check\``)
  }
}

function moduleDirs(positionals: string[]): string[] {
  const dirs = positionals.length ? positionals : findModules()
  if (dirs.length === 0) throw new UsageError('No modules found, expected a folder under source/ with an article.md, or MODULE_DIR arguments')
  return dirs
}

function check(args: string[]): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} })
  let failed = false
  for (const dir of moduleDirs(positionals)) {
    const { module, files } = assembleModule(loadModule(dir))
    const messages = formatMessages(files)
    if (messages) process.stderr.write(messages + '\n')
    if (module && !hasErrors(files)) process.stdout.write(formatCheckReport(module) + '\n')
    else failed = true
  }
  return failed ? 1 : 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (cause) {
  if (cause instanceof UsageError || (cause as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`classpack: ${(cause as Error).message}\n\n${USAGE}\n`)
    process.exitCode = 2
  } else throw cause
}
