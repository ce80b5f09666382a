#!/usr/bin/env node
// The classpack command as a process: src/command.ts run with this process's arguments,
// streams and environment, its answer as the exit code.
import { runCommand } from './command.js'

// A reader that stops early (`classpack check | head`) closes the pipe: the rest of the report
// has nowhere to go, which is no failure of the command. Node would throw EPIPE as an unhandled
// 'error' event with a stack trace; the output simply ends, as other commands' does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e
    stream.destroy()
  })
}

/** Resolves on the first Ctrl+C (SIGINT) or SIGTERM; only `studio` and `build --watch` wait for it, so only they listen (a second Ctrl+C stops the process at once). */
function signalled(): Promise<void> {
  return new Promise((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      done()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}

// A fault of classpack's own is thrown on: Node prints it with its stack and exits with 1.
void runCommand(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, stopped: signalled }).then((code) => {
  process.exitCode = code
})
