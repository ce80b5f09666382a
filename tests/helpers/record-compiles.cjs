// Preloaded with `node --require`: appends the path of every CommonJS file the program
// compiles (not merely requires: a module served from the cache is not compiled again) to
// the file named by RECORD_LOADS, one per line. It watches Node's loader for `.js` and
// `.cjs` files, which runs once per file before compiling it, whoever compiles it then
// (the command's launcher compiles through its code cache).
const { appendFileSync } = require('node:fs')
const Module = require('node:module')

const load = Module._extensions['.js']
Module._extensions['.js'] = function (module, filename) {
  if (process.env.RECORD_LOADS) appendFileSync(process.env.RECORD_LOADS, filename + '\n')
  return load.call(this, module, filename)
}
