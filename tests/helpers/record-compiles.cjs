// Preloaded with `node --require`: appends the path of every CommonJS file the program
// compiles (not merely requires: a module served from the cache is not compiled again) to
// the file named by RECORD_LOADS, one per line.
const { appendFileSync } = require('node:fs')
const Module = require('node:module')

const compile = Module.prototype._compile
Module.prototype._compile = function (content, filename) {
  if (process.env.RECORD_LOADS) appendFileSync(process.env.RECORD_LOADS, filename + '\n')
  return compile.call(this, content, filename)
}
