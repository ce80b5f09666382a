// `classpack init ARTICLE [--into DIR]`: the command's shell. Reads the article, plans the
// module, refuses an occupied folder, writes, and prints what it guessed and what to do
// next. Returns the exit status; wrong usage is a FlagError (exit 2, in cli.ts).
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { FlagError } from '../flags.js'
import { formatMessages, hasErrors } from '../messages.js'
import { ARTICLE_TYPES, articleType, planModule } from './plan.js'
import { occupied, writeModule } from './write-module.js'

interface Output {
  write(text: string): unknown
}

/** Run `classpack init` with `args`; prints to `stdout` and `stderr`. */
export async function initCommand(args: string[], stdout: Output, stderr: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { into: { type: 'string' } } })
  if (positionals.length !== 1) throw new FlagError(`Unexpected ${positionals.length === 0 ? 'missing ARTICLE' : `${positionals.length} articles`}, expected one article: \`classpack init ARTICLE [--into DIR]\``)
  const path = positionals[0]!
  if (!articleType(path)) throw new FlagError(`Unexpected article \`${path}\`, expected a file ending in ${Object.keys(ARTICLE_TYPES).join(', ')}`)
  if (values.into !== undefined && values.into.trim() === '') throw new FlagError('Unexpected empty --into, expected a folder for the new module')
  // Refuse before reading anything when the folder is given and taken.
  if (values.into !== undefined && refuse(values.into, stderr)) return 1

  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    stderr.write(`${path}: error: ${code === 'ENOENT' ? 'Missing file, expected the article to start the module from' : `Cannot read file: ${(cause as Error).message}`}  [file-unreadable]\n`)
    return 1
  }
  const plan = await planModule({ path, bytes, ...(values.into !== undefined ? { into: values.into } : {}) })
  if (refuse(plan.dir, stderr)) return 1

  writeModule(plan.dir, plan.files)
  stdout.write(`${path}: read as ${articleType(path) === 'page' ? 'a web page' : articleType(path) === 'docx' ? 'a Word file' : articleType(path) === 'markdown' ? 'Markdown' : 'plain text'}; what init took it to be (correct article.md where it is wrong):\n`)
  for (const g of plan.guesses) stdout.write(`  ${g.what}: ${g.value}${g.how ? `  (from ${g.how})` : ''}\n`)
  const missing = ['author'].filter((f) => !plan.guesses.some((g) => g.what === f))
  for (const f of missing) stdout.write(`  ${f}: not found; add \`${f}:\` to the front matter of article.md\n`)
  stdout.write(`wrote ${plan.dir}/: ${plan.files.map((f) => f.name).join(', ')} with ${plan.claims} suggested claim${plan.claims === 1 ? '' : 's'}\n`)
  const messages = formatMessages(plan.checked)
  const warnings = plan.checked.flatMap((f) => f.messages).filter((m) => m.fatal !== true).length
  if (hasErrors(plan.checked)) {
    stderr.write(messages + '\n')
    stdout.write(`next: fix the errors above, then run \`classpack check ${plan.dir}\`\n`)
  } else {
    stdout.write(`check: no errors, ${warnings} warning${warnings === 1 ? '' : 's'} (suggested claims to review)\n`)
    stdout.write(`next: review each claim in ${plan.dir}/claims.yaml, set \`status: reviewed\`, write questions, and run \`classpack check ${plan.dir}\`; \`classpack build ${plan.dir}\` makes a pack marked Draft until then\n`)
  }
  return 0
}

/** Print why `dir` cannot be used and return true, or return false when it is free. */
function refuse(dir: string, stderr: Output): boolean {
  const there = occupied(dir)
  if (!there) return false
  const shown = there.entries.slice(0, 6).map((n) => `\`${n}\``).join(', ') + (there.entries.length > 6 ? ` and ${there.entries.length - 6} more` : '')
  stderr.write(`${dir}: error: Unexpected existing ${there.file ? 'file' : `folder holding ${shown}`}, expected a new or empty folder for the module: nothing was written (choose another with --into)  [init-exists]\n`)
  return true
}
